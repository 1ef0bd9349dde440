import TiltakLanguage
import TiltakLayout
import TiltakModel
import XlsxWriter

/// The `Oversikt` sheet: plan facts, counts as formulas over `Tiltak` with their computed values, and
/// below them the charts (``OverviewCharts``), each on a page of its own.
enum OverviewSheet {
    /// The sheet name in `language`.
    static func name(_ language: Language) -> String { Words(language).sheetName(OverviewLayout.sheet) }

    /// Writes the sheet; the `Tiltak` sheet must hold the same plan.
    static func write(_ plan: Plan, source: WorkbookSource, to writer: SheetWriter) throws {
        let styles = writer.styles
        let language = writer.language
        try writer.text(0, 0, plan.title, format: styles.title, measure: false)
        let needs = needs(of: plan)
        // The widest table: the area matrix (a column per need and a sum) or the progress tables.
        let columns = max(needs.count + 2, StatusProgress.columns.count + 2)
        var row = OverviewLayout.firstFactRow
        for fact in OverviewLayout.facts {
            try writer.text(row, OverviewLayout.labelColumn, writer.words.label(fact), format: styles.label)
            try writeFact(
                FactValues.value(of: fact, plan, source: source), row: row, columns: columns, writer)
            row += 1
        }
        let totals = plan.costTotals(of: plan.actions)
        let id = ActionTableLayout.Column.id
        try writer.text(row, 0, DocumentWord.actionCount.text(language), format: styles.label)
        try writer.formula(
            row, 1, "=COUNTA(\(ActionTableSheet.columnReference(id, language)))-1", value: plan.actions.count)
        row += 1
        let costType = ActionTableSheet.columnReference(ActionTableLayout.Column.costType, language)
        let cost = ActionTableSheet.columnReference(ActionTableLayout.Column.cost, language)
        for (label, recurrence, value) in [
            (WorkbookText.oneOffCosts, Cost.Recurrence.once, totals.oneOff),
            (.yearlyCosts, .perYear, totals.perYear),
        ] {
            try writer.text(row, 0, label.text(language), format: styles.label)
            let formula =
                "=SUMIFS(\(cost),\(costType),\(CountFormula.exact(recurrence.text(language))))"
            try writer.formula(row, 1, formula, value: value, format: styles.amount)
            row += 1
        }
        row += 1
        let matrix = try writeAreaMatrix(plan, at: row, to: writer)
        row = matrix.nextRow + 1
        let years = try writeYears(plan, at: row, to: writer)
        row = years.nextRow + 1
        let responsible = try writeResponsible(plan, at: row, to: writer)
        row = responsible.nextRow + 1
        let progress = try OverviewProgress.write(plan, at: row, to: writer)
        row = progress.nextRow
        assert(
            row
                == rowCount(
                    areas: plan.focusAreas.count, years: plan.period.years.count,
                    responsible: ResponsibilitySheet.sections(of: plan, language).count),
            "OverviewSheet.rowCount disagrees with the writer")
        let widths = OverviewCharts.columnWidths(columns: columns)
        try writer.applyWidths(minimum: 8, maximum: 45, fixed: widths)
        let charts = try OverviewCharts.insert(
            plan,
            from: OverviewCharts.Sources(
                matrix: matrix, needs: needs, years: years, progress: progress.byArea),
            at: row + 1, columns: columns, in: writer)
        try PageLayout.apply(to: writer, plan: plan)
        // The rows above the first table: the title, a blank row, the facts, the counts, a blank row.
        let above =
            OverviewPages.titleHeight + OverviewPages.lineHeight * Double(OverviewLayout.facts.count + 5)
        let tables = [matrix, years, responsible, progress.byArea, progress.byResponsible].map {
            $0.table(widths)
        }
        try writer.sheet.setHorizontalPageBreaks(OverviewPages.breaks(tables, above: above) + charts)
    }

