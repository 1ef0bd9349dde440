import TiltakLayout
import TiltakModel
import XlsxWriter

/// The `Oversikt` sheet: plan facts, counts as formulas over `Tiltak` with their computed values, and two charts.
enum OverviewSheet {
    /// The sheet name.
    static var name: String { Words.nynorsk.sheetName(OverviewLayout.sheet) }

    /// Writes the sheet; the `Tiltak` sheet must hold the same plan.
    static func write(_ plan: Plan, source: WorkbookSource, to writer: SheetWriter) throws {
        let styles = writer.styles
        try writer.text(0, 0, plan.title, format: styles.title, measure: false)
        var row = OverviewLayout.firstFactRow
        for fact in OverviewLayout.facts {
            try writer.text(row, OverviewLayout.labelColumn, Words.nynorsk.label(fact), format: styles.label)
            try writer.text(
                row, OverviewLayout.valueColumn, FactValues.value(of: fact, plan, source: source),
                measure: false)
            row += 1
        }
        let totals = plan.costTotals(of: plan.actions)
        let id = ActionTableLayout.Column.id
        try writer.text(row, 0, "Tal på tiltak", format: styles.label)
        try writer.formula(
            row, 1, "=COUNTA(\(ActionTableSheet.columnReference(id)))-1", value: plan.actions.count)
        row += 1
        let costType = ActionTableLayout.Column.costType
        let cost = ActionTableSheet.columnReference(ActionTableLayout.Column.cost)
        for (label, recurrence, value) in [
            ("Eingongskostnader (kr)", Cost.Recurrence.once, totals.oneOff),
            ("Årlege kostnader (kr)", .perYear, totals.perYear),
        ] {
            try writer.text(row, 0, label, format: styles.label)
            let formula =
                "=SUMIFS(\(cost),\(ActionTableSheet.columnReference(costType)),\(CountFormula.exact(recurrence.nynorsk)))"
            try writer.formula(row, 1, formula, value: value, format: styles.amount)
            row += 1
        }
        row += 1
        let matrix = try writeAreaMatrix(plan, at: row, to: writer)
        row = matrix.nextRow + 1
        let years = try writeYears(plan, at: row, to: writer)
        row = years.nextRow + 1
        row = try writeResponsible(plan, at: row, to: writer) + 1
        row = try OverviewProgress.write(plan, at: row, to: writer)
        assert(
            row
                == rowCount(
                    areas: plan.focusAreas.count, years: plan.period.years.count,
                    responsible: ResponsibilitySheet.sections(of: plan).count),
            "OverviewSheet.rowCount disagrees with the writer")
        try writer.applyWidths(minimum: 8, maximum: 45)
        try writer.sheet.setColumn(0, width: 34)
        try insertCharts(plan, matrix: matrix, years: years, in: writer)
        try PageLayout.apply(to: writer.sheet, planTitle: plan.title)
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

    /// Where a block of the overview landed, for the charts.
    struct Block {
        var headerRow: Int
        var firstRow: Int
        var lastRow: Int
        var lastCol: Int
        var nextRow: Int
    }

    /// The needs that occur in the plan, in `allCases` order.
    static func needs(of plan: Plan) -> [Financing.Need] {
        Financing.Need.allCases.filter { need in plan.actions.contains { $0.financing.need == need } }
    }

    private static func writeAreaMatrix(_ plan: Plan, at start: Int, to writer: SheetWriter) throws -> Block {
        let needs = needs(of: plan)
        try writer.text(
            start, 0, "Tiltak per innsatsområde og finansieringsbehov", format: writer.styles.label,
            measure: false)
        let headerRow = start + 1
        try writer.header(headerRow, [Words.nynorsk.caption(.focusArea)] + needs.map(\.nynorsk) + ["Sum"])
        let area = ActionTableLayout.Column.focusArea
        let financing = ActionTableLayout.Column.financing
        var row = headerRow + 1
        let byArea = plan.actionsByArea()
        for focusArea in plan.focusAreas {
            let areaName = focusArea.name
            let actions = byArea[focusArea.code] ?? []
            try writer.text(row, 0, areaName)
            for (offset, need) in needs.enumerated() {
                let formula = CountFormula.countIfs([
                    (area, CountFormula.exact(areaName)), (financing, CountFormula.exact(need.nynorsk)),
                ])
                try writer.formula(
                    row, 1 + offset, formula, value: actions.filter { $0.financing.need == need }.count)
            }
            try writer.formula(
                row, 1 + needs.count, CountFormula.countIfs([(area, CountFormula.exact(areaName))]),
                value: actions.count,
                format: writer.styles.total)
            row += 1
        }
        return Block(
            headerRow: headerRow, firstRow: headerRow + 1, lastRow: row - 1, lastCol: needs.count + 1,
            nextRow: row)
    }

    private static func writeYears(_ plan: Plan, at start: Int, to writer: SheetWriter) throws -> Block {
        try writer.text(start, 0, "Aktive tiltak per år", format: writer.styles.label, measure: false)
        let headerRow = start + 1
        try writer.header(headerRow, ["År", "Aktive tiltak"])
        let first = ActionTableLayout.Column.firstYear
        let last = ActionTableLayout.Column.lastYear
        var row = headerRow + 1
        for year in plan.period.years {
            try writer.text(row, 0, String(year))
            let formula = CountFormula.countIfs([(first, "\"<=\(year)\""), (last, "\">=\(year)\"")])
            try writer.formula(row, 1, formula, value: plan.actions(activeIn: year).count)
            row += 1
        }
        let block = Block(
            headerRow: headerRow, firstRow: headerRow + 1, lastRow: row - 1, lastCol: 1, nextRow: row + 1)
        try writer.text(row, 0, "Ukjend tid eller utanfor perioden")
        let unknown = plan.actions.filter { ActionCells(action: $0, plan: plan).years == nil }.count
        let formula = CountFormula.countIfs([(ActionTableLayout.Column.id, "\"<>\""), (first, "\"\"")])
        try writer.formula(row, 1, formula, value: unknown)
        return block
    }

    private static func writeResponsible(_ plan: Plan, at start: Int, to writer: SheetWriter) throws -> Int {
        try writer.text(start, 0, "Tiltak per ansvarleg", format: writer.styles.label, measure: false)
        try writer.header(start + 1, ["Ansvarleg", "Tiltak"])
        var row = start + 2
        let responsible = ActionTableLayout.Column.responsible
        for section in ResponsibilitySheet.sections(of: plan) {
            try writer.text(row, 0, section.title)
            let formula =
                section.title == ResponsibilitySheet.noResponsible
                    && section.actions.allSatisfy(\.responsible.isEmpty)
                ? CountFormula.countIfs([(ActionTableLayout.Column.id, "\"<>\""), (responsible, "\"\"")])
                : CountFormula.listContains(responsible, section.title)
            try writer.formula(row, 1, formula, value: section.actions.count)
            row += 1
        }
        return row
    }

    private static func insertCharts(_ plan: Plan, matrix: Block, years: Block, in writer: SheetWriter) throws
    {
        let workbook = writer.sheet.workbook
        // Right of the widest table: the area matrix or the progress tables.
        let chartCol = max(matrix.lastCol, OverviewProgress.captions.count) + 2
        if matrix.lastRow >= matrix.firstRow, matrix.lastCol >= 2 {
            let chart = try workbook.addChart(.column, subtype: .stacked)
            try chart.setTitle("Tiltak per innsatsområde og finansieringsbehov")
            let categories = try CellReference.formula(
                sheet: name,
                CellRange(firstRow: matrix.firstRow, firstCol: 0, lastRow: matrix.lastRow, lastCol: 0))
            for col in 1..<matrix.lastCol {
                let values = try CellReference.formula(
                    sheet: name,
                    CellRange(firstRow: matrix.firstRow, firstCol: col, lastRow: matrix.lastRow, lastCol: col)
                )
                let series = try chart.addSeries(categories: categories, values: values)
                try series.setName(
                    try CellReference.formula(sheet: name, CellRange(row: matrix.headerRow, col: col)))
            }
            try chart.setAxisTitle(.y, "Tal på tiltak")
            try chart.setLegendPosition(.bottom)
            try writer.sheet.insertChart(
                row: 0, col: chartCol, chart,
                options: ChartInsertOptions(
                    xScale: 1.6, yScale: 1.4, description: "Tiltak per innsatsområde og finansieringsbehov"))
        }
        let chart = try workbook.addChart(.column)
        try chart.setTitle("Aktive tiltak per år")
        try chart.addSeries(
            categories: try CellReference.formula(
                sheet: name,
                CellRange(firstRow: years.firstRow, firstCol: 0, lastRow: years.lastRow, lastCol: 0)),
            values: try CellReference.formula(
                sheet: name,
                CellRange(firstRow: years.firstRow, firstCol: 1, lastRow: years.lastRow, lastCol: 1)),
            name: "Aktive tiltak")
        try chart.setLegendPosition(.none)
        try writer.sheet.insertChart(
            row: 22, col: chartCol, chart,
            options: ChartInsertOptions(xScale: 1.6, yScale: 1.2, description: "Aktive tiltak per år"))
    }
}
