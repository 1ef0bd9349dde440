import Testing

@testable import TiltakModel

/// The revision meeting's agenda sorts every open action by what its parties reported, and the
/// returns say who has reported and what each party still owes.
@Suite struct MeetingAgendaTests {
    static let day = CalendarDate(iso: "2021-11-01") ?? .januaryFirst(2021)

    static func report(
        _ id: ActionID, _ party: String, _ status: ActionStatus, year: Int = 2021, comment: String = "",
        source: String? = nil, on date: CalendarDate = day
    ) -> StatusReport {
        StatusReport(
            actionID: id, year: year, party: party, status: status, comment: comment, collected: date,
            source: source)
    }

    /// NK-10 and KM-2 are shared by the six municipalities (`KOM`); KM-1 by RR and the six.
    static func plan(_ reports: [StatusReport]) throws -> Plan {
        var plan = try SamplePlan.make()
        plan.merge(reports)
        return plan
    }

    @Test func withoutReportsEveryOpenActionIsNotReportedByParty() throws {
        let agenda = MeetingAgenda(plan: try Self.plan([]))
        #expect(agenda.year == 2021)
        #expect(
            agenda.actions(.notReported).map(\.id.rawValue) == [
                "KM-1", "KM-2", "KM-3", "KM-4", "NK-1", "NK-2", "NK-10",
            ])
        for section: MeetingAgenda.Section in [.finished, .inProgress, .postponedOrCancelled, .overdue] {
            #expect(agenda.actions(section).isEmpty, "\(section)")
        }
        let groups = agenda.notReportedByParty()
        // Registry order: RR first, then the municipalities, then the companies.
        #expect(groups.map(\.party) == ["RR", "FLA", "NES", "GOL", "HEM", "AAL", "HOL", "TR"])
        #expect(groups[0].actions.map(\.id.rawValue) == ["KM-1", "KM-4"])
        // Hol is responsible through the municipality group, or involved (NK-1).
        #expect(
            groups.first { $0.party == "HOL" }?.actions.map(\.id.rawValue) == [
                "KM-1", "KM-2", "KM-3", "NK-1", "NK-10",
            ])
        // Unknown timeframes are to be settled.
        #expect(agenda.actions(.toSettle).map(\.id.rawValue) == ["KM-2", "KM-4"])
    }

    @Test func aSingleCancellationAmongUnreportedPartiesIsShown() throws {
        let agenda = MeetingAgenda(
            plan: try Self.plan([Self.report("NK-10", "AAL", .cancelled, comment: "Ikkje aktuelt")]))
        #expect(agenda.actions(.postponedOrCancelled).map(\.id.rawValue) == ["NK-10"])
        #expect(!agenda.actions(.notReported).contains { $0.id == "NK-10" })
        let action = try #require(agenda.plan.action(id: "NK-10"))
        let entries = agenda.entries(action)
        #expect(entries.map(\.party) == ["FLA", "NES", "GOL", "HEM", "AAL", "HOL"])
        #expect(entries[4].report?.status == .cancelled && entries[4].report?.comment == "Ikkje aktuelt")
        #expect(entries.filter { $0.report == nil }.count == 5)
    }

    @Test func finishedOnlyWhenEveryExpectedPartyIsDone() throws {
        let municipalities = ["FLA", "NES", "GOL", "HEM", "AAL", "HOL"]
        var reports = municipalities.map { Self.report("NK-10", $0, .done) }
        reports += municipalities.dropLast().map { Self.report("KM-2", $0, .done) }
        reports.append(Self.report("NK-2", "GOL", .notStarted))
        reports.append(Self.report("KM-3", "HOL", .postponed, comment: "Ventar på midlar"))
        let agenda = MeetingAgenda(plan: try Self.plan(reports))
        #expect(agenda.actions(.finished).map(\.id.rawValue) == ["NK-10"])
        // Five of six done, Hol not reported: under way, not finished.
        #expect(agenda.actions(.inProgress).map(\.id.rawValue) == ["KM-2", "NK-2"])
        #expect(agenda.actions(.postponedOrCancelled).map(\.id.rawValue) == ["KM-3"])
    }

    @Test func overdueMeansReportedUnfinishedAfterTheTimeframe() throws {
        // In 2022: NK-2 (2021) reported in progress is overdue; KM-3 (2023) in progress is not; NK-10
        // (2022) is not past; an action of 2021 nobody reported on for 2022 is not overdue.
        var plan = try Self.plan([
            Self.report("NK-2", "GOL", .inProgress, year: 2022),
            Self.report("KM-3", "HOL", .inProgress, year: 2022),
        ])
        plan.actions.append(
            SamplePlan.action("NK-3", "NK", "Næring", .year(2021, part: nil), responsible: ["GOL"]))
        let agenda = MeetingAgenda(plan: plan, year: 2022)
        #expect(agenda.actions(.overdue).map(\.id.rawValue) == ["NK-2"])
        #expect(agenda.overdueEnd(of: try #require(plan.action(id: "NK-2"))) == 2021)
        #expect(agenda.overdueEnd(of: try #require(plan.action(id: "NK-3"))) == nil)
        #expect(agenda.actions(.notReported).contains { $0.id == "NK-3" })
        // Done after the timeframe is not overdue.
        let done = MeetingAgenda(
            plan: try Self.plan([Self.report("NK-2", "GOL", .done, year: 2022)]), year: 2022)
        #expect(done.actions(.overdue).isEmpty)
        // After a revision, last year's unfinished report still makes it overdue; this year's report wins.
        let lastYear = MeetingAgenda(
            plan: try Self.plan([Self.report("NK-2", "GOL", .inProgress)]), year: 2022)
        #expect(lastYear.actions(.overdue).map(\.id.rawValue) == ["NK-2"])
        #expect(lastYear.actions(.notReported).contains { $0.id == "NK-2" })
        let nk2 = try #require(lastYear.plan.action(id: "NK-2"))
        #expect(lastYear.latestEntries(nk2).map(\.report?.year) == [2021])
        let finished = MeetingAgenda(
            plan: try Self.plan([
                Self.report("NK-2", "GOL", .inProgress), Self.report("NK-2", "GOL", .done, year: 2022),
            ]), year: 2022)
        #expect(finished.actions(.overdue).isEmpty)
    }

    @Test func closedActionsAreLeftOut() throws {
        var plan = try Self.plan([])
        plan.actions[1].isClosed = true
        let agenda = MeetingAgenda(plan: plan)
        #expect(!MeetingAgenda.Section.allCases.contains { agenda.actions($0).contains { $0.id == "NK-2" } })
    }

    @Test func returnsSayWhoHasReturnedAndWhatIsOwed() throws {
        let later = CalendarDate(iso: "2021-11-05") ?? .januaryFirst(2021)
        let plan = try Self.plan([
            Self.report("NK-2", "GOL", .done, source: "Gol.xlsx"),
            Self.report("NK-10", "GOL", .inProgress, source: "gol-tillegg.csv", on: later),
            Self.report("KM-1", "RR", .inProgress, source: "rr.csv"),
            // Another year does not count.
            Self.report("KM-2", "GOL", .done, year: 2022, source: "Gol-2022.xlsx"),
        ])
        let returns = ReportReturns(plan: plan)
        #expect(returns.year == 2021)
        #expect(returns.entries.map(\.party) == ["RR", "FLA", "NES", "GOL", "HEM", "AAL", "HOL", "TR"])
        let gol = try #require(returns.entries.first { $0.party == "GOL" })
        #expect(gol.hasReturned && gol.reports == 2 && gol.lastCollected == later)
        #expect(gol.files == ["Gol.xlsx", "gol-tillegg.csv"])
        #expect(gol.missing.map(\.id.rawValue) == ["KM-1", "KM-2", "NK-1"])
        let rr = try #require(returns.entries.first { $0.party == "RR" })
        #expect(rr.reports == 1 && rr.missing.map(\.id.rawValue) == ["KM-4"])
        let flå = try #require(returns.entries.first { $0.party == "FLA" })
        #expect(!flå.hasReturned && flå.lastCollected == nil && flå.files.isEmpty)
        #expect(flå.missing.map(\.id.rawValue) == ["KM-1", "KM-2", "NK-1", "NK-10"])
        #expect(returns.returned.map(\.party) == ["RR", "GOL"])
    }

    @Test func aPartyNotExpectedThatReportedIsListed() throws {
        let returns = ReportReturns(plan: try Self.plan([Self.report("NK-1", "NF", .done, source: "nf.csv")]))
        let nf = try #require(returns.entries.first { $0.party == "NF" })
        #expect(nf.reports == 1 && nf.missing.isEmpty)
    }
}