    /// Writes a fact's value across the value columns (merged, wrapped), so a long source path or
    /// checksum neither widens a column nor runs off the page.
    private static func writeFact(_ value: String, row: Int, columns: Int, _ writer: SheetWriter) throws {
        let first = OverviewLayout.valueColumn
        try CellText.check(value, context: "\(writer.name)!R\(row + 1)C\(first + 1)")
        try writer.sheet.mergeRange(
            CellRange(firstRow: row, firstCol: first, lastRow: row, lastCol: columns - 1), value,
            format: writer.styles.text)
        let perLine = Int(OverviewCharts.countColumnWidth) * (columns - first) - 1
        let lines = value.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) {
            $0 + max(1, ($1.count + perLine - 1) / perLine)
        }
        if lines > 1 { try writer.sheet.setRow(row, height: min(409, 15 * Double(lines))) }
    }

    /// The rows of the sheet for a plan with `areas` focus areas, `years` years in its period and
    /// `responsible` sections on the Ansvar sheet (``ResponsibilitySheet/sections(of:)``), block by
    /// block as ``write(_:source:to:)`` lays them out. Each table has a label row, a header row and
    /// its rows, and a blank row follows it.
    static func rowCount(areas: Int, years: Int, responsible: Int) -> Int {
        // The title, a blank row, the facts, the number of actions, the two cost rows, a blank row.
        let matrix = OverviewLayout.firstFactRow + OverviewLayout.facts.count + 3 + 1
        // The years have a row for unknown years as well.
        let activeYears = matrix + 2 + areas + 1
        let perResponsible = activeYears + 2 + years + 1 + 1
        let progressPerArea = perResponsible + 2 + responsible + 1
        let progressPerResponsible = progressPerArea + 2 + areas + 1
        return progressPerResponsible + 2 + responsible
    }

    /// Where a block of the overview landed, for the charts and the page breaks.
    struct Block {
        var headerRow: Int
        var firstRow: Int
        var lastRow: Int
        var lastCol: Int
        var nextRow: Int
        /// The header's captions.
        var captions: [String] = []
        /// The rows' first-column texts.
        var names: [String] = []

        /// The table for ``OverviewPages``: from its label row, above the header.
        func table(_ widths: [Int: Double]) -> OverviewPages.Table {
            OverviewPages.Table(
                firstRow: headerRow - 1,
                height: OverviewPages.height(captions: captions, widths: widths, names: names))
        }
    }

    /// Writes a table's label: bold, running over the empty cells to its right, one line high.
    static func label(_ row: Int, _ text: String, _ writer: SheetWriter) throws {
        try CellText.check(text, context: "\(writer.name)!A\(row + 1)")
        try writer.sheet.writeString(row: row, col: 0, text, format: writer.styles.label)
    }

    /// The needs that occur in the plan, in `allCases` order.
    static func needs(of plan: Plan) -> [Financing.Need] {
        Financing.Need.allCases.filter { need in plan.actions.contains { $0.financing.need == need } }
    }

    private static func writeAreaMatrix(_ plan: Plan, at start: Int, to writer: SheetWriter) throws -> Block {
        let needs = needs(of: plan)
        let language = writer.language
        try label(start, WorkbookText.actionsByAreaAndNeed.text(language), writer)
        let headerRow = start + 1
        let captions =
            [writer.words.caption(.focusArea)] + needs.map { $0.text(language) } + [
                DocumentWord.sum.text(language)
            ]
        try writer.header(headerRow, captions)
        let area = ActionTableLayout.Column.focusArea
        let financing = ActionTableLayout.Column.financing
        var row = headerRow + 1
        let byArea = plan.actionsByArea()
        for focusArea in plan.focusAreas {
            let areaName = focusArea.name
            let actions = byArea[focusArea.code] ?? []
            try writer.text(row, 0, areaName)
            for (offset, need) in needs.enumerated() {
                let formula = CountFormula.countIfs(
                    [
                        (area, CountFormula.exact(areaName)),
                        (financing, CountFormula.exact(need.text(language))),
                    ], language)
                try writer.formula(
                    row, 1 + offset, formula, value: actions.filter { $0.financing.need == need }.count)
            }
            try writer.formula(
                row, 1 + needs.count, CountFormula.countIfs([(area, CountFormula.exact(areaName))], language),
                value: actions.count,
                format: writer.styles.total)
            row += 1
        }
        return Block(
            headerRow: headerRow, firstRow: headerRow + 1, lastRow: row - 1, lastCol: needs.count + 1,
            nextRow: row, captions: captions, names: plan.focusAreas.map(\.name))
    }

    private static func writeYears(_ plan: Plan, at start: Int, to writer: SheetWriter) throws -> Block {
        let language = writer.language
        try label(start, WorkbookText.activeActionsPerYear.text(language), writer)
        let headerRow = start + 1
        let captions = [WorkbookText.year.text(language), WorkbookText.activeActions.text(language)]
        try writer.header(headerRow, captions)
        let first = ActionTableLayout.Column.firstYear
        let last = ActionTableLayout.Column.lastYear
        var row = headerRow + 1
        for year in plan.period.years {
            try writer.text(row, 0, String(year))
            let formula = CountFormula.countIfs(
                [(first, "\"<=\(year)\""), (last, "\">=\(year)\"")], language)
            try writer.formula(row, 1, formula, value: plan.actions(activeIn: year).count)
            row += 1
        }
        var block = Block(
            headerRow: headerRow, firstRow: headerRow + 1, lastRow: row, lastCol: 1, nextRow: row + 1,
            captions: captions, names: plan.period.years.map(String.init))
        // The actions without years in the period: "Utan tidsramme" when none of them lies outside it.
        let undated = OverviewCharts.undated(plan)
        let label: any Phrase =
            undated.allSatisfy { !$0.timeframe.isKnown }
            ? ReportText.noTimeframe : WorkbookText.unknownOrOutsidePeriod
        try writer.text(row, 0, label.text(language))
        block.names.append(label.text(language))
        let unknown = undated.count
        let formula = CountFormula.countIfs(
            [(ActionTableLayout.Column.id, "\"<>\""), (first, "\"\"")], language)
        try writer.formula(row, 1, formula, value: unknown)
        return block
    }

    private static func writeResponsible(_ plan: Plan, at start: Int, to writer: SheetWriter) throws -> Block
    {
        let language = writer.language
        try label(start, WorkbookText.actionsByResponsible.text(language), writer)
        let captions = [DocumentWord.responsibleParty.text(language), DocumentWord.actions.text(language)]
        try writer.header(start + 1, captions)
        var names: [String] = []
        var row = start + 2
        let responsible = ActionTableLayout.Column.responsible
        let noResponsible = DocumentWord.noResponsible.text(language)
        for section in ResponsibilitySheet.sections(of: plan, language) {
            try writer.text(row, 0, section.title)
            names.append(section.title)
            let formula =
                section.title == noResponsible && section.actions.allSatisfy(\.responsible.isEmpty)
                ? CountFormula.countIfs(
                    [(ActionTableLayout.Column.id, "\"<>\""), (responsible, "\"\"")], language)
                : CountFormula.listContains(responsible, section.title, language)
            try writer.formula(row, 1, formula, value: section.actions.count)
            row += 1
        }
        return Block(
            headerRow: start + 1, firstRow: start + 2, lastRow: row - 1, lastCol: 1, nextRow: row,
            captions: captions, names: names)
    }
}
