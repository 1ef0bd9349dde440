import TiltakLanguage
import TiltakLayout
import TiltakModel
import XlsxWriter

/// The `Oppgåver` sheet: a title block naming the party, the plan, the deadline and the contact
/// with how to fill the sheet in, then a party's assignments in plan order, with editable status
/// and comment and the party's previous report locked beside them.
enum AssignmentsSheet {
    /// The sheet name in `language`.
    static func name(_ language: Language) -> String { Words(language).sheetName(TaskWorkbookLayout.sheet) }
    /// The protected columns whose texts error messages name by their caption (`tiltak NK-01, Merknad`).
    static let namedInErrors: Set<TaskWorkbookLayout.Column> = [
        .id, .text, .timeframe, .responsible, .involved, .remark,
    ]

    /// The assignments in sheet order: the order the actions have in the plan.
    static func assignments(_ plan: Plan, party: Party) -> [Assignment] {
        plan.assignments(for: party.code)
    }

    /// The rows of the sheet with `assignments` assignments: the title block, the blank row, the
    /// header and a row per assignment; without any, the status dropdown and the filter still cover
    /// the first row below the header.
    static func rowCount(assignments: Int) -> Int {
        TaskWorkbookLayout.headerRow + 1 + max(assignments, 1)
    }

    /// The texts of the title block's lines for `party`'s sheet in `language`.
    static func titleLines(_ plan: Plan, party: Party, language: Language)
        -> [TaskWorkbookLayout.TitleLine: String]
    {
        let deadline = plan.revision.deadline.map {
            TaskSheetText.date(day: $0.day, month: $0.month, year: $0.year).text(language)
        }
        let contact = plan.contact.isEmpty ? nil : plan.contact
        let to = contact ?? (plan.owner.isEmpty ? nil : plan.owner)
        var lines: [TaskWorkbookLayout.TitleLine: String] = [:]
        for line in TaskWorkbookLayout.TitleLine.allCases {
            let phrase: TaskSheetText =
                switch line {
                case .party: .title(party: party.name)
                case .plan: .plan(title: plan.title, revision: plan.revision.label)
                case .deadline: .deadline(deadline)
                case .contact: .contact(contact)
                case .statusHelp: .statusHelp(statuses: StatusList.values(language))
                case .commentHelp: .commentHelp
                case .returnHelp: .returnHelp(to: to, by: deadline)
                }
            lines[line] = phrase.text(language)
        }
        return lines
    }

    /// One row's cells: the plan's texts by column, the first year as a number, the report and the
    /// previous report.
    private struct RowCells {
        var assignment: Assignment
        var texts: [TaskWorkbookLayout.Column: String]
        var firstYear: Int?
    }

