internal import CXlsxWriter

/// An Excel table style such as "Table Style Medium 9" (`style_type` + `style_type_number`).
public struct TableStyle: Hashable, Sendable {
    /// The style family.
    public enum Kind: Hashable, Sendable {
        /// Light styles 1…21 (Light 0 = no style).
        case light
        /// Medium styles 1…28.
        case medium
        /// Dark styles 1…11.
        case dark
    }

    /// The family.
    public var kind: Kind
    /// The number within the family.
    public var number: Int

    /// Creates a style; the number is checked against the family's range when used.
    public init(_ kind: Kind, _ number: Int) {
        self.kind = kind
        self.number = number
    }

    /// Excel's default, Table Style Medium 9.
    public static let `default` = TableStyle(.medium, 9)
    /// No table style (Light 0).
    public static let none = TableStyle(.light, 0)

    func lxwValues(_ operation: @autoclosure () -> String) throws -> (type: UInt8, number: UInt8) {
        let type: lxw_table_style_type
        let range: ClosedRange<Int>
        switch kind {
        case .light:
            type = LXW_TABLE_STYLE_TYPE_LIGHT
            range = 0...21
        case .medium:
            type = LXW_TABLE_STYLE_TYPE_MEDIUM
            range = 1...28
        case .dark:
            type = LXW_TABLE_STYLE_TYPE_DARK
            range = 1...11
        }
        let cNumber: UInt8 = try ExcelLimits.integer(number, in: range, "table style number", operation())
        return (UInt8(type.rawValue), cNumber)
    }
}
