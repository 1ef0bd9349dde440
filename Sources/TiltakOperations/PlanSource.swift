import TiltakLanguage
import TiltakModel
import TiltakPlanFiles

/// Where an operation's plan comes from: a plan file or table, or the default plan.
public struct PlanSource: Sendable {
    /// The plan file (YAML) or table (CSV, XLSX) given, `nil` for the default plan.
    public var plan: String?
    /// The plan file that gives a table its registry and details.
    public var base: String?
    /// For a workbook read as a table: its sheet, and whether blank area and theme cells are filled down.
    public var sheet: SheetTable.Options
    /// The headers `--columns` chose for a table's fields.
    public var columns: ColumnChoices

    /// Creates a source.
    public init(
        plan: String? = nil, base: String? = nil, sheet: SheetTable.Options = .init(),
        columns: ColumnChoices = [:]
    ) {
        self.plan = plan
        self.base = base
        self.sheet = sheet
        self.columns = columns
    }

    /// Loads the plan.
    public func load() throws -> PlanLoader.Loaded {
        try PlanLoader.load(path: path(), base: base, sheet: sheet, choices: columns)
    }

    /// Starts loading the plan; see ``PlanLoader/stream(path:base:sheet:)``.
    public func stream() throws -> PlanLoader.Streamed {
        try PlanLoader.stream(path: path(), base: base, sheet: sheet, choices: columns)
    }

    /// The path given, or the default plan's.
    ///
    /// - Throws: ``UsageError`` when no plan is given and the default plan is not found.
    public func path() throws -> String {
        guard let path = plan ?? PlanLoader.defaultPlanPath() else {
            throw UsageError(CommandMessage.defaultPlanNotFound(PlanLoader.defaultPlanFile))
        }
        return path
    }
}
