internal import CXlsxWriter

extension Worksheet {
    /// Restricts input in `range` according to `validation`.
    public func addDataValidation(_ validation: DataValidation, to range: CellRange) throws {
        let name = operation("worksheet_data_validation_range", range: range)
        let checked = try range.checked(name)
        let sheet = try open(name)
        var cValidation = try validation.lxwValidation(arena: workbook.arena, name)
        try XlsxError.check(
            worksheet_data_validation_range(
                sheet, checked.firstRow, checked.firstCol, checked.lastRow, checked.lastCol, &cValidation),
            name)
    }
}
