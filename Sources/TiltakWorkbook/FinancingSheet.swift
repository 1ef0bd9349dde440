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
        .id, .text, .responsible, .source, .cost, .costType, .costOverPeriod, .costBasis, .remark,
    ]
    /// The columns of the one-off or yearly cost, the cost over the period and its basis.
    private static let (costColumn, overPeriodColumn, basisColumn) = (4, 6, 7)

    /// The unfinanced actions grouped by need, in the order of `Financing.Need.allCases`.
    static func groups(of plan: Plan) -> [(need: Financing.Need, actions: [Action])] {
        let unfinanced = plan.unfinancedActions
        return Financing.Need.allCases.compactMap { need in
            let actions = unfinanced.filter { $0.financing.need == need }
            return actions.isEmpty ? nil : (need, actions)
        }
    }

    /// The unfinanced actions grouped by their responsible parties' names (`Ikkje avklart` for none),
    /// by name.
    static func responsibleGroups(of plan: Plan, _ language: Language) -> [(name: String, actions: [Action])]
    {
        var groups: [String: [Action]] = [:]
        for action in plan.unfinancedActions {
            let names =
                action.responsible.isEmpty
                ? ReportText.notSettled.text(language) : plan.registry.displayNames(action.responsible)
            groups[names, default: []].append(action)
        }
        return groups.keys.sorted { $0.lowercased() < $1.lowercased() }.map { ($0, groups[$0] ?? []) }
    }

    /// The rows of the sheet with `groups` (``groups(of:)``): the header; per group a heading row,
    /// a row per action, a sum row and a blank row; and the row of the total. With unfinanced actions
    /// there follow a blank row, the totals by responsible party (a heading and a row per party), a
    /// blank row, the totals by year (a heading, a row per year of the period and one for one-off
    /// costs without a year when there are any), a blank row and the rule.
    static func rowCount(
        _ plan: Plan, _ groups: [(need: Financing.Need, actions: [Action])], _ language: Language
    )
        -> Int
    {
        let base = groups.reduce(2) { $0 + $1.actions.count + 3 }
        guard !groups.isEmpty else { return base }
        let years = plan.costYears(plan.unfinancedActions)
        return base + 2 + responsibleGroups(of: plan, language).count + 2 + years.years.count
            + (years.withoutYear > 0 ? 1 : 0) + 2
    }

    /// Writes the sheet.
    static func write(_ plan: Plan, to writer: SheetWriter) throws {
        let styles = writer.styles
        let language = writer.language
        let headers = columns.map(writer.words.caption)
        let notStated = CostText.notStated.text(language)
        try writer.header(0, headers)
        var row = 1
        var subtotalRows: [Int] = []
        let groups = groups(of: plan)
        for group in groups {
            try heading(
                DocumentWord.withCount(group.need.text(language), actions: group.actions.count).text(
                    language),
                row: row, columns: headers.count, to: writer)
            row += 1
            let first = row
            for action in group.actions {
                try writeAction(action, plan: plan, at: row, to: writer)
                row += 1
            }
            let totals = plan.costTotals(of: group.actions)
            try writer.text(
                row, 1,
                CostText.needSubtotal(
                    need: group.need.text(language).lowercased(), withCost: totals.actionsWithCost,
                    actions: group.actions.count
                ).text(language),
                format: styles.label)
            // A need none of whose actions states a cost has no sum: it is not 0 but not stated.
            if totals.actionsWithCost == 0 {
                for col in [costColumn, overPeriodColumn] {
                    try writer.text(row, col, notStated, format: styles.label)
                }
            } else {
                try writeSum(
                    row, first: first, last: row - 1, oneOff: totals.oneOff + totals.perYear,
                    overPeriod: totals.overPeriod, to: writer)
            }
            subtotalRows.append(row)
            row += 2
        }
        let unfinanced = plan.unfinancedActions
        let all = plan.costTotals(of: unfinanced)
        try writer.text(
            row, 1, CostText.total(withCost: all.actionsWithCost, actions: unfinanced.count).text(language),
            format: styles.label)
        for (col, value) in [(costColumn, all.oneOff + all.perYear), (overPeriodColumn, all.overPeriod)] {
            if all.actionsWithCost == 0, !unfinanced.isEmpty {
                try writer.text(row, col, notStated, format: styles.total)
                continue
            }
            // SUM skips the sums that are not stated (text).
            let letters = try CellReference.columnLetters(col)
            let terms = subtotalRows.map { "\(letters)\($0 + 1)" }
            let formula = terms.isEmpty ? "=0" : "=SUM(" + terms.joined(separator: ",") + ")"
            try writer.formula(row, col, formula, value: value, format: styles.total)
        }
        if !groups.isEmpty {
            row = try writeBreakdowns(plan, after: row, columns: headers.count, to: writer)
        }
        assert(
            row + 1 == rowCount(plan, groups, language), "FinancingSheet.rowCount disagrees with the writer")
        try writer.sheet.freezePanes(row: 1, col: 0)
        try writer.applyWidths()
        try PageLayout.apply(to: writer, plan: plan, groups: writer.groups)
    }

    /// Writes the totals over the period by responsible party and by year, and the rule, below the
    /// total in `row`; returns the last row written.
    private static func writeBreakdowns(_ plan: Plan, after row: Int, columns: Int, to writer: SheetWriter)
        throws -> Int
    {
        let language = writer.language
        let styles = writer.styles
        var row = row + 2
        try heading(CostText.byResponsible.text(language), row: row, columns: columns, to: writer)
        for group in responsibleGroups(of: plan, language) {
            row += 1
            let costs = plan.costGroup(group.actions)
            try writer.text(
                row, 1,
                CostText.needSubtotal(need: group.name, withCost: costs.withCost, actions: costs.actions)
                    .text(
                        language),
                format: styles.label)
            try amount(
                costs.isNotStated ? nil : costs.total, estimate: costs.hasEstimate, row: row, to: writer)
        }
        row += 2
        try heading(CostText.byYear.text(language), row: row, columns: columns, to: writer)
        let years = plan.costYears(plan.unfinancedActions)
        for entry in years.years {
            row += 1
            try writer.text(row, 1, "\(entry.year)", format: styles.label)
            try amount(entry.amount, estimate: entry.hasEstimate, row: row, to: writer)
        }
        if years.withoutYear > 0 {
            row += 1
            try writer.text(row, 1, CostText.withoutYear.text(language), format: styles.label)
            try amount(years.withoutYear, estimate: false, row: row, to: writer)
        }
        row += 2
        try writer.text(
            row, 1, CostText.rule(remaining: plan.remainingYearsText).text(language))
        return row
    }

    /// Writes an amount over the period (or `ikkje oppgitt` for `nil`) and, for an estimate, says so
    /// in the basis column.
    private static func amount(_ value: Int?, estimate: Bool, row: Int, to writer: SheetWriter) throws {
        if let value {
            try writer.number(row, overPeriodColumn, value, format: writer.styles.amount)
        } else {
            try writer.text(row, overPeriodColumn, CostText.notStated.text(writer.language))
        }
        if estimate { try writer.text(row, basisColumn, CostText.estimate.text(writer.language)) }
    }

    /// Writes a heading row across the sheet's columns.
    private static func heading(_ text: String, row: Int, columns: Int, to writer: SheetWriter) throws {
        writer.beginGroup(at: row)
        try writer.text(row, 0, text, format: writer.styles.heading, measure: false)
        for col in 1..<columns {
            try writer.sheet.writeBlank(row: row, col: col, format: writer.styles.heading)
        }
    }

    /// Writes `=SUM(...)` of the cost columns over rows `first...last` with the computed values.
    private static func writeSum(
        _ row: Int, first: Int, last: Int, oneOff: Int, overPeriod: Int, to writer: SheetWriter
    ) throws {
        for (col, value) in [(costColumn, oneOff), (overPeriodColumn, overPeriod)] {
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
            try writer.number(row, costColumn, cost.amount, format: writer.styles.amount)
        } else if action.financing.hasUnreadableAmount {
            try writer.text(row, costColumn, unreadableAmount)
        } else {
            try writer.text(row, costColumn, CostText.notStated.text(language))
        }
        if action.financing.hasUnreadableAmount {
            try writer.sheet.addDataValidation(
                DataValidation(
                    .any, inputTitle: DocumentWord.note.text(language),
                    inputMessage: unreadableAmount + ": «\(action.remark.prefix(200))»"),
                to: CellRange(row: row, col: costColumn))
        }
        try writer.text(row, 5, cells.costType(language))
        if let basis = plan.costBasis(of: action) {
            try writer.number(row, overPeriodColumn, basis.total, format: writer.styles.amount)
            try writer.text(row, basisColumn, basis.text(language))
        }
        try writer.text(row, 8, action.remark, context: cells.context(.remark))
    }
}
