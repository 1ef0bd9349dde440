import TiltakLanguage
import TiltakModel

/// Where an action belongs on a year-by-year list seen from `year`.
enum YearGroup: Hashable, Comparable {
    /// Happens in a year from `year` on (a span counts from its first year not before `year`).
    case year(Int)
    /// Every year or continuously.
    case ongoing
    /// Timeframe not known.
    case unknown
    /// Finished before `year`: to be followed up.
    case earlier

    /// The group of `action` in `plan` seen from `year`.
    init(_ action: Action, plan: Plan, from year: Int) {
        let timeframe = action.timeframe
        if timeframe.isOngoing {
            self = .ongoing
        } else if let bounds = timeframe.bounds(in: plan.period) {
            self = bounds.upperBound < year ? .earlier : .year(max(bounds.lowerBound, year))
        } else {
            self = .unknown
        }
    }

    /// The heading in `language`, e.g. `2021 (revisjonsåret)`, `Årleg / løpande`.
    func title(revisionYear: Int, _ language: Language) -> String {
        switch self {
        case .year(let year): year == revisionYear ? ReportText.revisionYear(year).text(language) : "\(year)"
        case .ongoing: ReportText.ongoing.text(language)
        case .unknown: ReportText.noTimeframe.text(language)
        case .earlier: ReportText.earlierYears.text(language)
        }
    }

    private var order: (Int, Int) {
        switch self {
        case .year(let year): (0, year)
        case .ongoing: (1, 0)
        case .unknown: (2, 0)
        case .earlier: (3, 0)
        }
    }

    static func < (a: YearGroup, b: YearGroup) -> Bool { a.order < b.order }
}
