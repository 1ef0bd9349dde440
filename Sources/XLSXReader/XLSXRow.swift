/// One `<row>` of a worksheet as read in the order of the file (see
/// ``XLSXDocument/forEachRow(inSheetNamed:_:)``): its number and its cells.
public struct XLSXRow: Sendable {
    /// The row number (from 1): the `r` attribute, or the one after the previous row's.
    public var number: Int
    /// The cells in the order of the file. Each has its own address, which a well-formed sheet
    /// keeps in this row; a cell may be given twice (the last one counts, as in ``XLSXSheet``).
    public var cells: [XLSXCell]

    /// Creates a row.
    public init(number: Int, cells: [XLSXCell]) {
        self.number = number
        self.cells = cells
    }

    /// The last cell given for `column` (from 1), or nil if the row has none.
    public func cell(column: Int) -> XLSXCell? {
        cells.last { $0.reference.column == column }
    }
}
