/// The frozen panes of a worksheet: the rows above and columns left of the split stay put.
public struct XLSXFrozenPane: Sendable, Hashable {
    /// The number of frozen columns.
    public var xSplit: Int
    /// The number of frozen rows.
    public var ySplit: Int
    /// The top-left cell of the scrolling pane, if given.
    public var topLeftCell: String?

    /// A frozen pane with the given splits, for comparing against a sheet's.
    public init(xSplit: Int, ySplit: Int, topLeftCell: String? = nil) {
        self.xSplit = xSplit
        self.ySplit = ySplit
        self.topLeftCell = topLeftCell
    }
}
