import TiltakLanguage
import TiltakLayout
import TiltakModel
import XlsxWriter

/// The overview's charts, below its tables and one to a printed page: unfinanced actions per focus
/// area by financing need, actions per year with a bar for those without a timeframe, and progress
/// per focus area by status once the plan has reports for the year.
///
/// Their data are the overview's table cells (formulas over `Tiltak`), so they follow edits of the
/// `Tiltak` sheet. The sheet's columns have fixed widths (``columnWidths(columns:)``) that fit an A4
/// landscape page at 100 %, and each chart is as wide as those columns.
enum OverviewCharts {
    /// The width of the first column (names), in Excel units.
    static let firstColumnWidth = 34.0
    /// The width of the count columns, in Excel units: a need or status caption wraps at its spaces.
    static let countColumnWidth = 11.0
    /// The rows (20 pixels each) a chart spans: with the title row repeated above it, one landscape page.
    static let chartRows = 26
    /// The fonts: title, axis titles and legend, axis numbers, data labels (points, as printed at 100 %).
    static let fonts = (
        title: ChartFont(size: 13, bold: true), axisTitle: ChartFont(size: 10, bold: true),
        legend: ChartFont(size: 10), axis: ChartFont(size: 10), label: ChartFont(size: 9, bold: true)
    )
    /// Leaves zeros unlabelled, so a stacked bar only labels the segments it has.
    static let labelFormat = "0;-0;;@"

    /// The fixed widths of the first `columns` columns.
    static func columnWidths(columns: Int) -> [Int: Double] {
        var widths: [Int: Double] = [0: firstColumnWidth]
        for col in 1..<max(columns, 1) { widths[col] = countColumnWidth }
        return widths
    }

    /// A column's width in pixels as Excel and libxlsxwriter compute it (Calibri 11).
    static func pixels(_ width: Double) -> Int { Int(width * 7 + 0.5) + 5 }

    /// The tables the charts draw from.
    struct Sources {
        /// Actions per focus area by financing need (need columns from 1, then a sum).
        var matrix: OverviewSheet.Block
        /// The needs of the matrix' columns, in order.
        var needs: [Financing.Need]
        /// Actions per year, the last row those without a timeframe.
        var years: OverviewSheet.Block
        /// Progress per focus area by status (``StatusProgress/columns`` from 1, then a sum).
        var progress: OverviewSheet.Block
    }

    /// Inserts the charts from row `start` on, `columns` columns wide; returns the rows each chart
    /// starts at, where a page break belongs.
    static func insert(
        _ plan: Plan, from sources: Sources, at start: Int, columns: Int, in writer: SheetWriter
    ) throws -> [Int] {
        let width = columnWidths(columns: columns).values.reduce(0) { $0 + pixels($1) }
        // A few pixels below the row's top, so the frame does not touch the page break above it.
        let placement = ChartInsertOptions(
            yOffset: 4, xScale: Double(width - 8) / 480, yScale: Double(chartRows * 20 - 8) / 288)
        var row = start
        var starts: [Int] = []
        func place(_ chart: Chart, _ description: String) throws {
            var options = placement
            options.description = description
            try writer.sheet.insertChart(row: row, col: 0, chart, options: options)
            starts.append(row)
            row += chartRows + 1
        }
        if let chart = try unfinanced(plan, sources, writer) {
            try place(chart, ChartText.unfinancedByAreaAndNeed.text(writer.language))
        }
        try place(try perYear(plan, sources.years, writer), ChartText.actionsPerYear.text(writer.language))
        let board = StatusBoard(plan: plan)
        if board.hasReports, let chart = try progress(plan, board, sources.progress, writer) {
            try place(chart, DocumentWord.progressByArea(year: board.year).text(writer.language))
        }
        return starts
    }

    /// The formula of a block's rows in column `col`.
    static func range(_ block: OverviewSheet.Block, col: Int, _ sheet: String) throws -> String {
        try CellReference.formula(
            sheet: sheet,
            CellRange(firstRow: block.firstRow, firstCol: col, lastRow: block.lastRow, lastCol: col))
    }

    /// Unfinanced actions per focus area, stacked by need: only the needs of unfinanced actions
    /// that occur in the plan; `nil` when no action lacks financing.
    private static func unfinanced(_ plan: Plan, _ sources: Sources, _ writer: SheetWriter) throws -> Chart? {
        let matrix = sources.matrix
        let columns = sources.needs.indices.filter { sources.needs[$0].isUnfinanced }.map { $0 + 1 }
        guard matrix.lastRow >= matrix.firstRow, !columns.isEmpty else { return nil }
        let language = writer.language
        let sheet = writer.name
        let chart = try writer.sheet.workbook.addChart(.column, subtype: .stacked)
        let categories = try range(matrix, col: 0, sheet)
        for (index, col) in columns.enumerated() {
            let series = try chart.addSeries(
                categories: categories, values: try range(matrix, col: col, sheet),
                name: try CellReference.formula(sheet: sheet, CellRange(row: matrix.headerRow, col: col)))
            try ChartFill.nth(index).apply(to: series)
            try label(series, position: .center)
        }
        try decorate(
            chart, title: ChartText.unfinancedByAreaAndNeed.text(language),
            categories: writer.words.caption(.focusArea), values: ChartText.unfinancedActions.text(language),
            legend: true,
            largest: plan.focusAreas.map { area in
                plan.actions(area: area.code).filter(\.financing.need.isUnfinanced).count
            }.max() ?? 0)
        try chart.setSeriesGap(60)
        return chart
    }

