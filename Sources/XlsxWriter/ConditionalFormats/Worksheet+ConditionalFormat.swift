internal import CXlsxWriter

extension Worksheet {
    /// Applies `conditionalFormat` to `range`.
    public func addConditionalFormat(_ conditionalFormat: ConditionalFormat, to range: CellRange) throws {
        let name = operation("worksheet_conditional_format_range", range: range)
        let checked = try range.checked(name)
        let sheet = try open(name)
        var cFormat = try conditionalFormat.lxwConditionalFormat(workbook: workbook, name)
        try XlsxError.check(
            worksheet_conditional_format_range(
                sheet, checked.firstRow, checked.firstCol, checked.lastRow, checked.lastCol, &cFormat),
            name)
    }
}
