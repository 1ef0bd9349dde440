import Testing
import TiltakModel

/// ``Plan`` queries on the hand-made ``SamplePlan``.
@Suite struct PlanQueriesTests {
    let plan: Plan

    init() throws { plan = try SamplePlan.make() }

    func ids(_ actions: [Action]) -> [String] { actions.map(\.id.rawValue) }

    @Test func assignmentsOfAMunicipality() {
        let gol = plan.assignments(for: "GOL")
        #expect(ids(gol.map(\.action)) == ["NK-1", "NK-2", "NK-10", "KM-1", "KM-2"])
        #expect(gol.map(\.role) == [.involved, .responsible, .responsible, .responsible, .responsible])
        #expect(gol.map(\.throughGroup) == ["KOM", nil, "KOM", "KOM", "KOM"])
    }

    @Test func aDirectNameIsPreferredOverTheGroup() {
        let registry = HallingdalRegistry.make()
        let both = SamplePlan.action("KM-9", "KM", "Klima", .annual, responsible: ["KOM", "GOL"])
        let plan = Plan(
            id: "p", title: "p", period: SamplePlan.period, revision: self.plan.revision, registry: registry,
            actions: [both])
        #expect(plan.assignments(for: "GOL").map(\.throughGroup) == [nil])
        #expect(plan.assignments(for: "HOL").map(\.throughGroup) == ["KOM"])
    }

    @Test func assignmentsOfAnotherMunicipality() {
        let hol = plan.assignments(for: "HOL")
        #expect(ids(hol.map(\.action)) == ["NK-1", "NK-10", "KM-1", "KM-2", "KM-3"])
        #expect(hol.map(\.role) == [.involved, .responsible, .responsible, .responsible, .responsible])
        #expect(hol.map(\.throughGroup) == ["KOM", "KOM", "KOM", "KOM", nil])
    }

    @Test func assignmentsOfAPartyNamedOnlyDirectly() {
        let viken = plan.assignments(for: "VIKEN")
        #expect(ids(viken.map(\.action)) == ["KM-1"])
        #expect(viken.first?.role == .involved)
        #expect(viken.first?.throughGroup == nil)
        #expect(plan.assignments(for: "FHI").isEmpty)
    }

