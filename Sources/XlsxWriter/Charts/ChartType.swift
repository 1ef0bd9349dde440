internal import CXlsxWriter

/// The kind of chart (`lxw_chart_type`, combined with a `ChartSubtype`).
public enum ChartType: Hashable, Sendable, CustomStringConvertible {
    /// Area chart.
    case area
    /// Horizontal bars.
    case bar
    /// Vertical columns.
    case column
    /// Line chart.
    case line
    /// Pie chart.
    case pie
    /// Doughnut chart.
    case doughnut
    /// Scatter (XY) chart with markers only.
    case scatter
    /// Radar chart.
    case radar

    /// The libxlsxwriter-style name, for error messages.
    public var description: String {
        switch self {
        case .area: "area"
        case .bar: "bar"
        case .column: "column"
        case .line: "line"
        case .pie: "pie"
        case .doughnut: "doughnut"
        case .scatter: "scatter"
        case .radar: "radar"
        }
    }

    /// The C chart type; stacking only exists for area, bar, column and line charts.
    func lxwChartType(_ subtype: ChartSubtype, _ operation: @autoclosure () -> String) throws -> UInt8 {
        let value: lxw_chart_type
        switch (self, subtype) {
        case (.area, .standard): value = LXW_CHART_AREA
        case (.area, .stacked): value = LXW_CHART_AREA_STACKED
        case (.area, .percentStacked): value = LXW_CHART_AREA_STACKED_PERCENT
        case (.bar, .standard): value = LXW_CHART_BAR
        case (.bar, .stacked): value = LXW_CHART_BAR_STACKED
        case (.bar, .percentStacked): value = LXW_CHART_BAR_STACKED_PERCENT
        case (.column, .standard): value = LXW_CHART_COLUMN
        case (.column, .stacked): value = LXW_CHART_COLUMN_STACKED
        case (.column, .percentStacked): value = LXW_CHART_COLUMN_STACKED_PERCENT
        case (.line, .standard): value = LXW_CHART_LINE
        case (.line, .stacked): value = LXW_CHART_LINE_STACKED
        case (.line, .percentStacked): value = LXW_CHART_LINE_STACKED_PERCENT
        case (.pie, .standard): value = LXW_CHART_PIE
        case (.doughnut, .standard): value = LXW_CHART_DOUGHNUT
        case (.scatter, .standard): value = LXW_CHART_SCATTER
        case (.radar, .standard): value = LXW_CHART_RADAR
        default:
            throw XlsxError(
                code: .featureNotSupported, operation: operation(),
                detail: "\(self) charts have no \(subtype) subtype")
        }
        return UInt8(value.rawValue)
    }
}

/// Stacking for area, bar, column and line charts.
public enum ChartSubtype: Hashable, Sendable {
    /// Side by side / overlapping.
    case standard
    /// Stacked.
    case stacked
    /// Stacked to 100 %.
    case percentStacked
}
