internal import CXlsxWriter

/// Hidden state and outline grouping for `setRow` / `setColumn` (`lxw_row_col_options`).
public struct RowColumnOptions: Hashable, Sendable {
    /// Hide the row or column.
    public var hidden: Bool
    /// Outline (grouping) level, 0…7; 0 means not grouped.
    public var level: Int
    /// Mark the row or column as the collapsed summary of the group next to it.
    public var collapsed: Bool

    /// Creates options; the defaults are a visible, ungrouped row or column.
    public init(hidden: Bool = false, level: Int = 0, collapsed: Bool = false) {
        self.hidden = hidden
        self.level = level
        self.collapsed = collapsed
    }

    func lxwOptions(_ operation: @autoclosure () -> String) throws -> lxw_row_col_options {
        let cLevel: UInt8 = try ExcelLimits.integer(level, in: 0...7, "outline level", operation())
        return lxw_row_col_options(hidden: hidden ? 1 : 0, level: cLevel, collapsed: collapsed ? 1 : 0)
    }
}
