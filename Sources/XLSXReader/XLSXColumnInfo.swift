/// Width and visibility of a run of columns (`<col>`).
public struct XLSXColumnInfo: Sendable, Hashable {
    /// The first column of the run, from 1.
    public var min: Int
    /// The last column of the run.
    public var max: Int
    /// The width in characters, if set.
    public var width: Double?
    /// Whether the columns are hidden.
    public var isHidden: Bool
    /// The outline (grouping) level, 0 if not grouped.
    public var outlineLevel: Int
    /// The default style index of the columns, if set.
    public var styleIndex: Int?

    /// Whether `column` (from 1) is in this run.
    public func contains(_ column: Int) -> Bool { (min...max).contains(column) }
}
