import Testing
import TiltakModel

/// `PlanDiff` on hand-made revisions of the sample plan.
@Suite("Plan diff")
struct PlanDiffTests {
    static func date(_ year: Int, _ month: Int = 4, _ day: Int = 10) throws -> CalendarDate {
        try #require(CalendarDate(year: year, month: month, day: day))
    }

    static func report(_ id: ActionID, _ party: String, _ status: ActionStatus, year: Int = 2021) throws
        -> StatusReport
    {
        StatusReport(actionID: id, year: year, party: party, status: status, collected: try date(2021, 11, 1))
    }

    @Test func samePlanHasNoChanges() throws {
        let plan = try SamplePlan.make()
        let diff = PlanDiff(old: plan, new: plan)
        #expect(diff.isEmpty)
        #expect(diff.summary(.nynorsk) == "Ingen endringar")
        #expect(diff.actionIDs.isEmpty)
    }

    @Test func addedRemovedAndMoved() throws {
        let old = try SamplePlan.make()
        var new = old
        new.actions.removeAll { $0.id == "NK-2" }
        new.actions.append(
            SamplePlan.action("KM-5", "KM", "Klima", .year(2023, part: nil), text: "Nytt tiltak"))
        let index = try #require(new.actions.firstIndex { $0.id == "NK-10" })
        new.actions[index].focusArea = "KM"
        new.actions[index].theme = "Klima"
        let diff = PlanDiff(old: old, new: new)
        #expect(
            diff.changes == [
                PlanDiff.Change(.added, "KM-5", .text, old: "", new: "Nytt tiltak"),
                PlanDiff.Change(.removed, "NK-2", .text, old: "Tiltak NK-2", new: ""),
                PlanDiff.Change(
                    .moved, "NK-10", .placement, old: "Næringsliv og kompetanseutvikling / Kompetanse",
                    new: "Klima og miljø / Klima"),
            ])
        #expect(diff.summary(.nynorsk) == "1 nytt, 1 fjerna, 1 flytta")
        #expect(diff.count(.moved) == 1)
    }

    @Test func everyChangedField() throws {
        let old = try SamplePlan.make()
        var new = old
        let index = try #require(new.actions.firstIndex { $0.id == "KM-1" })
        new.actions[index].text = "Ny tekst"
        new.actions[index].timeframe = Timeframe(text: "2024", kind: .year(2024, part: nil))
        new.actions[index].responsible = PartyCell(text: "RR", parties: [.registered("RR")])
        new.actions[index].involved = PartyCell(
            text: "Viken, Nytt lag", parties: [.registered("VIKEN"), .unregistered("Nytt lag")])
        new.actions[index].remark = "Finansiert"
        new.actions[index].financing = Financing(need: .financed)
        new.actions[index].isClosed = true
        let diff = PlanDiff(old: old, new: new)
        let fields = diff.changes.map(\.field)
        #expect(fields == [.text, .timeframe, .responsible, .involved, .financing, .remark, .closed])
        #expect(diff.changes.allSatisfy { $0.kind == .changed && $0.actionID == "KM-1" })
        let byField = Dictionary(uniqueKeysWithValues: diff.changes.map { ($0.field, $0) })
        #expect(byField[.text]?.old == "Tiltak KM-1")
        #expect(byField[.text]?.new == "Ny tekst")
        #expect(byField[.timeframe]?.old == "2022–2023")
        #expect(byField[.timeframe]?.new == "2024")
        #expect(byField[.responsible]?.old == "Regionrådet for Hallingdal, Kommunane i Hallingdal")
        #expect(byField[.responsible]?.new == "Regionrådet for Hallingdal")
        #expect(byField[.involved]?.old == "Viken fylkeskommune, Gol")
        #expect(byField[.involved]?.new == "Viken fylkeskommune, Nytt lag")
        #expect(byField[.financing]?.old == "Kostnad oppgitt, ikkje finansiert, kostnad: 200 000 kr per år")
        #expect(byField[.financing]?.new == "Finansiert")
        #expect(byField[.remark]?.new == "Finansiert")
        #expect(byField[.closed]?.old == "Nei")
        #expect(byField[.closed]?.new == "Ja")
        #expect(diff.summary(.nynorsk) == "1 endra")
    }

    @Test func sameMeaningIsNoChange() throws {
        let old = try SamplePlan.make()
        var new = old
        let index = try #require(new.actions.firstIndex { $0.id == "KM-1" })
        new.actions[index].timeframe = Timeframe(text: "2022 - 2023", kind: .span(from: 2022, to: 2023))
        new.actions[index].responsible.text = "Regionrådet og kommunane"
        #expect(PlanDiff(old: old, new: new).isEmpty)
    }

    @Test func statusChangeThroughReports() throws {
        let old = try SamplePlan.make()
        var new = old
        new.merge([try Self.report("NK-2", "GOL", .done), try Self.report("KM-1", "RR", .inProgress)])
        let diff = PlanDiff(old: old, new: new)
        #expect(
            diff.changes
                == [
                    PlanDiff.Change(
                        .changed, "KM-1", .status, old: "Ikkje rapportert",
                        new: "Pågår (0 av 7 fullført, 6 ikkje rapportert)"),
                    PlanDiff.Change(
                        .changed, "KM-1", .report, old: "", new: "Pågår",
                        report: PlanDiff.ReportKey(year: 2021, party: "RR")),
                    PlanDiff.Change(.changed, "NK-2", .status, old: "Ikkje rapportert", new: "Fullført"),
                    PlanDiff.Change(
                        .changed, "NK-2", .report, old: "", new: "Fullført",
                        report: PlanDiff.ReportKey(year: 2021, party: "GOL")),
                ])
        let registry = new.registry
        #expect(
            diff.changes[1].label(.nynorsk, registry: registry) == "Rapport 2021, Regionrådet for Hallingdal")
        #expect(diff.changes[0].label(.english, registry: registry) == "Status")
    }

    @Test func reportsAndCommentsThatChangedAreChangesOfTheirOwn() throws {
        var old = try SamplePlan.make()
        old.merge([
            StatusReport(
                actionID: "KM-1", year: 2021, party: "GOL", status: .inProgress, comment: "Vedtak i juni",
                collected: try Self.date(2021, 6, 1)),
            try Self.report("KM-1", "RR", .inProgress),
            try Self.report("KM-1", "HOL", .postponed),
        ])
        var new = old
        new.merge([
            // Only the comment changes.
            StatusReport(
                actionID: "KM-1", year: 2021, party: "GOL", status: .inProgress, comment: "Vedteke\ni juni",
                collected: try Self.date(2021, 11, 1)),
            // Collected again, same status and comment: no change.
            StatusReport(
                actionID: "KM-1", year: 2021, party: "RR", status: .inProgress,
                collected: try Self.date(2021, 12, 1)),
        ])
        new.statusReports.removeAll { $0.party == "HOL" }
        let diff = PlanDiff(old: old, new: new)
        let reports = diff.changes.filter { $0.field == .report }
        // In the order of the parties expected to report: RR, then the municipalities.
        #expect(
            reports == [
                PlanDiff.Change(
                    .changed, "KM-1", .report, old: "Pågår – Vedtak i juni", new: "Pågår – Vedteke i juni",
                    report: PlanDiff.ReportKey(year: 2021, party: "GOL")),
                PlanDiff.Change(
                    .changed, "KM-1", .report, old: "Utsett", new: "",
                    report: PlanDiff.ReportKey(year: 2021, party: "HOL")),
            ])
    }

    @Test func statusIsReadInEachPlansYear() throws {
        var old = try SamplePlan.make()
        old.merge([try Self.report("NK-2", "GOL", .inProgress)])
        var new = old
        new.revision = Revision(date: try Self.date(2022), label: "Revisjon 2022")
        new.merge([try Self.report("NK-2", "GOL", .done, year: 2022)])
        let diff = PlanDiff(old: old, new: new)
        #expect(
            diff.changes == [
                PlanDiff.Change(.changed, "NK-2", .status, old: "Pågår", new: "Fullført"),
                PlanDiff.Change(
                    .changed, "NK-2", .report, old: "", new: "Fullført",
                    report: PlanDiff.ReportKey(year: 2022, party: "GOL")),
            ])
    }

    @Test func orderIsByIDThenKindThenField() throws {
        let old = try SamplePlan.make()
        var new = old
        for index in new.actions.indices {
            new.actions[index].remark = "Endra"
            new.actions[index].text += "!"
        }
        let diff = PlanDiff(old: old, new: new)
        let ids = diff.changes.map(\.actionID)
        #expect(ids == ids.sorted())
        #expect(diff.actionIDs == ["KM-1", "KM-2", "KM-3", "KM-4", "NK-1", "NK-2", "NK-10"])
        #expect(diff.changes.prefix(2).map(\.field) == [.text, .remark])
    }
}
