/// The address of one cell: a 1-based row and column, written `B12` in A1 notation.
///
/// Addresses order row by row, then column by column, as cells appear in a sheet.
public struct CellAddress: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The largest column number in a worksheet (`XFD`).
    public static let maxColumn = 16_384
    /// The largest row number in a worksheet.
    public static let maxRow = 1_048_576

    /// The row number, from 1.
    public var row: Int
    /// The column number, from 1 (`A`).
    public var column: Int

    /// An address from 1-based row and column numbers.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// An address parsed from A1 notation (`B12`, `$B$12`, `b12`); nil if not a valid address.
    public init?(_ a1: String) {
        var letters = 0
        var column = 0
        var row = 0
        var digits = 0
        var index = a1.unicodeScalars.startIndex
        let scalars = a1.unicodeScalars
        if index < scalars.endIndex, scalars[index] == "$" { index = scalars.index(after: index) }
        while index < scalars.endIndex, let value = Self.letterValue(scalars[index]) {
            column = column * 26 + value
            letters += 1
            guard letters <= 3 else { return nil }
            index = scalars.index(after: index)
        }
        if index < scalars.endIndex, scalars[index] == "$" { index = scalars.index(after: index) }
        while index < scalars.endIndex, (48...57).contains(scalars[index].value) {
            row = row * 10 + Int(scalars[index].value - 48)
            digits += 1
            guard digits <= 7 else { return nil }
            index = scalars.index(after: index)
        }
        guard index == scalars.endIndex, letters > 0, digits > 0, column <= Self.maxColumn, row >= 1,
            row <= Self.maxRow
        else { return nil }
        self.init(row: row, column: column)
    }

    /// The address in A1 notation, such as `B12`.
    public var a1: String { Self.columnName(column) + String(row) }

    /// The address in A1 notation.
    public var description: String { a1 }

    /// The letters of a 1-based column number: 1 → `A`, 27 → `AA`; `""` for numbers below 1.
    public static func columnName(_ column: Int) -> String {
        var column = column
        var scalars: [Unicode.Scalar] = []
        while column > 0 {
            let remainder = (column - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(65 + remainder)))
            column = (column - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }

    /// The 1-based number of column letters (`A` → 1, `AA` → 27), or nil if not 1–3 letters
    /// within the sheet's columns.
    public static func columnNumber(_ letters: String) -> Int? {
        var column = 0
        var count = 0
        for scalar in letters.unicodeScalars {
            guard let value = letterValue(scalar) else { return nil }
            column = column * 26 + value
            count += 1
        }
        guard (1...3).contains(count), column <= maxColumn else { return nil }
        return column
    }

    /// Row-major order: first by row, then by column.
    public static func < (lhs: CellAddress, rhs: CellAddress) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }

    /// 1 for `A`/`a` … 26 for `Z`/`z`, nil for anything else.
    private static func letterValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 65...90: return Int(scalar.value) - 64
        case 97...122: return Int(scalar.value) - 96
        default: return nil
        }
    }
}

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
