import TiltakModel
import TiltakRuntime
import TiltakWorkbook

/// What `tiltak export` checks a plan for before it puts any file in place, and `tiltak validate`
/// reports: the plan's validation (`PlanValidator`) and, for the workbooks the export writes, that
/// no sheet gets more rows than Excel allows (`SheetRows`, from the layouts the writers use).
///
/// Which sheets count follows the export's options: `--sheets tiltak` writes only the council
/// workbook's `Tiltak` sheet (and the hidden status list), `--only council` no task workbooks.
/// The `Tiltak` sheet is checked by the plan's validation, whatever the options.
public struct ExportValidation: Sendable {
    /// Only the council workbook (`--only council`).
    public var councilOnly: Bool
    /// The council workbook's sheets (`--sheets`).
    public var sheets: CouncilSheets
    /// The rows a sheet can have: Excel's, smaller in tests.
    public var maximumRows: Int
    /// The parties besides the municipalities that get a task workbook (`--task-workbooks`).
    public var taskWorkbooks: TaskWorkbookScope

    /// The checks for an export with these options.
    public init(
        councilOnly: Bool = false, sheets: CouncilSheets = .all, maximumRows: Int = SheetRows.maximum,
        taskWorkbooks: TaskWorkbookScope = .responsible
    ) {
        self.taskWorkbooks = taskWorkbooks
        self.councilOnly = councilOnly
        self.sheets = sheets
        self.maximumRows = maximumRows
    }

    /// Every finding for `plan`: errors first (the plan's own, then the sheets that are too long,
    /// in the order the export writes them), then warnings.
    public func issues(_ plan: Plan) -> [ValidationIssue] {
        let issues = PlanValidator.validate(plan)
        let rows = rowIssues(plan, validationIssues: issues.count)
        guard !rows.isEmpty else { return issues }
        let errors = issues.prefix { $0.severity == .error }
        return errors + rows + issues.dropFirst(errors.count)
    }

    /// The sheets the export would write with more than ``maximumRows`` rows, as errors;
    /// `validationIssues` is how many findings the plan's validation has (the `Datakvalitet`
    /// sheet lists them).
    func rowIssues(_ plan: Plan, validationIssues: Int) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        func add(_ count: SheetRows.Count, in workbook: String, councilOnlyHelps: Bool) {
            issues.append(
                ValidationIssue(
                    .error, "too-many-rows", action: nil, field: nil,
                    .sheetTooLong(
                        workbook: workbook, sheet: count.sheet, rows: count.rows, limit: maximumRows,
                        councilOnlyHelps: councilOnlyHelps)))
        }
        if sheets == .all {
            let workbook = CouncilWorkbook.fileName(for: plan)
            for count in SheetRows.council(plan, issues: validationIssues) where count.rows > maximumRows {
                add(count, in: workbook, councilOnlyHelps: false)
            }
        }
        if !councilOnly {
            let names = PartyFileNames(registry: plan.registry)
            for (municipality, count) in SheetRows.taskSheets(plan, over: maximumRows) {
                let file = MunicipalityWorkbook.fileName(for: municipality, in: names)
                add(
                    count, in: "\(ExportOperation.municipalityFolder(plan.language))/\(file)",
                    councilOnlyHelps: true)
            }
            let parties = plan.taskWorkbookParties(taskWorkbooks)
            let partyNames = PartyFileNames(parties)
            for (party, count) in SheetRows.taskSheets(plan, parties: parties, over: maximumRows) {
                let file = TaskWorkbook.fileName(for: party, in: partyNames)
                add(
                    count, in: "\(ExportOperation.partyFolder(plan.language))/\(file)",
                    councilOnlyHelps: true)
            }
        }
        return issues
    }
}
