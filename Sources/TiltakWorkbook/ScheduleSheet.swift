import TiltakLanguage
import TiltakLayout
import TiltakModel
import XlsxWriter

/// The `Tidsplan` sheet: one row per action, an `x` in every year it is active, `Ukjend` when unknown.
enum ScheduleSheet {
    /// The sheet name in `language`.
    static func name(_ language: Language) -> String { Words(language).sheetName(.schedule) }
    /// The mark for an active year.
    static let mark = "x"

    /// The rows of the sheet for a plan of `actions` actions: the header and a row per action.
    static func rowCount(actions: Int) -> Int {
        1 + actions
    }

    /// Writes the sheet.
    static func write(_ plan: Plan, to writer: SheetWriter) throws {
        let years = Array(plan.period.years)
        let words = writer.words
        let headers =
            [words.caption(.id), words.caption(.text)] + years.map(String.init)
            + [TimeframeWord.unknown.text(writer.language)]
        try writer.header(0, headers)
        let centered = writer.styles.centered
        for (index, action) in plan.actions.enumerated() {
            let row = index + 1
            let cells = ActionCells(action: action, plan: plan)
            try writer.text(row, 0, action.id.rawValue, context: cells.context(.id))
            try writer.text(row, 1, action.text, context: cells.context(.text))
            if let active = action.timeframe.activeYears(in: plan.period) {
                for (offset, year) in years.enumerated() where active.contains(year) {
                    try writer.text(row, 2 + offset, mark, format: centered)
                }
            } else {
                try writer.text(row, 2 + years.count, mark, format: centered)
            }
        }
        let lastCol = headers.count - 1
        let rows = rowCount(actions: plan.actions.count)
        if rows > 1 {
            try writer.sheet.addConditionalFormat(
                ConditionalFormat(.equalTo(.formula("\"\(mark)\"")), format: writer.styles.activeFill),
                to: CellRange(firstRow: 1, firstCol: 2, lastRow: rows - 1, lastCol: lastCol))
        }
        try writer.sheet.freezePanes(row: 1, col: 2)
        try writer.applyWidths(
            fixed: Dictionary(uniqueKeysWithValues: (2...lastCol).map { ($0, 8.0) }), portrait: true)
        try PageLayout.apply(to: writer, plan: plan, groups: writer.groups)
    }
}
