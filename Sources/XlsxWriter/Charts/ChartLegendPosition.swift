internal import CXlsxWriter

/// Where the chart legend goes (`lxw_chart_legend_position`).
public enum ChartLegendPosition: Hashable, Sendable {
    /// No legend.
    case none
    /// Right (Excel's default).
    case right
    /// Left.
    case left
    /// Top.
    case top
    /// Bottom.
    case bottom
    /// Top right.
    case topRight
    /// Overlaid on the plot, right.
    case overlayRight
    /// Overlaid on the plot, left.
    case overlayLeft

    var lxwValue: UInt8 {
        let value: lxw_chart_legend_position
        switch self {
        case .none: value = LXW_CHART_LEGEND_NONE
        case .right: value = LXW_CHART_LEGEND_RIGHT
        case .left: value = LXW_CHART_LEGEND_LEFT
        case .top: value = LXW_CHART_LEGEND_TOP
        case .bottom: value = LXW_CHART_LEGEND_BOTTOM
        case .topRight: value = LXW_CHART_LEGEND_TOP_RIGHT
        case .overlayRight: value = LXW_CHART_LEGEND_OVERLAY_RIGHT
        case .overlayLeft: value = LXW_CHART_LEGEND_OVERLAY_LEFT
        }
        return UInt8(value.rawValue)
    }
}

/// A chart axis: `x` is the horizontal axis, `y` the vertical one; in a bar chart `x` holds the
/// values and `y` the categories, in other charts the other way round.
public enum ChartAxis: Hashable, Sendable {
    /// The category (X) axis.
    case x
    /// The value (Y) axis.
    case y
}
