import TiltakLanguage
import TiltakLayout
import TiltakModel
import XlsxWriter

/// The `Oppgåver` sheet: a party's assignments, sorted by time, with editable status and comment and
/// the party's previous report locked beside them.
enum AssignmentsSheet {
    /// The sheet name in `language`.
    static func name(_ language: Language) -> String { Words(language).sheetName(TaskWorkbookLayout.sheet) }
    /// The status column.
    static let statusColumn = TaskWorkbookLayout.Column.status.index
    /// The comment column.
    static let commentColumn = TaskWorkbookLayout.Column.comment.index
    /// The protected columns whose texts error messages name by their caption (`tiltak NK-01, Merknad`).
    static let namedInErrors: Set<TaskWorkbookLayout.Column> = [
        .id, .text, .timeframe, .responsible, .involved, .remark,
    ]

    /// The assignments in sheet order: by timeframe, then id.
    static func assignments(_ plan: Plan, party: Party) -> [Assignment] {
        plan.assignments(for: party.code).sorted { a, b in
            let (x, y) = (a.action.timeframe.sortKey, b.action.timeframe.sortKey)
            return x != y ? x < y : a.action.id < b.action.id
        }
    }

    /// The rows of the sheet with `assignments` assignments: the header and a row per assignment;
    /// without any, the status dropdown and the filter still cover the first row below the header.
    static func rowCount(assignments: Int) -> Int {
        1 + max(assignments, 1)
    }

    /// Writes the sheet and protects it without a password.
    ///
    /// The protected cells hold what ``TaskRowCells`` computes (the first year as a number); Status
    /// and Kommentar are filled in with the party's own latest report for the plan's status year,
    /// so a returned file differs only where something changed. The locked columns after them show
    /// the party's previous report (``PreviousReport``), with its year.
    static func write(_ plan: Plan, party: Party, to writer: SheetWriter) throws {
        let styles = writer.styles
        let language = writer.language
        let headers = TaskWorkbookLayout.captions(writer.words)
        let board = StatusBoard(plan: plan)
        try writer.header(0, headers)
        let previous = PreviousReport(plan: plan, party: party.code)
        let rows = assignments(plan, party: party)
        for (index, assignment) in rows.enumerated() {
            let row = index + 1
            let cells = ActionCells(action: assignment.action, plan: plan)
            let report = board.report(assignment.action, party: party.code)
            for column in TaskWorkbookLayout.Column.allCases {
                switch column {
                case .firstYear:
                    if let years = cells.years { try writer.number(row, column.index, years.first) }
                case .status:
                    try writer.text(
                        row, column.index, report?.status.text(language) ?? "", format: styles.editable)
                case .comment:
                    try writer.text(
                        row, column.index, report?.comment ?? "", format: styles.editable,
                        context: cells.context(column.key))
                case .previousStatus:
                    try writer.text(row, column.index, previous.statusText(assignment.action.id, language))
                case .previousComment:
                    try writer.text(
                        row, column.index, previous.commentText(assignment.action.id),
                        context: cells.context(column.key))
                default:
                    try writer.text(
                        row, column.index,
                        TaskRowCells.cell(column, assignment, plan: plan, language: language) ?? "",
                        context: namedInErrors.contains(column) ? cells.context(column.key) : "")
                }
            }
        }
        writer.note(statusColumn, 14)
        writer.note(commentColumn, 40)
        writer.note(TaskWorkbookLayout.Column.previousStatus.index, 14)
        writer.note(TaskWorkbookLayout.Column.previousComment.index, 40)
        let lastRow = rowCount(assignments: rows.count) - 1
        try StatusList.addDropdown(to: writer.sheet, rows: 1...lastRow, col: statusColumn, language: language)
        try writer.sheet.autofilter(
            CellRange(firstRow: 0, firstCol: 0, lastRow: lastRow, lastCol: headers.count - 1))
        try writer.sheet.freezePanes(row: 1, col: 1)
        try writer.applyWidths()
        try PageLayout.apply(to: writer.sheet, plan: plan, language: language, party: party.name)
        try writer.sheet.protect(
            options: ProtectionOptions(formatColumns: true, formatRows: true, sort: false, autofilter: true))
    }
}
