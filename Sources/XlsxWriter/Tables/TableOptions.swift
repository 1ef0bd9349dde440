/// Options for `Worksheet.addTable` (`lxw_table_options`).
public struct TableOptions {
    /// Table name (letters, digits, `_`, `.`; must start with a letter or `_`); nil gives "Table1", ….
    public var name: String?
    /// The table style.
    public var style: TableStyle
    /// Show a header row (the first row of the range).
    public var headerRow: Bool
    /// Show filter buttons in the header row.
    public var autofilter: Bool
    /// Alternate row shading.
    public var bandedRows: Bool
    /// Alternate column shading.
    public var bandedColumns: Bool
    /// Highlight the first column.
    public var firstColumn: Bool
    /// Highlight the last column.
    public var lastColumn: Bool
    /// Add a total row (the last row of the range).
    public var totalRow: Bool
    /// Column settings, left to right; may be shorter than the table, not longer.
    public var columns: [TableColumn]

    /// Creates options; the defaults are Excel's (header, autofilter and banded rows on, no total row).
    public init(
        name: String? = nil, style: TableStyle = .default, headerRow: Bool = true, autofilter: Bool = true,
        bandedRows: Bool = true, bandedColumns: Bool = false, firstColumn: Bool = false,
        lastColumn: Bool = false,
        totalRow: Bool = false, columns: [TableColumn] = []
    ) {
        self.name = name
        self.style = style
        self.headerRow = headerRow
        self.autofilter = autofilter
        self.bandedRows = bandedRows
        self.bandedColumns = bandedColumns
        self.firstColumn = firstColumn
        self.lastColumn = lastColumn
        self.totalRow = totalRow
        self.columns = columns
    }
}
