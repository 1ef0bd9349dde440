import Testing
import TiltakModel

/// How costs add up over the plan period, and the basis each total states.
@Suite struct CostBasisTests {
    static func action(_ id: ActionID, _ timeframe: Timeframe.Kind, _ cost: Cost?) -> Action {
        SamplePlan.action(
            id, "NK", "Næring", timeframe, responsible: ["RR"],
            financing: Financing(need: .needsFinancing, cost: cost))
    }

    static let yearly = Cost(amount: 1_000_000, recurrence: .perYear)
    static let once = Cost(amount: 250_000, recurrence: .once)

    @Test func aYearlyCostCountsTheYearsTheActionIsActive() throws {
        let plan = try SamplePlan.make()
        // AO-10: 1 mill. a year, timeframe 2022: one year, and the basis says so.
        let basis = try #require(plan.costBasis(of: Self.action("A-1", .year(2022, part: nil), Self.yearly)))
        #expect(basis.years == [2022])
        #expect(basis.total == 1_000_000)
        #expect(!basis.isEstimate)
        #expect(basis.text(.nynorsk) == "1 000 000 kr × 1 år (2022)")
        #expect(basis.text(.english).hasSuffix(" × 1 year (2022)"))
        let annual = try #require(plan.costBasis(of: Self.action("A-2", .annual, Self.yearly)))
        #expect(annual.total == 4_000_000)
        #expect(annual.text(.nynorsk) == "1 000 000 kr × 4 år (2021–2024)")
    }

    @Test func aYearlyCostWithoutATimeframeCountsTheRestOfThePeriodAsAnEstimate() throws {
        var plan = try SamplePlan.make()
        let unknown = Self.action("A-3", .unknown, Self.yearly)
        let before = try #require(plan.costBasis(of: unknown))
        #expect(before.years == [2021, 2022, 2023, 2024])
        #expect(before.isEstimate)
        // After the 2022 revision, the rest of the period is three years, not the whole period.
        plan = try PlanRevision.revise(plan, to: 2022).plan
        let after = try #require(plan.costBasis(of: unknown))
        #expect(after.years == [2022, 2023, 2024])
        #expect(after.total == 3_000_000)
        #expect(
            after.text(.nynorsk)
                == "1 000 000 kr × 3 år (2022–2024) – anslag: tidsramma er ukjend, rekna for resten av perioden"
        )
    }

    @Test func aOneOffCostFallsInTheFirstActiveYear() throws {
        let plan = try SamplePlan.make()
        let span = try #require(
            plan.costBasis(of: Self.action("A-4", .span(from: 2022, to: 2023), Self.once)))
        #expect(span.years == [2022] && span.total == 250_000)
        #expect(span.text(.nynorsk) == "eingongs, 2022")
        let unknown = try #require(plan.costBasis(of: Self.action("A-5", .unknown, Self.once)))
        #expect(unknown.years.isEmpty && unknown.total == 250_000)
        #expect(unknown.text(.bokmal) == "engangs, året er ikke kjent")
        #expect(plan.costBasis(of: Self.action("A-6", .annual, nil)) == nil)
    }

    @Test func totalsByYearAddUpToTheTotalOverThePeriod() throws {
        let plan = try SamplePlan.make()
        let actions = [
            Self.action("A-1", .year(2022, part: nil), Self.yearly),
            Self.action("A-3", .unknown, Self.yearly),
            Self.action("A-4", .span(from: 2022, to: 2023), Self.once),
            Self.action("A-5", .unknown, Self.once),
            Self.action("A-6", .annual, nil),
        ]
        let years = plan.costYears(actions)
        #expect(years.years.map(\.year) == [2021, 2022, 2023, 2024])
        #expect(years.years.map(\.amount) == [1_000_000, 2_250_000, 1_000_000, 1_000_000])
        #expect(years.years.map(\.hasEstimate) == [true, true, true, true])
        #expect(years.withoutYear == 250_000)
        let group = plan.costGroup(actions)
        #expect(group.actions == 5 && group.withCost == 4 && group.hasEstimate)
        #expect(group.total == years.years.map(\.amount).reduce(years.withoutYear, +))
        // A group none of whose actions states a cost is not stated, not 0.
        #expect(plan.costGroup([Self.action("A-6", .annual, nil)]).isNotStated)
    }
}