    /// Writes the sheet and protects it without a password.
    ///
    /// The protected cells hold what ``TaskRowCells`` computes (the first year as a number); Status
    /// and Kommentar are filled in with the party's own latest report for the plan's status year,
    /// so a returned file differs only where something changed. The locked columns after them show
    /// the party's previous report (``PreviousReport``), with its year. A column empty for every
    /// row is left out (see ``TaskWorkbookLayout/columns(filled:)``).
    static func write(_ plan: Plan, party: Party, to writer: SheetWriter) throws {
        let styles = writer.styles
        let language = writer.language
        let board = StatusBoard(plan: plan)
        let previous = PreviousReport(plan: plan, party: party.code)
        let rows: [RowCells] = assignments(plan, party: party).map { assignment in
            let id = assignment.action.id
            let report = board.report(assignment.action, party: party.code)
            var texts: [TaskWorkbookLayout.Column: String] = [:]
            for column in TaskWorkbookLayout.Column.allCases {
                texts[column] =
                    switch column {
                    case .status: report?.status.text(language) ?? ""
                    case .comment: report?.comment ?? ""
                    case .previousStatus: previous.statusText(id, language)
                    case .previousComment: previous.commentText(id)
                    default: TaskRowCells.cell(column, assignment, plan: plan, language: language) ?? ""
                    }
            }
            let years = ActionCells(action: assignment.action, plan: plan).years
            return RowCells(assignment: assignment, texts: texts, firstYear: years?.first)
        }
        var filled: Set<TaskWorkbookLayout.Column> = []
        var content: [TaskWorkbookLayout.Column: Int] = [:]
        var words: [TaskWorkbookLayout.Column: Int] = [:]
        for row in rows {
            for (column, text) in row.texts where !text.isEmpty {
                filled.insert(column)
                content[column] = max(content[column] ?? 0, SheetWriter.lineLengths(text).longest)
                words[column] = max(words[column] ?? 0, longestWord(text))
            }
        }
        let columns = TaskWorkbookLayout.columns(filled: filled)
        let headers = TaskWorkbookLayout.captions(writer.words, columns: columns)
        for (index, column) in columns.enumerated() {
            content[column] = max(content[column] ?? 0, longestWord(headers[index]))
            words[column] = max(words[column] ?? 0, longestWord(headers[index]))
        }
        let widths = TaskWorkbookLayout.widths(columns, content: content, words: words)
        let lastCol = columns.count - 1
        let total = columns.reduce(0.0) { $0 + (widths[$1] ?? 0) }
        try writeTitleBlock(
            titleLines(plan, party: party, language: language), to: writer, lastCol: lastCol, width: total)

        let headerRow = TaskWorkbookLayout.headerRow
        // Row heights from the wrapped lines at the widths chosen (the writer's own estimate
        // assumes fewer characters per line than print sets, which leaves rows half empty).
        writer.fitsRowHeights = false
        func setHeight(_ row: Int, _ texts: [String]) throws {
            var lines = 1
            for (col, column) in columns.enumerated() where col < texts.count && !texts[col].isEmpty {
                lines = max(lines, PrintedLines.count(texts[col], columnWidth: widths[column] ?? 8))
            }
            if lines > 1 { try writer.sheet.setRow(row, height: min(409, 15 * Double(lines))) }
        }
        try writer.header(headerRow, headers)
        try setHeight(headerRow, headers)
        for (index, cells) in rows.enumerated() {
            let row = headerRow + 1 + index
            let context = ActionCells(action: cells.assignment.action, plan: plan)
            try setHeight(row, columns.map { cells.texts[$0] ?? "" })
            for (col, column) in columns.enumerated() {
                let text = cells.texts[column] ?? ""
                switch column {
                case .firstYear:
                    if let year = cells.firstYear {
                        try writer.number(row, col, year, format: styles.year)
                    }
                case .status:
                    try writer.text(row, col, text, format: styles.editable)
                case .comment:
                    try writer.text(
                        row, col, text, format: styles.editable, context: context.context(column.key))
                case .previousComment:
                    try writer.text(row, col, text, context: context.context(column.key))
                default:
                    try writer.text(
                        row, col, text,
                        context: namedInErrors.contains(column) ? context.context(column.key) : "")
                }
            }
        }
        let lastRow = rowCount(assignments: rows.count) - 1
        if let status = columns.firstIndex(of: .status) {
            try StatusList.addDropdown(
                to: writer.sheet, rows: (headerRow + 1)...lastRow, col: status, language: language)
        }
        try writer.sheet.autofilter(
            CellRange(firstRow: headerRow, firstCol: 0, lastRow: lastRow, lastCol: lastCol))
        try writer.sheet.freezePanes(row: headerRow + 1, col: 1)
        var fixed: [Int: Double] = [:]
        for (col, column) in columns.enumerated() { fixed[col] = widths[column] }
        try writer.applyWidths(fixed: fixed)
        // Task workbooks print at 9 pt or more: never below 80 % of their 11 pt type.
        try PageLayout.apply(
            to: writer, plan: plan, party: party.name, repeatRows: headerRow...headerRow, minimumScale: 80)
        try writer.sheet.protect(
            options: ProtectionOptions(formatColumns: true, formatRows: true, sort: false, autofilter: true))
    }

    /// The characters of the longest word of `text` (text wraps between words).
    private static func longestWord(_ text: String) -> Int {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(\.count).max() ?? 0
    }

    /// Writes the title block's lines, each merged across the table's columns (`0...lastCol`,
    /// `width` character units wide in all), tall enough for its wrapped text.
    private static func writeTitleBlock(
        _ lines: [TaskWorkbookLayout.TitleLine: String], to writer: SheetWriter, lastCol: Int, width: Double
    ) throws {
        let styles = writer.styles
        // Body type sets about 1.25 characters per unit of column width; 1.15 leaves a margin.
        let perLine = max(20, Int(width * 1.15))
        for line in TaskWorkbookLayout.TitleLine.allCases {
            let text = lines[line] ?? ""
            try CellText.check(text, context: "\(writer.name)!A\(line.row + 1)")
            let format: Format =
                switch line {
                case .party: styles.title
                case .plan: styles.label
                default: styles.wrapped
                }
            let range = CellRange(
                firstRow: line.row, firstCol: 0, lastRow: line.row, lastCol: max(lastCol, 0))
            if lastCol > 0 {
                try writer.sheet.mergeRange(range, text, format: format)
            } else {
                try writer.sheet.writeString(row: line.row, col: 0, text, format: format)
            }
            let lineCount = max(1, (text.count + perLine - 1) / perLine)
            let height = line == .party ? 24 : 15 * Double(lineCount)
            try writer.sheet.setRow(line.row, height: height, options: RowColumnOptions())
        }
    }
}