    @Test func actionsResponsibleKeptAndExpanded() {
        #expect(ids(plan.actions(responsible: .registered("GOL"))) == ["NK-2", "NK-10", "KM-1", "KM-2"])
        #expect(ids(plan.actions(responsible: .registered("GOL"), throughGroups: false)) == ["NK-2"])
        // The group's actions do not include its members' own actions.
        #expect(ids(plan.actions(responsible: .registered("KOM"))) == ["NK-10", "KM-1", "KM-2"])
        #expect(
            ids(plan.actions(responsible: .registered("KOM"), throughGroups: false)) == [
                "NK-10", "KM-1", "KM-2",
            ])
        #expect(ids(plan.actions(responsible: .registered("RR"))) == ["KM-1", "KM-4"])
        #expect(plan.actions(responsible: .registered("VIKEN")).isEmpty)
        #expect(plan.actions(responsible: .unregistered("Gol")).isEmpty)
    }

    static let activeCases: [(Int, [String])] = [
        (2021, ["NK-1", "NK-2"]),
        (2022, ["NK-1", "NK-10", "KM-1"]),
        (2023, ["NK-1", "KM-1", "KM-3"]),
        (2024, ["NK-1"]),
        (2025, []),
        (2020, []),
    ]

    @Test(arguments: activeCases)
    func activeIn(_ year: Int, _ expected: [String]) {
        #expect(ids(plan.actions(activeIn: year)) == expected)
    }

    @Test func withoutTimeframe() {
        #expect(ids(plan.actionsWithoutTimeframe) == ["KM-2", "KM-4"])
    }

    @Test func unfinanced() {
        #expect(ids(plan.unfinancedActions) == ["NK-1", "NK-10", "KM-1", "KM-3"])
        #expect(ids(plan.actions(financing: .costEstimate)) == ["NK-10", "KM-1", "KM-3"])
        #expect(ids(plan.actions(financing: .financed)) == ["KM-4"])
        #expect(ids(plan.actions(financing: .none)) == ["NK-2", "KM-2"])
    }

    @Test func byAreaAndTheme() {
        #expect(ids(plan.actions(area: "KM")) == ["KM-1", "KM-2", "KM-3", "KM-4"])
        #expect(ids(plan.actions(area: "NK", theme: "Næring")) == ["NK-1", "NK-2"])
        #expect(ids(plan.actions(area: "NK", theme: "Kompetanse")) == ["NK-10"])
        #expect(plan.actions(area: "NK", theme: "Klima").isEmpty)
        #expect(plan.actions(area: "XX").isEmpty)
    }

    @Test func lookups() {
        #expect(plan.action(id: "KM-3")?.timeframe.kind == .year(2023, part: nil))
        #expect(plan.action(id: "KM-30") == nil)
        #expect(plan.focusArea(code: "KM")?.name == "Klima og miljø")
        #expect(plan.focusArea(named: "klima og miljø")?.code == "KM")
        #expect(plan.focusArea(named: "NK")?.code == "NK")
        #expect(plan.focusArea(named: "Næringsliv og kompetanseutvikling")?.code == "NK")
        #expect(plan.focusArea(named: "Infrastruktur") == nil)
    }

    @Test func costOverPeriodPerAction() throws {
        func cost(_ id: ActionID) throws -> Int? {
            plan.costOverPeriod(of: try #require(plan.action(id: id)))
        }
        #expect(try cost("NK-1") == 200_000)  // 50 000 a year, annual: four years
        #expect(try cost("NK-2") == nil)
        #expect(try cost("NK-10") == 1_000_000)  // 1 mill. a year, 2022 only
        #expect(try cost("KM-1") == 400_000)  // 200 000 a year, 2022–2023
        #expect(try cost("KM-3") == 250_000)  // one-off
        #expect(try cost("KM-4") == 400_000)  // 100 000 a year, unknown timeframe: the whole period
    }

    @Test func costTotals() {
        let totals = plan.costTotals(of: plan.actions)
        #expect(totals.oneOff == 250_000)
        #expect(totals.perYear == 1_350_000)
        #expect(totals.overPeriod == 2_250_000)
        #expect(totals.actionsWithCost == 5)
        #expect(
            totals
                == CostTotals(oneOff: 250_000, perYear: 1_350_000, overPeriod: 2_250_000, actionsWithCost: 5))
    }

    @Test func costTotalsOfASelection() {
        let totals = plan.costTotals(of: plan.actions(area: "KM"))
        #expect(
            totals == CostTotals(oneOff: 250_000, perYear: 300_000, overPeriod: 1_050_000, actionsWithCost: 3)
        )
        #expect(plan.costTotals(of: []) == CostTotals())
    }

    @Test func perYearCostOutsideThePeriodCountsNoYears() {
        let late = SamplePlan.action(
            "KM-8", "KM", "Klima", .year(2026, part: nil),
            financing: Financing(need: .costEstimate, cost: Cost(amount: 10_000, recurrence: .perYear)))
        #expect(plan.costOverPeriod(of: late) == 0)
    }

    @Test func pilots() throws {
        let km2 = try #require(plan.action(id: "KM-2"))
        #expect(plan.pilots(of: km2).map(\.code) == ["GOL"])
        func pilots(_ remark: String) -> [String] {
            var action = km2
            action.remark = remark
            return plan.pilots(of: action).map(\.code)
        }
        #expect(pilots("Pilot: Ål og Hol") == ["AAL", "HOL"])
        #expect(pilots("Hol og Gol som pilotkommunar") == ["GOL", "HOL"])
        #expect(pilots("Gol kommune er pilot.") == ["GOL"])
        #expect(pilots("Gol") == [])
        #expect(pilots("AAL er pilot") == ["AAL"])  // the code, through the registry
        #expect(pilots("Pilot") == [])
        #expect(pilots("") == [])
    }

    @Test func roles() {
        #expect(Role.responsible < .involved)
        #expect(!(Role.involved < .responsible))
        #expect(Role.responsible.text(.nynorsk) == "Ansvar")
        #expect(Role.involved.text(.nynorsk) == "Involvert")
        #expect(Role.responsible.text(.english) == "Responsible")
    }
}
