/// When an action is to happen: the text as written and what it means.
public struct Timeframe: Hashable, Sendable {
    /// The meaning of a timeframe.
    public enum Kind: Hashable, Sendable {
        /// One year, possibly a part of it (`2021`, `Vår 2021`, `mai 2021`, `Q2 2023`).
        case year(Int, part: YearPart?)
        /// A span of years, both ends included (`2021 - 2022`, `2023-24`).
        case span(from: Int, to: Int)
        /// Every year (`Årleg`, `Årlig`).
        case annual
        /// Continuous work without an end (`Løpande`, `Kontinuerleg`).
        case continuous
        /// To be done by the end of a year (`Innan 2025`).
        case until(Int)
        /// From a year on (`Frå 2022`).
        case starting(Int)
        /// Not stated (blank, `?`, `??`).
        case unknown
        /// Written, but not understood (`20211`, `snart`).
        case unrecognised
    }

    /// A part of a year.
    public enum YearPart: Hashable, Sendable {
        case spring, summer, autumn, winter
        /// A month, 1–12.
        case month(Int)
        /// A quarter, 1–4.
        case quarter(Int)
        /// A half year, 1–2.
        case half(Int)
    }

    /// The timeframe as written.
    public var text: String
    /// What it means.
    public var kind: Kind

    /// Creates a timeframe.
    public init(text: String, kind: Kind) {
        self.text = text
        self.kind = kind
    }

    /// Whether the timeframe says when the action happens.
    public var isKnown: Bool {
        switch kind {
        case .unknown, .unrecognised: false
        default: true
        }
    }

    /// Whether the action recurs every year or runs continuously.
    public var isOngoing: Bool {
        switch kind {
        case .annual, .continuous: true
        default: false
        }
    }

    /// The years of `period` in which the action is active, or `nil` when the timeframe is not known.
    ///
    /// Annual and continuous actions are active in every year of the period; `Innan 2025` from the
    /// period's start to 2025; `Frå 2022` from 2022 to the period's end. The result is empty when
    /// the timeframe lies wholly outside the period.
    public func activeYears(in period: PlanPeriod) -> [Int]? {
        guard let range = bounds(in: period) else { return nil }
        let low = max(range.lowerBound, period.first)
        let high = min(range.upperBound, period.last)
        return low <= high ? Array(low...high) : []
    }

    /// Whether the action is active in `year` of `period`.
    public func isActive(in year: Int, period: PlanPeriod) -> Bool {
        activeYears(in: period)?.contains(year) ?? false
    }

    /// The years the timeframe names, not clipped to the period; `nil` when unknown.
    public func bounds(in period: PlanPeriod) -> ClosedRange<Int>? {
        switch kind {
        case .year(let year, _): year...year
        case .span(let from, let to): min(from, to)...max(from, to)
        case .annual, .continuous: period.first...period.last
        case .until(let year): min(period.first, year)...year
        case .starting(let year): year...max(year, period.last)
        case .unknown, .unrecognised: nil
        }
    }

    /// Whether part of the timeframe lies outside `period`.
    public func reachesOutside(_ period: PlanPeriod) -> Bool {
        switch kind {
        case .year, .span:
            guard let range = bounds(in: period) else { return false }
            return range.lowerBound < period.first || range.upperBound > period.last
        case .until(let year): return year < period.first
        case .starting(let year): return year > period.last
        default: return false
        }
    }

    /// The first year, for sorting: known years first, then annual and continuous, then unknown.
    public var sortKey: Int {
        switch kind {
        case .year(let year, _): year * 10 + (part?.sortOffset ?? 0)
        case .span(let from, _): from * 10
        case .until(let year): year * 10 + 9
        case .starting(let year): year * 10
        case .annual: 900_000
        case .continuous: 900_001
        case .unknown, .unrecognised: 999_999
        }
    }

    private var part: YearPart? {
        if case .year(_, let part) = kind { return part }
        return nil
    }
}

extension Timeframe.YearPart {
    var sortOffset: Int {
        switch self {
        case .winter: 0
        case .spring: 2
        case .summer: 4
        case .autumn: 6
        case .month(let m): min(9, (m - 1) * 9 / 12)
        case .quarter(let q): (q - 1) * 2
        case .half(let h): (h - 1) * 4
        }
    }
}
