import TiltakLanguage
import TiltakLayout
import TiltakModel

/// Writes actions under bold heading rows, the shared layout of the focus-area and responsibility sheets.
enum GroupedActionRows {
    /// The columns of an action row, in sheet order.
    static let columns: [ColumnKey] = [
        .id, .text, .timeframe, .responsible, .involved, .financing, .remark, .status,
    ]

    /// The most characters each column is wide, so that the sheet prints legibly on A4 landscape:
    /// longer text wraps.
    static let printWidths: [Int: Int] = [1: 36, 2: 12, 3: 18, 4: 20, 5: 16, 6: 30, 7: 14]

    /// The rows of a grouped sheet whose groups have `sizes` actions: the header, then per group a
    /// heading row and a row per action.
    static func rowCount(_ sizes: [Int]) -> Int {
        sizes.reduce(1) { $0 + 1 + $1 }
    }

    /// Writes a heading row at `row` spanning the columns; returns the next row.
    static func heading(_ title: String, at row: Int, to writer: SheetWriter) throws -> Int {
        writer.beginGroup(at: row)
        try writer.text(row, 0, title, format: writer.styles.heading, measure: false)
        for col in 1..<columns.count {
            try writer.sheet.writeBlank(row: row, col: col, format: writer.styles.heading)
        }
        return row + 1
    }

    /// Writes one action row at `row`; its status (overall, `Pågår (2 av 6 fullført)`) from `board`,
    /// blank when nobody reported on it.
    static func action(
        _ action: Action, plan: Plan, at row: Int, to writer: SheetWriter, board: StatusBoard? = nil
    ) throws {
        let cells = ActionCells(action: action, plan: plan)
        try writer.text(row, 0, action.id.rawValue, context: cells.context(.id))
        try writer.text(row, 1, action.text, context: cells.context(.text))
        try writer.text(row, 2, action.timeframe.text, context: cells.context(.timeframe))
        try writer.text(row, 3, cells.responsible, context: cells.context(.responsible))
        try writer.text(row, 4, cells.involved, context: cells.context(.involved))
        try writer.text(row, 5, cells.financing(writer.language))
        try writer.text(row, 6, action.remark, context: cells.context(.remark))
        if !plan.statusReports.isEmpty, let overall = (board ?? StatusBoard(plan: plan)).reported(action) {
            try writer.text(row, 7, overall.text(writer.language))
        }
    }

    /// Header, freeze, widths and print setup for a grouped sheet.
    static func finish(_ writer: SheetWriter, plan: Plan) throws {
        try writer.header(0, columns.map(writer.words.caption))
        try writer.sheet.freezePanes(row: 1, col: 0)
        try writer.applyWidths(widest: printWidths)
        try PageLayout.apply(to: writer, plan: plan, groups: writer.groups)
    }
}
