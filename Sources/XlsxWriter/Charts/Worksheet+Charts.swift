internal import CXlsxWriter

extension Worksheet {
    /// Places `chart` with its top-left corner in cell (row, col); each chart can be inserted once.
    public func insertChart(
        row: Int, col: Int, _ chart: Chart, options: ChartInsertOptions = ChartInsertOptions()
    )
        throws
    {
        let name = operation("worksheet_insert_chart", row: row, col: col)
        let cRow = try ExcelLimits.row(row, name)
        let cCol = try ExcelLimits.column(col, name)
        guard chart.workbook === workbook else {
            throw XlsxError.invalid(name, "the chart belongs to a different workbook")
        }
        let sheet = try open(name)
        var cOptions = lxw_chart_options()
        cOptions.x_offset = try ExcelLimits.integer(options.xOffset, in: -100_000...100_000, "x offset", name)
        cOptions.y_offset = try ExcelLimits.integer(options.yOffset, in: -100_000...100_000, "y offset", name)
        cOptions.x_scale = try ExcelLimits.number(options.xScale, in: 0.01...100, "x scale", name)
        cOptions.y_scale = try ExcelLimits.number(options.yScale, in: 0.01...100, "y scale", name)
        cOptions.description = try workbook.arena.optionalString(options.description, name)
        try XlsxError.check(worksheet_insert_chart_opt(sheet, cRow, cCol, chart.handle, &cOptions), name)
    }
}
