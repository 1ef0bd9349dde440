internal import CXlsxWriter

extension Worksheet {
    /// Default column width in Excel character units.
    public static let defaultColumnWidth = 8.43
    /// Default row height in points.
    public static let defaultRowHeight = 15.0

    /// Sets width, default format, visibility and outline level for columns `first...last`.
    ///
    /// - Parameter width: Width in character units (0…255); nil keeps the default 8.43.
    public func setColumn(
        first: Int, last: Int, width: Double? = nil, format: Format? = nil,
        options: RowColumnOptions = RowColumnOptions()
    ) throws {
        let name = columnsOperation("worksheet_set_column", first, last)
        let firstCol = try ExcelLimits.column(first, name)
        let lastCol = try ExcelLimits.column(last, name)
        guard first <= last else {
            throw XlsxError.invalid(name, "first column \(first) is after last column \(last)")
        }
        let cWidth = try ExcelLimits.number(width ?? Self.defaultColumnWidth, in: 0...255, "width", name)
        let cFormat = try format.cFormat(for: workbook, name)
        var cOptions = try options.lxwOptions(name)
        try XlsxError.check(
            worksheet_set_column_opt(try open(name), firstCol, lastCol, cWidth, cFormat, &cOptions), name)
    }

    /// Sets one column; see `setColumn(first:last:width:format:options:)`.
    public func setColumn(
        _ col: Int, width: Double? = nil, format: Format? = nil,
        options: RowColumnOptions = RowColumnOptions()
    ) throws {
        try setColumn(first: col, last: col, width: width, format: format, options: options)
    }

    /// Sets height, default format, visibility and outline level (grouping) for a row.
    ///
    /// For an outline, give the detail rows `level: 1` (and `hidden: true` to collapse them)
    /// and the summary row below them `collapsed: true`.
    ///
    /// - Parameter height: Height in points (0…409); nil keeps the default 15.
    public func setRow(
        _ row: Int, height: Double? = nil, format: Format? = nil,
        options: RowColumnOptions = RowColumnOptions()
    ) throws {
        // Named only when something fails: a large sheet sets many rows.
        let name = {
            "worksheet_set_row(\(CellReference.qualified(sheet: self.name, "\(row + 1):\(row + 1)")))"
        }
        let cRow = try ExcelLimits.row(row, name())
        let cHeight = try ExcelLimits.number(height ?? Self.defaultRowHeight, in: 0...409, "height", name())
        let cFormat = try format.cFormat(for: workbook, name())
        var cOptions = try options.lxwOptions(name())
        try XlsxError.check(
            worksheet_set_row_opt(try open(name()), cRow, cHeight, cFormat, &cOptions), name())
    }

    /// Controls how outlines (row/column groups) are displayed.
    public func setOutlineSettings(
        visible: Bool = true, symbolsBelow: Bool = true, symbolsRight: Bool = true, autoStyle: Bool = false
    ) throws {
        worksheet_outline_settings(
            try open(operation("worksheet_outline_settings")), visible ? 1 : 0, symbolsBelow ? 1 : 0,
            symbolsRight ? 1 : 0, autoStyle ? 1 : 0)
    }

    /// Freezes the rows above `row` and the columns left of `col` (e.g. (1, 0) freezes the header row).
    public func freezePanes(row: Int, col: Int) throws {
        let name = operation("worksheet_freeze_panes", row: row, col: col)
        let cRow = try ExcelLimits.row(row, name)
        let cCol = try ExcelLimits.column(col, name)
        worksheet_freeze_panes(try open(name), cRow, cCol)
    }

    /// "function(Sheet!A:C)" for error messages.
    private func columnsOperation(_ function: String, _ first: Int, _ last: Int) -> String {
        let from = (try? CellReference.columnLetters(first)) ?? "C\(first)"
        let to = (try? CellReference.columnLetters(last)) ?? "C\(last)"
        return "\(function)(\(CellReference.qualified(sheet: name, "\(from):\(to)")))"
    }
}
