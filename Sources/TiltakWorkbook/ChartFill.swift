import TiltakModel
import XlsxWriter

/// How a chart series is filled so that it can be told apart on paper, in colour and in greyscale:
/// a solid colour (the solid fills of one chart differ clearly in lightness) or a hatching in a dark
/// colour on white (each pattern used once per chart).
enum ChartFill: Hashable {
    /// A solid colour.
    case solid(Color)
    /// A pattern in a colour on white.
    case pattern(ChartPattern, Color)

    /// The outline every filled series gets, so that stacked segments stay apart.
    static let outline = Color(rgb: 0x40_4040)

    /// Fills `series` and outlines it.
    func apply(to series: ChartSeries) throws {
        switch self {
        case .solid(let color): try series.setFill(color)
        case .pattern(let pattern, let color): try series.setPattern(pattern, foreground: color)
        }
        try series.setLine(Self.outline, width: 0.75)
    }

    /// The fills for the series of a stacked chart, in series order: solid and hatched in turn,
    /// the solids from dark to light, the hatchings in directions of their own (patterns that Excel
    /// and LibreOffice both draw as open lines, not as a near-solid tone).
    static let sequence: [ChartFill] = [
        .solid(Color(rgb: 0x1F_3864)),
        .pattern(.wideUpwardDiagonal, Color(rgb: 0x1F_3864)),
        .solid(Color(rgb: 0x84_A4DA)),
        .pattern(.zigzag, Color(rgb: 0x1F_3864)),
        .solid(Color(rgb: 0xE4_EBF7)),
        .pattern(.largeGrid, Color(rgb: 0x1F_3864)),
        .pattern(.lightDownwardDiagonal, Color(rgb: 0x1F_3864)),
    ]

    /// The fill of the `index`th series of a stacked chart (repeating after ``sequence``).
    static func nth(_ index: Int) -> ChartFill { sequence[index % sequence.count] }

    /// The fill of a status column in the progress chart (`nil`: not reported): done dark green,
    /// not started mid green, not reported light grey, the others hatched.
    static func status(_ status: ActionStatus?) -> ChartFill {
        switch status {
        case .done: .solid(Color(rgb: 0x38_5723))
        case .inProgress: .pattern(.wideUpwardDiagonal, Color(rgb: 0x38_5723))
        case .notStarted: .solid(Color(rgb: 0x70_AD47))
        case .postponed: .pattern(.zigzag, Color(rgb: 0x7F_6000))
        case .cancelled: .pattern(.largeGrid, Color(rgb: 0x59_5959))
        case nil: .solid(Color(rgb: 0xF2_F2F2))
        }
    }
}
