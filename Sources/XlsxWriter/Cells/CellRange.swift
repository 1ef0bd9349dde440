/// A rectangular block of cells, zero-based and inclusive at both ends.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    /// The top row.
    public var firstRow: Int
    /// The left column.
    public var firstCol: Int
    /// The bottom row (inclusive).
    public var lastRow: Int
    /// The right column (inclusive).
    public var lastCol: Int

    /// Creates a range from its corners; it is validated when used, not here.
    public init(firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int) {
        self.firstRow = firstRow
        self.firstCol = firstCol
        self.lastRow = lastRow
        self.lastCol = lastCol
    }

    /// A single-cell range.
    public init(row: Int, col: Int) {
        self.init(firstRow: row, firstCol: col, lastRow: row, lastCol: col)
    }

    /// Number of rows covered (zero if the corners are reversed).
    public var rowCount: Int { max(0, lastRow - firstRow + 1) }

    /// Number of columns covered (zero if the corners are reversed).
    public var columnCount: Int { max(0, lastCol - firstCol + 1) }

    /// The A1 text of the range, or the raw corners when it is outside Excel's grid.
    public var description: String {
        (try? CellReference.range(self)) ?? "R\(firstRow)C\(firstCol):R\(lastRow)C\(lastCol)"
    }

    /// The validated C corners, throwing for out-of-grid or reversed ranges.
    func checked(_ operation: @autoclosure () -> String) throws -> CheckedCellRange {
        let range = CheckedCellRange(
            firstRow: try ExcelLimits.row(firstRow, operation()),
            firstCol: try ExcelLimits.column(firstCol, operation()),
            lastRow: try ExcelLimits.row(lastRow, operation()),
            lastCol: try ExcelLimits.column(lastCol, operation()))
        guard firstRow <= lastRow, firstCol <= lastCol else {
            throw XlsxError.invalid(operation(), "range corners are reversed: \(self)")
        }
        return range
    }
}

/// A range whose corners have been converted to libxlsxwriter's index types.
struct CheckedCellRange {
    let firstRow: UInt32
    let firstCol: UInt16
    let lastRow: UInt32
    let lastCol: UInt16
}
