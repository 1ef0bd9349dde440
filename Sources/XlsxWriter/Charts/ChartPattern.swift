internal import CXlsxWriter

/// A pattern fill for chart series (`lxw_chart_pattern_type`): hatching that tells series apart
/// in print and in greyscale where colours alone would not.
public enum ChartPattern: Hashable, Sendable, CaseIterable {
    /// 20 % dots.
    case percent20
    /// 50 % dots.
    case percent50
    /// Light lines falling to the right.
    case lightDownwardDiagonal
    /// Wide lines rising to the right.
    case wideUpwardDiagonal
    /// Dark lines rising to the right.
    case darkUpwardDiagonal
    /// Dark horizontal lines.
    case darkHorizontal
    /// Dark vertical lines.
    case darkVertical
    /// Narrow horizontal lines.
    case narrowHorizontal
    /// A small grid.
    case smallGrid
    /// A large grid.
    case largeGrid
    /// Small confetti.
    case smallConfetti
    /// A small checker board.
    case smallCheck
    /// Zigzag lines.
    case zigzag
    /// Horizontal bricks.
    case horizontalBrick
    /// A trellis.
    case trellis

    var lxwValue: UInt8 {
        let value: lxw_chart_pattern_type
        switch self {
        case .percent20: value = LXW_CHART_PATTERN_PERCENT_20
        case .percent50: value = LXW_CHART_PATTERN_PERCENT_50
        case .lightDownwardDiagonal: value = LXW_CHART_PATTERN_LIGHT_DOWNWARD_DIAGONAL
        case .wideUpwardDiagonal: value = LXW_CHART_PATTERN_WIDE_UPWARD_DIAGONAL
        case .darkUpwardDiagonal: value = LXW_CHART_PATTERN_DARK_UPWARD_DIAGONAL
        case .darkHorizontal: value = LXW_CHART_PATTERN_DARK_HORIZONTAL
        case .darkVertical: value = LXW_CHART_PATTERN_DARK_VERTICAL
        case .narrowHorizontal: value = LXW_CHART_PATTERN_NARROW_HORIZONTAL
        case .smallGrid: value = LXW_CHART_PATTERN_SMALL_GRID
        case .largeGrid: value = LXW_CHART_PATTERN_LARGE_GRID
        case .smallConfetti: value = LXW_CHART_PATTERN_SMALL_CONFETTI
        case .smallCheck: value = LXW_CHART_PATTERN_SMALL_CHECK
        case .zigzag: value = LXW_CHART_PATTERN_ZIGZAG
        case .horizontalBrick: value = LXW_CHART_PATTERN_HORIZONTAL_BRICK
        case .trellis: value = LXW_CHART_PATTERN_TRELLIS
        }
        return UInt8(value.rawValue)
    }
}

/// Where a series' data labels sit (`lxw_chart_label_position`); not every chart type allows every one.
public enum ChartLabelPosition: Hashable, Sendable {
    /// Centred on the bar or point.
    case center
    /// Inside the bar, at its end.
    case insideEnd
    /// Inside the bar, at its base.
    case insideBase
    /// Outside the bar's end (not for stacked charts).
    case outsideEnd

    var lxwValue: UInt8 {
        let value: lxw_chart_label_position
        switch self {
        case .center: value = LXW_CHART_LABEL_POSITION_CENTER
        case .insideEnd: value = LXW_CHART_LABEL_POSITION_INSIDE_END
        case .insideBase: value = LXW_CHART_LABEL_POSITION_INSIDE_BASE
        case .outsideEnd: value = LXW_CHART_LABEL_POSITION_OUTSIDE_END
        }
        return UInt8(value.rawValue)
    }
}

/// The font of a chart text (title, axis, legend, data labels): size in points, bold, colour.
public struct ChartFont: Hashable, Sendable {
    /// The size in points, 1…409.
    public var size: Double
    /// Bold.
    public var bold: Bool
    /// The colour; nil keeps the chart's default.
    public var color: Color?

    /// Creates a font description.
    public init(size: Double, bold: Bool = false, color: Color? = nil) {
        self.size = size
        self.bold = bold
        self.color = color
    }

    /// The C font; its name is left unset, so the chart's default face is kept.
    func lxwFont(_ operation: String) throws -> lxw_chart_font {
        var font = lxw_chart_font()
        font.size = try ExcelLimits.number(size, in: 1...409, "font size", operation)
        font.bold = bold ? 1 : 0
        if let color { font.color = color.lxwColor }
        return font
    }
}
