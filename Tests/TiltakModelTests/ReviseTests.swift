import Testing
import TiltakModel

/// `PlanRevision.revise` and overdue actions on the sample plan.
@Suite("Plan revision")
struct ReviseTests {
    static func report(_ id: ActionID, _ party: String, _ status: ActionStatus, year: Int = 2021) throws
        -> StatusReport
    {
        StatusReport(
            actionID: id, year: year, party: party, status: status,
            collected: try #require(CalendarDate(year: year, month: 11, day: 1)))
    }

    @Test func advancesDateAndLabel() throws {
        let plan = try SamplePlan.make()
        let result = try PlanRevision.revise(plan, to: 2022)
        #expect(result.plan.revision.date.iso == "2022-04-10")
        #expect(result.plan.revision.label == "Revisjon 2022")
        #expect(result.plan.statusYear == 2022)
        #expect(result.plan.actions.map(\.id) == plan.actions.map(\.id))
        #expect(result.closed.isEmpty)
    }

    @Test func leapDayBecomesJanuaryFirst() throws {
        var plan = try SamplePlan.make()
        plan.revision = Revision(date: try #require(CalendarDate(year: 2020, month: 2, day: 29)), label: "X")
        #expect(try PlanRevision.revise(plan, to: 2021).plan.revision.date.iso == "2021-01-01")
        #expect(try PlanRevision.revise(plan, to: 2024).plan.revision.date.iso == "2024-02-29")
    }

    @Test func yearMustBeLater() throws {
        let plan = try SamplePlan.make()
        #expect(throws: PlanRevision.Failure.yearNotAfter(year: 2021, current: 2021)) {
            try PlanRevision.revise(plan, to: 2021)
        }
        #expect(throws: PlanRevision.Failure.self) { try PlanRevision.revise(plan, to: 2019) }
    }

    @Test func finishedAndCancelledActionsAreClosedAndKept() throws {
        var plan = try SamplePlan.make()
        plan.merge([
            try Self.report("NK-2", "GOL", .done),
            try Self.report("KM-3", "HOL", .cancelled),
            try Self.report("KM-4", "RR", .inProgress),
            try Self.report("NK-10", "GOL", .done),  // one of seven municipalities: not closed
        ])
        let result = try PlanRevision.revise(plan, to: 2022)
        #expect(result.closed == ["KM-3", "NK-2"])
        let closed = result.plan.actions.filter(\.isClosed).map(\.id)
        #expect(Set(closed) == ["KM-3", "NK-2"])
        #expect(result.plan.actions.count == plan.actions.count)
        #expect(result.plan.statusReports == plan.statusReports)
        // Revising again keeps them closed without listing them as newly closed.
        let again = try PlanRevision.revise(result.plan, to: 2023)
        #expect(again.closed.isEmpty)
        #expect(Set(again.plan.actions.filter(\.isClosed).map(\.id)) == ["KM-3", "NK-2"])
    }

    @Test func overdueActions() throws {
        var plan = try SamplePlan.make()
        plan.merge([try Self.report("NK-2", "GOL", .inProgress)])
        #expect(plan.overdueActions().isEmpty)  // nothing ended before 2021
        let result = try PlanRevision.revise(plan, to: 2022)
        // NK-2 (2021) is unfinished; NK-10 (2022) and the span 2022–2023 have not ended.
        #expect(result.overdue.map(\.actionID) == ["NK-2"])
        #expect(
            result.overdue.first?.warning.nn
                == "Tidsramma «2021» gjekk ut i 2021, men tiltaket er ikkje fullført.")
        let later = try PlanRevision.revise(plan, to: 2024)
        // KM-1, KM-3 and NK-10 ended too, but nobody reported on them: not reported, not overdue.
        #expect(later.overdue.map(\.actionID) == ["NK-2"])
        #expect(later.unreported.contains("KM-1") && later.unreported.contains("NK-10"))
        #expect(!later.unreported.contains("NK-2"))
        #expect(later.plan.overdueActions(asOf: 2022).map(\.actionID) == ["NK-2"])
        // Reported unfinished later: overdue, in id order (NK-2 before NK-10).
        plan.merge([try Self.report("NK-10", "GOL", .postponed), try Self.report("KM-1", "GOL", .notStarted)])
        let reported = try PlanRevision.revise(plan, to: 2024)
        #expect(reported.overdue.map(\.actionID) == ["KM-1", "NK-2", "NK-10"])
    }

    @Test func unreportedActionsAreNotOverdue() throws {
        let result = try PlanRevision.revise(try SamplePlan.make(), to: 2024)
        #expect(result.overdue.isEmpty)
        #expect(result.unreported == result.plan.actions.map(\.id).sorted())
    }

    @Test func finishedOrClosedActionsAreNotOverdue() throws {
        var plan = try SamplePlan.make()
        plan.merge([try Self.report("NK-2", "GOL", .done)])
        let result = try PlanRevision.revise(plan, to: 2022)
        #expect(result.overdue.isEmpty)
        // Finished in the latest reported year, without a revision closing it.
        var edited = plan
        edited.revision = Revision(date: result.plan.revision.date, label: "Handredigert")
        #expect(edited.isFinished(try #require(edited.action(id: "NK-2"))))
        #expect(edited.overdueActions().isEmpty)
    }

    @Test func validationWarnsAboutOverdueActions() throws {
        var reported = try SamplePlan.make()
        reported.merge([try Self.report("NK-2", "GOL", .inProgress)])
        let plan = try PlanRevision.revise(reported, to: 2022).plan
        let overdue = PlanValidator.validate(plan).filter { $0.code == "overdue" }
        #expect(overdue.count == 1)
        let issue = try #require(overdue.first)
        #expect(issue.severity == .warning)
        #expect(issue.actionID == "NK-2")
        #expect(issue.field == .timeframe)
        #expect(issue.message == "Tidsramma «2021» gjekk ut i 2021, men tiltaket er ikkje fullført.")
        #expect(!PlanValidator.validate(try SamplePlan.make()).contains { $0.code == "overdue" })
        // Nobody reported on NK-2: not overdue.
        let unreported = try PlanRevision.revise(try SamplePlan.make(), to: 2022).plan
        #expect(!PlanValidator.validate(unreported).contains { $0.code == "overdue" })
    }
}
