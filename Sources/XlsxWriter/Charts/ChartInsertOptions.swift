/// Placement of a chart in a worksheet (`lxw_chart_options`).
public struct ChartInsertOptions: Hashable, Sendable {
    /// Offset from the anchor cell's left edge, in pixels.
    public var xOffset: Int
    /// Offset from the anchor cell's top edge, in pixels.
    public var yOffset: Int
    /// Horizontal scale; the default chart is 480 × 288 pixels.
    public var xScale: Double
    /// Vertical scale.
    public var yScale: Double
    /// Alt text for accessibility.
    public var description: String?

    /// Creates options; the defaults place an unscaled chart at the cell's corner.
    public init(
        xOffset: Int = 0, yOffset: Int = 0, xScale: Double = 1, yScale: Double = 1, description: String? = nil
    ) {
        self.xOffset = xOffset
        self.yOffset = yOffset
        self.xScale = xScale
        self.yScale = yScale
        self.description = description
    }
}
