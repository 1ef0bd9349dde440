import Testing
import TiltakModel

/// ``Timeframe``: active years, activity, reaching outside the period, sort order.
@Suite struct TimeframeTests {
    let period = PlanPeriod(first: 2021, last: 2024)

    func timeframe(_ kind: Timeframe.Kind) -> Timeframe { Timeframe(text: kind.canonical, kind: kind) }

    static let activeYearsCases: [(Timeframe.Kind, [Int]?)] = [
        (.year(2022, part: nil), [2022]),
        (.year(2021, part: .spring), [2021]),
        (.year(2023, part: .quarter(2)), [2023]),
        (.span(from: 2021, to: 2022), [2021, 2022]),
        (.span(from: 2023, to: 2026), [2023, 2024]),
        (.span(from: 2019, to: 2021), [2021]),
        (.annual, [2021, 2022, 2023, 2024]),
        (.continuous, [2021, 2022, 2023, 2024]),
        (.until(2025), [2021, 2022, 2023, 2024]),
        (.until(2022), [2021, 2022]),
        (.starting(2022), [2022, 2023, 2024]),
        (.starting(2024), [2024]),
        (.year(2026, part: nil), []),
        (.year(2019, part: .autumn), []),
        (.starting(2026), []),
        (.until(2019), []),
        (.unknown, nil),
        (.unrecognised, nil),
    ]

    @Test(arguments: activeYearsCases)
    func activeYears(_ kind: Timeframe.Kind, _ years: [Int]?) {
        #expect(timeframe(kind).activeYears(in: period) == years)
    }

    @Test func isActive() {
        #expect(timeframe(.year(2022, part: nil)).isActive(in: 2022, period: period))
        #expect(!timeframe(.year(2022, part: nil)).isActive(in: 2023, period: period))
        #expect(timeframe(.annual).isActive(in: 2024, period: period))
        #expect(!timeframe(.annual).isActive(in: 2025, period: period))
        #expect(timeframe(.starting(2023)).isActive(in: 2023, period: period))
        #expect(!timeframe(.starting(2023)).isActive(in: 2022, period: period))
        #expect(timeframe(.until(2022)).isActive(in: 2021, period: period))
        #expect(!timeframe(.until(2022)).isActive(in: 2023, period: period))
        #expect(!timeframe(.unknown).isActive(in: 2021, period: period))
        #expect(!timeframe(.unrecognised).isActive(in: 2021, period: period))
    }

    static let reachesOutsideCases: [(Timeframe.Kind, Bool)] = [
        (.year(2021, part: nil), false),
        (.year(2024, part: .winter), false),
        (.year(2025, part: nil), true),
        (.year(2020, part: .month(12)), true),
        (.span(from: 2021, to: 2024), false),
        (.span(from: 2023, to: 2025), true),
        (.span(from: 2020, to: 2022), true),
        (.until(2025), false),
        (.until(2020), true),
        (.starting(2024), false),
        (.starting(2025), true),
        (.annual, false),
        (.continuous, false),
        (.unknown, false),
        (.unrecognised, false),
    ]

    @Test(arguments: reachesOutsideCases)
    func reachesOutside(_ kind: Timeframe.Kind, _ outside: Bool) {
        #expect(timeframe(kind).reachesOutside(period) == outside)
    }

    @Test func sortKeyOrdersByTimeThenOngoingThenUnknown() {
        // Ties are allowed (winter and January both open the year); the order must never go backwards.
        let inOrder: [Timeframe.Kind] = [
            .year(2021, part: .winter),
            .year(2021, part: .month(1)),
            .year(2021, part: .spring),
            .year(2021, part: .summer),
            .year(2021, part: .autumn),
            .year(2021, part: .month(12)),
            .until(2021),
            .starting(2022),
            .year(2023, part: .quarter(1)),
            .year(2023, part: .quarter(4)),
            .year(2024, part: .half(2)),
            .annual,
            .continuous,
        ]
        let keys = inOrder.map { timeframe($0).sortKey }
        #expect(keys == keys.sorted())
        #expect(timeframe(.year(2022, part: nil)).sortKey == timeframe(.span(from: 2022, to: 2023)).sortKey)
        #expect(timeframe(.unknown).sortKey > timeframe(.continuous).sortKey)
        #expect(timeframe(.unknown).sortKey == timeframe(.unrecognised).sortKey)
        #expect(timeframe(.year(2099, part: .month(12))).sortKey < timeframe(.annual).sortKey)
    }

    @Test func knownAndOngoing() {
        #expect(timeframe(.year(2021, part: nil)).isKnown)
        #expect(timeframe(.annual).isKnown)
        #expect(!timeframe(.unknown).isKnown)
        #expect(!timeframe(.unrecognised).isKnown)
        #expect(timeframe(.annual).isOngoing)
        #expect(timeframe(.continuous).isOngoing)
        #expect(!timeframe(.starting(2022)).isOngoing)
    }

    @Test func bounds() {
        #expect(timeframe(.until(2025)).bounds(in: period) == 2021...2025)
        #expect(timeframe(.starting(2022)).bounds(in: period) == 2022...2024)
        #expect(timeframe(.annual).bounds(in: period) == 2021...2024)
        #expect(timeframe(.unknown).bounds(in: period) == nil)
    }

    @Test func planPeriod() {
        #expect(PlanPeriod(first: 2024, last: 2021) == period)
        #expect(period.years == 2021...2024)
        #expect(period.text == "2021–2024")
        #expect(PlanPeriod(first: 2022, last: 2022).text == "2022")
    }
}
