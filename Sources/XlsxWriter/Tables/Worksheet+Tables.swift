internal import CXlsxWriter

extension Worksheet {
    /// Turns `range` into an Excel table; the header row (if any) is written from `options.columns`.
    ///
    /// Write the data cells separately, inside the range. The column structs, their header
    /// strings and the NULL-terminated pointer array are built in the workbook's arena and
    /// stay allocated until close; libxlsxwriter 1.1.4 copies them during the call.
    public func addTable(_ range: CellRange, options: TableOptions = TableOptions()) throws {
        let name = operation("worksheet_add_table", range: range)
        let checked = try range.checked(name)
        guard options.columns.count <= range.columnCount else {
            throw XlsxError.invalid(
                name, "\(options.columns.count) column settings for a table \(range.columnCount) columns wide"
            )
        }
        let sheet = try open(name)
        let arena = workbook.arena
        let style = try options.style.lxwValues(name)
        var cOptions = lxw_table_options()
        cOptions.name = try arena.optionalString(options.name, name)
        cOptions.no_header_row = options.headerRow ? 0 : 1
        cOptions.no_autofilter = options.autofilter ? 0 : 1
        cOptions.no_banded_rows = options.bandedRows ? 0 : 1
        cOptions.banded_columns = options.bandedColumns ? 1 : 0
        cOptions.first_column = options.firstColumn ? 1 : 0
        cOptions.last_column = options.lastColumn ? 1 : 0
        cOptions.style_type = style.type
        cOptions.style_type_number = style.number
        cOptions.total_row = options.totalRow ? 1 : 0
        if !options.columns.isEmpty {
            var pointers: [UnsafeMutablePointer<lxw_table_column>?] = []
            for column in options.columns {
                var cColumn = lxw_table_column()
                cColumn.header = try arena.optionalString(column.header, name)
                cColumn.formula = try arena.optionalString(column.formula, name)
                cColumn.total_string = try arena.optionalString(column.totalString, name)
                cColumn.total_function = column.totalFunction?.lxwValue ?? 0
                cColumn.header_format = try column.headerFormat.cFormat(for: workbook, name)
                cColumn.format = try column.format.cFormat(for: workbook, name)
                pointers.append(arena.value(cColumn))
            }
            pointers.append(nil)
            cOptions.columns = arena.array(pointers)
        }
        try XlsxError.check(
            worksheet_add_table(
                sheet, checked.firstRow, checked.firstCol, checked.lastRow, checked.lastCol, &cOptions),
            name)
    }

    /// Adds filter buttons to the header row of `range` (outside of tables).
    public func autofilter(_ range: CellRange) throws {
        let name = operation("worksheet_autofilter", range: range)
        let checked = try range.checked(name)
        try XlsxError.check(
            worksheet_autofilter(
                try open(name), checked.firstRow, checked.firstCol, checked.lastRow, checked.lastCol),
            name)
    }
}
