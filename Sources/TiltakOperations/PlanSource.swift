import TiltakLanguage
import TiltakModel
import TiltakPlanFiles

/// Where an operation's plan comes from: a plan file or table, or the default plan.
public struct PlanSource: Sendable {
    /// The plan file (YAML) or table (CSV) given, `nil` for the default plan.
    public var plan: String?
    /// The plan file that gives a table its registry and details.
    public var base: String?
    /// The headers `--columns` chose for a table's fields.
    public var columns: ColumnChoices

    /// Creates a source.
    public init(plan: String? = nil, base: String? = nil, columns: ColumnChoices = [:]) {
        self.plan = plan
        self.base = base
        self.columns = columns
    }

    /// Loads the plan.
    public func load() throws -> PlanLoader.Loaded {
        try PlanLoader.load(path: path(), base: base, choices: columns)
    }

    /// Starts loading the plan; see ``PlanLoader/stream(path:base:)``.
    public func stream() throws -> PlanLoader.Streamed {
        try PlanLoader.stream(path: path(), base: base, choices: columns)
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
