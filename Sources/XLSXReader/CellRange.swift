/// A rectangular range of cells, such as `A1:F20`, with its corners normalised so that
/// ``start`` is top left and ``end`` bottom right.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    /// The top-left cell.
    public var start: CellAddress
    /// The bottom-right cell.
    public var end: CellAddress

    /// The range between two corners, in any order.
    public init(_ first: CellAddress, _ second: CellAddress) {
        start = CellAddress(row: min(first.row, second.row), column: min(first.column, second.column))
        end = CellAddress(row: max(first.row, second.row), column: max(first.column, second.column))
    }

    /// A range parsed from `A1:F20` or a single cell `B2`; nil if not valid.
    public init?(_ reference: String) {
        let parts = reference.split(separator: ":", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            guard let cell = CellAddress(String(parts[0])) else { return nil }
            self.init(cell, cell)
        case 2:
            guard let first = CellAddress(String(parts[0])), let second = CellAddress(String(parts[1])) else {
                return nil
            }
            self.init(first, second)
        default:
            return nil
        }
    }

    /// The ranges of a space-separated list such as a `sqref` (`A1:A10 C1:C10`); invalid
    /// entries are skipped.
    public static func list(_ sqref: String) -> [CellRange] {
        sqref.split(whereSeparator: { $0 == " " }).compactMap { CellRange(String($0)) }
    }

    /// Whether `address` lies in the range.
    public func contains(_ address: CellAddress) -> Bool {
        (start.row...end.row).contains(address.row) && (start.column...end.column).contains(address.column)
    }

    /// The number of rows in the range.
    public var rowCount: Int { end.row - start.row + 1 }
    /// The number of columns in the range.
    public var columnCount: Int { end.column - start.column + 1 }

    /// The range in A1 notation: `A1:F20`, or `B2` for a single cell.
    public var description: String { start == end ? start.a1 : "\(start.a1):\(end.a1)" }
}
