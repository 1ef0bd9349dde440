import Testing
import TiltakModel

/// Who gets a task workbook (``Plan/taskWorkbookParties(_:)``) and what its locked columns show
/// (``PreviousReport``), on the hand-made ``SamplePlan``.
@Suite struct TaskWorkbookPartiesTests {
    let plan: Plan

    init() throws { plan = try SamplePlan.make() }

    @Test func responsiblePartiesBesidesTheMunicipalitiesInRegistryOrder() {
        // TR, GOL, KOM (its members are municipalities), RR and HOL are responsible somewhere.
        #expect(plan.taskWorkbookParties(.responsible).map(\.code) == ["RR", "TR"])
    }

    @Test func allAddsThePartiesOnlyInvolved() {
        // VIKEN is only involved (KM-1); the unregistered «Eige prosjekt» has no code and no workbook.
        #expect(plan.taskWorkbookParties(.all).map(\.code) == ["RR", "VIKEN", "TR"])
    }

    @Test func municipalitiesOnlyGivesNoOtherParty() {
        #expect(plan.taskWorkbookParties(.municipalities).isEmpty)
    }

    @Test func aGroupGetsNoWorkbookButItsNonMunicipalMembersDo() throws {
        var registry = HallingdalRegistry.make()
        registry = registry.adding(
            Party(code: "NETT", name: "Nettverket", kind: .organisation, members: ["KU", "KN"]))
        let action = SamplePlan.action("NK-1", "NK", "Næring", .annual, responsible: ["NETT"])
        let plan = Plan(
            id: "p", title: "p", period: SamplePlan.period, revision: self.plan.revision, registry: registry,
            actions: [action])
        #expect(plan.taskWorkbookParties(.responsible).map(\.code) == ["KU", "KN"])
    }

    func report(_ id: ActionID, _ year: Int, _ party: String, _ status: ActionStatus, _ comment: String)
        throws -> StatusReport
    {
        let date = try #require(CalendarDate(year: 2021, month: 10, day: 1))
        return StatusReport(
            actionID: id, year: year, party: party, status: status, comment: comment, collected: date)
    }

    @Test func previousReportIsTheStatusYearsOrElseTheLatestEarlierOne() throws {
        var plan = plan
        plan.statusReports = [
            try report("NK-2", 2020, "GOL", .done, "gamal"),
            try report("NK-2", 2021, "GOL", .inProgress, "i år"),
            try report("NK-2", 2022, "GOL", .cancelled, "seinare år tel ikkje"),
            try report("KM-2", 2020, "GOL", .postponed, "venta på midlar"),
            try report("KM-2", 2019, "GOL", .notStarted, "eldre"),
            try report("KM-1", 2021, "HOL", .done, "ein annan part"),
            try report("KM-1", 2020, "GOL", .notStarted, "først"),
            try report("KM-1", 2020, "GOL", .inProgress, "sist i planen"),
        ]
        let previous = PreviousReport(plan: plan, party: "GOL")
        #expect(previous.statusText("NK-2", .nynorsk) == "Pågår (2021)")
        #expect(previous.commentText("NK-2") == "i år")
        #expect(previous.statusText("KM-2", .english) == "Postponed (2020)")
        #expect(previous.commentText("KM-2") == "venta på midlar")
        #expect(previous.report("KM-1")?.comment == "sist i planen")
        #expect(previous.statusText("KM-3", .nynorsk) == "")
        #expect(previous.commentText("KM-3") == "")
    }
}
