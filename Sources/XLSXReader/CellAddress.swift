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
