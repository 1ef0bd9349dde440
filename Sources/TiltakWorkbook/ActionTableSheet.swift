import TiltakModel
import XlsxWriter

/// The `Tiltak` sheet: one row per action in an Excel table, the base of the overview's formulas.
enum ActionTableSheet {
    /// The sheet name.
    static let name = "Tiltak"
    /// The table name.
    static let tableName = "Tiltak"
    /// The column captions, in order.
    static let headers = [
        "ID", "Innsatsområde", "Tema", "Tiltak", "Tidsramme", "Frå år", "Til år", "Ansvar", "Involvert",
        "Finansiering", "Kostnad (kr)", "Kostnadstype", "Merknad", "Status", "Kommentar",
    ]

    /// Columns the overview's formulas refer to (zero-based).
    enum Column {
        static let id = 0
        static let focusArea = 1
        static let firstYear = 5
        static let lastYear = 6
        static let responsible = 7
        static let financing = 9
        static let cost = 10
        static let costType = 11
        static let status = 13
        static let comment = 14
    }

    /// Column letters as used in formulas, e.g. `Tiltak!$B:$B`.
    static func columnReference(_ col: Int) -> String {
        let letters = (try? CellReference.columnLetters(col)) ?? "A"
        return "\(name)!$\(letters):$\(letters)"
    }

    /// Writes the sheet.
    ///
    /// - Parameter streaming: The workbook is in constant-memory mode: rows go out in order (the
    ///   header first), the rows get an autofilter instead of an Excel table, which that mode cannot
    ///   write, and rows keep the default height (wrapped text is not given its lines' height).
    static func write(_ plan: Plan, to writer: SheetWriter, streaming: Bool = false) throws {
        let styles = writer.styles
        let board = StatusBoard(plan: plan)
        if streaming {
            // Rows already flushed cannot get their height afterwards.
            writer.fitsRowHeights = false
            try writer.header(0, headers)
        }
        for (row, action) in plan.actions.enumerated().map({ ($0.offset + 1, $0.element) }) {
            let cells = ActionCells(action: action, plan: plan)
            try writer.text(row, 0, action.id.rawValue, context: cells.context("ID"))
            try writer.text(row, 1, cells.focusAreaName, context: cells.context("Innsatsområde"))
            try writer.text(row, 2, action.theme, context: cells.context("Tema"))
            try writer.text(row, 3, action.text, context: cells.context("Tiltak"))
            try writer.text(row, 4, action.timeframe.text, context: cells.context("Tidsramme"))
            if let years = cells.years {
                try writer.number(row, 5, years.first)
                try writer.number(row, 6, years.last)
            }
            try writer.text(row, 7, cells.responsible, context: cells.context("Ansvar"))
            try writer.text(row, 8, cells.involved, context: cells.context("Involvert"))
            try writer.text(row, 9, cells.financing)
            if let cost = action.financing.cost {
                try writer.number(row, 10, cost.amount, format: styles.amount)
            }
            try writer.text(row, 11, cells.costType)
            try writer.text(row, 12, action.remark, context: cells.context("Merknad"))
            if let overall = board.reported(action) {
                try writer.text(row, Column.status, overall.status?.rawValue ?? "")
                try writer.text(
                    row, Column.comment, board.comment(action), context: cells.context("Kommentar"))
            }
        }
        let lastRow = max(plan.actions.count, 1)
        for (col, header) in headers.enumerated() {
            writer.note(col, header.count + 3)  // room for the filter button
        }
        writer.note(Column.status, 14)
        writer.note(Column.comment, 30)
        let range = CellRange(firstRow: 0, firstCol: 0, lastRow: lastRow, lastCol: headers.count - 1)
        if streaming {
            try writer.sheet.autofilter(range)
        } else {
            try writer.sheet.addTable(
                range,
                options: TableOptions(
                    name: tableName, style: TableStyle(.medium, 2), bandedRows: true,
                    columns: headers.map { TableColumn(header: $0, headerFormat: styles.header) }))
        }
        try StatusList.addDropdown(to: writer.sheet, rows: 1...lastRow, col: Column.status)
        try writer.sheet.freezePanes(row: 1, col: 1)
        try writer.applyWidths()
        try PageLayout.apply(to: writer.sheet, planTitle: plan.title)
    }
}
