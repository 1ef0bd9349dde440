import TiltakLanguage
import TiltakLayout
import TiltakModel
import XlsxWriter

/// The `Finansiering` sheet: every unfinanced action grouped by financing need, with sum formulas.
enum FinancingSheet {
    /// The sheet name in `language`.
    static func name(_ language: Language) -> String { Words(language).sheetName(.financing) }
    /// The columns, in sheet order.
    static let columns: [ColumnKey] = [
        .id, .text, .responsible, .source, .cost, .costType, .costOverPeriod, .remark,
    ]

    /// The unfinanced actions grouped by need, in the order of `Financing.Need.allCases`.
    static func groups(of plan: Plan) -> [(need: Financing.Need, actions: [Action])] {
        let unfinanced = plan.unfinancedActions
        return Financing.Need.allCases.compactMap { need in
            let actions = unfinanced.filter { $0.financing.need == need }
            return actions.isEmpty ? nil : (need, actions)
        }
    }

    /// The rows of the sheet with `groups` (``groups(of:)``): the header; per group a heading row,
    /// a row per action, a sum row and a blank row; and the row of the total.
    static func rowCount(_ groups: [(need: Financing.Need, actions: [Action])]) -> Int {
        groups.reduce(2) { $0 + $1.actions.count + 3 }
    }

    /// Writes the sheet.
    static func write(_ plan: Plan, to writer: SheetWriter) throws {
        let styles = writer.styles
        let language = writer.language
        let headers = columns.map(writer.words.caption)
        try writer.header(0, headers)
        var row = 1
        var subtotalRows: [Int] = []
        let groups = groups(of: plan)
        for group in groups {
            try writer.text(
                row, 0,
                DocumentWord.withCount(group.need.text(language), actions: group.actions.count).text(
                    language),
                format: styles.heading, measure: false)
            for col in 1..<headers.count {
                try writer.sheet.writeBlank(row: row, col: col, format: styles.heading)
            }
            row += 1
            let first = row
            for action in group.actions {
                try writeAction(action, plan: plan, at: row, to: writer)
                row += 1
            }
            let totals = plan.costTotals(of: group.actions)
            try writer.text(
                row, 1, WorkbookText.needSubtotal(group.need.text(language)).text(language),
                format: styles.label)
            try writeSum(
                row, first: first, last: row - 1, oneOff: totals.oneOff + totals.perYear,
                overPeriod: totals.overPeriod, to: writer)
            subtotalRows.append(row)
            row += 2
        }
        let all = plan.costTotals(of: plan.unfinancedActions)
        try writer.text(row, 1, WorkbookText.unfinancedTotal.text(language), format: styles.label)
        for (col, value) in [(4, all.oneOff + all.perYear), (6, all.overPeriod)] {
            let letters = try CellReference.columnLetters(col)
            let terms = subtotalRows.map { "\(letters)\($0 + 1)" }
            let formula = terms.isEmpty ? "=0" : "=" + terms.joined(separator: "+")
            try writer.formula(row, col, formula, value: value, format: styles.total)
        }
        assert(row + 1 == rowCount(groups), "FinancingSheet.rowCount disagrees with the writer")
        try writer.sheet.freezePanes(row: 1, col: 0)
        try writer.applyWidths()
        try PageLayout.apply(to: writer.sheet, planTitle: plan.title, language: language)
    }

    /// Writes `=SUM(...)` of the cost columns over rows `first...last` with the computed values.
    private static func writeSum(
        _ row: Int, first: Int, last: Int, oneOff: Int, overPeriod: Int, to writer: SheetWriter
    ) throws {
        for (col, value) in [(4, oneOff), (6, overPeriod)] {
            let letters = try CellReference.columnLetters(col)
            try writer.formula(
                row, col, "=SUM(\(letters)\(first + 1):\(letters)\(last + 1))", value: value,
                format: writer.styles.total)
        }
    }

    private static func writeAction(_ action: Action, plan: Plan, at row: Int, to writer: SheetWriter) throws
    {
        let cells = ActionCells(action: action, plan: plan)
        let language = writer.language
        let unreadableAmount = WorkbookText.unreadableAmount.text(language)
        try writer.text(row, 0, action.id.rawValue, context: cells.context(.id))
        try writer.text(row, 1, action.text, context: cells.context(.text))
        try writer.text(row, 2, cells.responsible, context: cells.context(.responsible))
        try writer.text(row, 3, cells.source)
        if let cost = action.financing.cost {
            try writer.number(row, 4, cost.amount, format: writer.styles.amount)
        } else if action.financing.hasUnreadableAmount {
            try writer.text(row, 4, unreadableAmount)
        }
        if action.financing.hasUnreadableAmount {
            try writer.sheet.addDataValidation(
                DataValidation(
                    .any, inputTitle: DocumentWord.note.text(language),
                    inputMessage: unreadableAmount + ": «\(action.remark.prefix(200))»"),
                to: CellRange(row: row, col: 4))
        }
        try writer.text(row, 5, cells.costType(language))
        if let overPeriod = plan.costOverPeriod(of: action) {
            try writer.number(row, 6, overPeriod, format: writer.styles.amount)
        }
        try writer.text(row, 7, action.remark, context: cells.context(.remark))
    }
}
