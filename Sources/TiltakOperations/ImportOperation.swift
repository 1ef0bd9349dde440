import Foundation
import TiltakLanguage
import TiltakModel
import TiltakPlanFiles
import TiltakReturns
import TiltakRuntime

/// `tiltak import`: turns a table (CSV, or a secretariat's own workbook) or an exported council
/// workbook (XLSX) into a plan file.
public enum ImportOperation {
    /// What to import, and where to.
    public struct Options: Sendable {
        /// The table or workbook.
        public var input: String
        /// The plan file to write (YAML).
        public var output: String
        /// The plan file with registry, focus areas and details.
        public var base: String?
        /// For a workbook: the sheet to read and whether to fill blank area and theme cells down.
        /// A workbook Tiltak wrote (``WorkbookImporter/isWrittenByTiltak(_:)``) is read as a council
        /// workbook unless a sheet is named; any other is read as a table.
        public var sheet: SheetTable.Options
        /// The headers `--columns` chose for a table's fields.
        public var columns: ColumnChoices
        /// Gets the message to print when another process is writing `output` and this one waits.
        public var waiting: @Sendable (String) -> Void
        /// Receives a line per phase with its time (`TILTAK_TIMINGS`); `nil` for none.
        public var timings: (@Sendable (String) -> Void)?

        /// Creates options.
        public init(
            input: String, output: String, base: String? = nil, sheet: SheetTable.Options = .init(),
            columns: ColumnChoices = [:], waiting: @escaping @Sendable (String) -> Void = { _ in },
            timings: (@Sendable (String) -> Void)? = nil
        ) {
            self.input = input
            self.output = output
            self.base = base
            self.sheet = sheet
            self.columns = columns
            self.waiting = waiting
            self.timings = timings
        }
    }

    /// What was written and what could not be read.
    public struct Result: Sendable {
        /// Cells that could not be read fully (tables), or the new plan's errors (workbooks).
        public var notes: [Diagnostic]
        /// What was written, one line each, in the language of messages.
        public var lines: [String]
    }

    /// The validation codes a table's import reports: what the reading could not interpret.
    static let readingCodes: Set<String> = [
        "unreadable-timeframe", "unknown-timeframe", "unregistered-party", "unreadable-amount",
        "no-responsible", LanguageCheck.code,
    ]

    /// Checks the options before anything is read.
    ///
    /// - Throws: ``UsageError`` when input and output are the same file or the output is not a plan file.
    public static func check(_ options: Options) throws {
        if URL(fileURLWithPath: options.input).standardized.path
            == URL(fileURLWithPath: options.output).standardized.path
        {
            throw UsageError(CommandMessage.importSameFile)
        }
        if PlanLoader.isTable(options.output) {
            throw UsageError(CommandMessage.outputNotPlanFile(options.output))
        }
    }

    /// Imports the table or workbook of `options`.
    ///
    /// An existing `output` is locked (``PlanFileLock``) while the import runs, so that it does not
    /// replace the plan while another command is writing it.
    ///
    /// - Throws: ``UsageError`` for wrong options; `PlanFileError` for input that cannot be read;
    ///   `OutputError` when the plan file cannot be written.
    public static func run(_ options: Options) throws -> Result {
        try check(options)
        let lock = try PlanFileLock.acquire(options.output, waiting: options.waiting)
        defer { lock?.release() }
        if WorkbookImporter.isWorkbook(options.input), options.sheet.sheet == nil,
            WorkbookImporter.isWrittenByTiltak(options.input)
        {
            return try importWorkbook(options)
        }
        let loaded = try PlanLoader.load(
            path: options.input, base: options.base, sheet: options.sheet, choices: options.columns)
        let plan = loaded.plan
        try PlanFileWriter.write(plan, to: options.output)
        let notes = PlanValidator.validate(plan).filter { readingCodes.contains($0.code) }
        let summary = CommandMessage.imported(
            output: options.output, actions: plan.actions.count, focusAreas: plan.focusAreas.count,
            base: loaded.basePath, newIDs: [], changedIDs: [])
        var lines = [summary.message]
        if let columns = loaded.columns { lines += columnLines(columns) }
        if loaded.basePath == nil { lines.append(languageLine(plan)) }
        if !notes.isEmpty { lines.append(CommandMessage.cellsNotRead(notes.count).message) }
        return Result(notes: notes.map(diagnostic), lines: lines)
    }

    /// Which column each field was read from, where the header is not the field's own word, and
    /// the columns kept as they are.
    static func columnLines(_ columns: ColumnMap) -> [String] {
        var lines = columns.uses.filter { HeaderKey.make($0.header) != HeaderKey.make($0.column.name) }.map {
            CommandMessage.columnRead(header: $0.header, field: $0.column.words).message
        }
        if !columns.extras.isEmpty {
            lines.append(CommandMessage.columnsKept(columns.extras.map(\.header)).message)
        }
        return lines
    }

    /// The language a table without a plan file was given, and whether its words decided it.
    static func languageLine(_ plan: Plan) -> String {
        let decided = LanguageCheck.evidence(of: plan).language != nil
        let message: LanguageCheckMessage =
            decided ? .tableLanguage(plan.language) : .tableLanguageUndecided(plan.language)
        return message.message
    }

    /// Imports the Tiltak sheet of a council workbook over a base plan.
    private static func importWorkbook(_ options: Options) throws -> Result {
        guard let basePath = options.base ?? WorkbookImporter.defaultBase(for: options.input) else {
            let stem = URL(fileURLWithPath: options.input).deletingPathExtension().lastPathComponent
            throw UsageError(CommandMessage.workbookWithoutBase(input: options.input, stem: stem))
        }
        if PlanLoader.isTable(basePath) {
            throw UsageError(CommandMessage.baseNotPlanFile(basePath))
        }
        var timer = PhaseTimer(report: options.timings)
        let basePlan = try PlanLoader.readPlanFile(path: basePath)
        timer.mark(.readingBase)
        let result = try WorkbookImporter.importWorkbook(path: options.input, base: basePlan)
        timer.mark(.readingWorkbook)
        let plan = result.plan
        try PlanFileWriter.write(plan, to: options.output)
        timer.mark(.writingPlan)
        let notes = PlanValidator.validate(plan).filter { $0.severity == .error }
        timer.mark(.validating)
        let summary = CommandMessage.imported(
            output: options.output, actions: plan.actions.count, focusAreas: plan.focusAreas.count,
            base: basePath, newIDs: result.newIDs.map(\.rawValue),
            changedIDs: result.changedIDs.map(\.rawValue))
        var lines = [summary.message]
        if result.statusRows > 0 {
            lines.append(CommandMessage.statusRowsNotImported(result.statusRows).message)
        }
        return Result(notes: notes.map(diagnostic), lines: lines)
    }

    /// A validation issue as the import prints it: `ID field: message`, with its severity.
    static func diagnostic(_ issue: ValidationIssue) -> Diagnostic {
        Diagnostic(
            issue.severity == .error ? .error : .warning,
            Message { language in
                CommandMessage.finding(
                    actionID: issue.actionID?.rawValue, field: issue.field?.caption(language),
                    text: TerminalText.clean(issue.text(language))
                ).text(language)
            })
    }
}
