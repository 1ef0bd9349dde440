/// One worksheet read from an XLSX file: its cells and the sheet-level settings tests and
/// importers look at.
public struct XLSXSheet: Sendable {
    /// The sheet's name, as on its tab.
    public var name: String
    /// The package part the sheet was read from, such as `xl/worksheets/sheet1.xml`.
    public var partPath: String
    /// All cells present in the file, including blank cells that exist only for their style.
    public var cells: [CellAddress: XLSXCell]
    /// The highest row number holding a value or formula; 0 if there is none.
    public var maxRow: Int
    /// The highest column number holding a value or formula; 0 if there is none.
    public var maxColumn: Int
    /// The used range as the writer declared it (`<dimension ref>`), if given.
    public var dimension: String?
    /// Merged ranges.
    public var mergeRanges: [CellRange]
    /// Table parts of the sheet (`xl/tables/table1.xml`), resolved through its relationships.
    public var tableParts: [String]
    /// Data validation rules, including those Excel writes in its x14 extension (lists from
    /// other sheets).
    public var dataValidations: [XLSXDataValidation]
    /// The attributes of `<sheetProtection>`, or nil if the sheet has none.
    public var protection: [String: String]?
    /// The attributes of `<pageSetup>` (orientation, paperSize, fitToWidth, …).
    public var pageSetup: [String: String]
    /// The attributes of `<pageMargins>`.
    public var pageMargins: [String: String]
    /// The attributes of `<printOptions>`.
    public var printOptions: [String: String]
    /// The outline (grouping) level of each row that has one above 0.
    public var rowOutlineLevels: [Int: Int]
    /// The rows marked hidden.
    public var hiddenRows: Set<Int>
    /// Custom row heights in points, by row.
    public var rowHeights: [Int: Double]
    /// Column widths and visibility.
    public var columns: [XLSXColumnInfo]
    /// The frozen panes, or nil if none are frozen.
    public var frozenPane: XLSXFrozenPane?
    /// The auto-filter range, if the sheet has one.
    public var autoFilter: String?
    /// Hyperlinks.
    public var hyperlinks: [XLSXHyperlink]
    /// The tab colour as ARGB, if set.
    public var tabColor: String?

    /// Whether the sheet is protected (`<sheetProtection sheet="1">`).
    public var isProtected: Bool {
        guard let protection else { return false }
        return protection["sheet"].flatMap(XMLTree.bool) ?? false
    }

    /// The cell at an A1 address (`"B12"`), or nil if the file has no such cell.
    public func value(_ a1: String) -> XLSXCell? {
        CellAddress(a1).flatMap { cells[$0] }
    }

    /// The cell at a 1-based row and column, or nil if the file has no such cell.
    public func cell(row: Int, column: Int) -> XLSXCell? {
        cells[CellAddress(row: row, column: column)]
    }

    /// The text of the cell at an A1 address; `""` for a missing or blank cell.
    public func string(_ a1: String) -> String {
        value(a1)?.string ?? ""
    }

    /// The sheet as a dense grid of ``XLSXCell/string`` texts, ``maxRow`` rows of
    /// ``maxColumn`` columns from A1, with `""` for blank or missing cells.
    public var rows: [[String]] {
        guard maxRow > 0, maxColumn > 0 else { return [] }
        var grid = Array(repeating: Array(repeating: "", count: maxColumn), count: maxRow)
        for (address, cell) in cells where address.row <= maxRow && address.column <= maxColumn {
            grid[address.row - 1][address.column - 1] = cell.string
        }
        return grid
    }

    /// The texts of one row (from 1) across ``maxColumn`` columns.
    public func row(_ row: Int) -> [String] {
        guard maxColumn > 0 else { return [] }
        return (1...maxColumn).map { cells[CellAddress(row: row, column: $0)]?.string ?? "" }
    }

    /// The numbers of the rows from `first` on that have a cell with text (in one of `columns`,
    /// when given), in order; found from the cells the file holds, not by walking every row and
    /// column up to ``maxRow`` and ``maxColumn`` (one cell in `XFD1048576` makes that 17 billion).
    public func rowsWithText(from first: Int, inColumns columns: Set<Int>? = nil) -> [Int] {
        var rows = Set<Int>()
        for (address, cell) in cells where address.row >= first && !cell.string.isEmpty {
            if let columns, !columns.contains(address.column) { continue }
            rows.insert(address.row)
        }
        return rows.sorted()
    }

    /// The column info covering `column` (from 1), if any.
    public func columnInfo(_ column: Int) -> XLSXColumnInfo? {
        columns.first { $0.contains(column) }
    }

    /// The data validation rules applying to the cell at an A1 address.
    public func dataValidations(at a1: String) -> [XLSXDataValidation] {
        guard let address = CellAddress(a1) else { return [] }
        return dataValidations.filter { $0.applies(to: address) }
    }
}