    /// Active actions per year and, last, those without a timeframe.
    private static func perYear(_ plan: Plan, _ years: OverviewSheet.Block, _ writer: SheetWriter) throws
        -> Chart
    {
        let language = writer.language
        let chart = try writer.sheet.workbook.addChart(.column)
        let series = try chart.addSeries(
            categories: try range(years, col: 0, writer.name), values: try range(years, col: 1, writer.name),
            name: WorkbookText.activeActions.text(language))
        try ChartFill.nth(0).apply(to: series)
        let bars = years.lastRow - years.firstRow + 1
        try series.setPointColors(
            Array(repeating: Color(rgb: 0x1F_3864), count: bars - 1) + [Color(rgb: 0xBF_BFBF)])
        try label(series, position: .outsideEnd)
        try decorate(
            chart, title: ChartText.actionsPerYear.text(language),
            categories: WorkbookText.year.text(language),
            values: DocumentWord.actionCount.text(language), legend: false,
            largest: (plan.period.years.map { plan.actions(activeIn: $0).count } + [undated(plan).count])
                .max() ?? 0)
        try chart.setSeriesGap(50)
        return chart
    }

    /// Actions per focus area stacked by overall status, the statuses that occur; `nil` without any.
    private static func progress(
        _ plan: Plan, _ board: StatusBoard, _ block: OverviewSheet.Block, _ writer: SheetWriter
    ) throws -> Chart? {
        let all = board.progress(plan.actions)
        let columns = StatusProgress.columns.enumerated().filter { all.count($0.element) > 0 }
        guard block.lastRow >= block.firstRow, !columns.isEmpty else { return nil }
        let language = writer.language
        let sheet = writer.name
        let chart = try writer.sheet.workbook.addChart(.bar, subtype: .stacked)
        let categories = try range(block, col: 0, sheet)
        for (offset, status) in columns {
            let series = try chart.addSeries(
                categories: categories, values: try range(block, col: offset + 1, sheet),
                name: try CellReference.formula(
                    sheet: sheet, CellRange(row: block.headerRow, col: offset + 1)))
            try ChartFill.status(status).apply(to: series)
            try label(series, position: .center)
        }
        try decorate(
            chart, title: DocumentWord.progressByArea(year: board.year).text(language),
            categories: writer.words.caption(.focusArea), values: DocumentWord.actionCount.text(language),
            legend: true,
            largest: plan.focusAreas.map { plan.actions(area: $0.code).count }.max() ?? 0)
        try chart.setSeriesGap(60)
        return chart
    }

    /// The actions without active years in the plan's period (the years table's last row).
    static func undated(_ plan: Plan) -> [Action] {
        plan.actions.filter { ActionCells(action: $0, plan: plan).years == nil }
    }

    /// Value labels on a white box, zeros left out.
    private static func label(_ series: ChartSeries, position: ChartLabelPosition) throws {
        try series.setDataLabels()
        try series.setDataLabelPosition(position)
        try series.setDataLabelNumberFormat(labelFormat)
        try series.setDataLabelFont(fonts.label)
        try series.setDataLabelFill(.white)
    }

    /// Title, axis titles (`categories` for the category axis, `values` for the value axis), fonts,
    /// a whole-number value axis from 0 (in steps of one up to a `largest` value of 10) and the
    /// legend below (or none).
    private static func decorate(
        _ chart: Chart, title: String, categories: String, values: String, legend: Bool, largest: Int
    ) throws {
        try chart.setTitle(title)
        try chart.setTitleFont(fonts.title)
        // The value axis is the horizontal one in a bar chart.
        let (categoryAxis, valueAxis): (ChartAxis, ChartAxis) = chart.type == .bar ? (.y, .x) : (.x, .y)
        try chart.setAxisTitle(categoryAxis, categories)
        try chart.setAxisTitle(valueAxis, values)
        for axis in [ChartAxis.x, .y] {
            try chart.setAxisTitleFont(axis, fonts.axisTitle)
            try chart.setAxisNumberFont(axis, fonts.axis)
        }
        try chart.setAxisBounds(valueAxis, min: 0)
        try chart.setAxisNumberFormat(valueAxis, "0")
        if largest <= 10 { try chart.setAxisMajorUnit(valueAxis, 1) }
        try chart.setLegendPosition(legend ? .bottom : .none)
        if legend { try chart.setLegendFont(fonts.legend) }
    }
}
