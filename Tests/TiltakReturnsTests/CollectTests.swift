import Foundation
import Testing
import TiltakModel
import TiltakReturns

/// StatusCollector on rows in memory: what stops a collect and what does not.
@Suite("StatusCollector")
struct CollectTests {
    static let plan: Plan = {
        let registry = PartyRegistry(parties: [
            Party(code: "GOL", name: "Gol", kind: .municipality),
            Party(code: "AAL", name: "Ål", kind: .municipality),
            Party(code: "KOM", name: "Kommunane", kind: .municipalityGroup, members: ["GOL", "AAL"]),
        ])
        let action = Action(
            id: "A-01", text: "Eit felles tiltak", focusArea: "A", theme: "T",
            timeframe: Timeframe(text: "2021", kind: .year(2021, part: nil)),
            responsible: PartyCell(text: "Kommunane", parties: [.registered("KOM")]))
        return Plan(
            id: "p", title: "P", period: PlanPeriod(first: 2021, last: 2024),
            revision: Revision(
                date: CalendarDate(year: 2021, month: 4, day: 10) ?? .januaryFirst(2021), label: "R"),
            registry: registry,
            focusAreas: [FocusArea(code: "A", name: "Område", themes: ["T"])], actions: [action])
    }()

    static let date = CalendarDate(year: 2021, month: 10, day: 1) ?? .januaryFirst(2021)

    static func table(_ rows: [(String, String, String)], name: String = "t.csv") -> ReturnedFile {
        ReturnedFile(
            path: name, isWorkbook: false, attribution: nil,
            rows: rows.enumerated().map { index, row in
                ReturnedFile.Row(
                    number: index + 2, id: row.0, status: row.1, comment: row.2, protectedCells: [:])
            })
    }

    @Test func identicalDuplicatesAreOneReport() {
        let result = StatusCollector.collect(
            [Self.table([("A-01", "Pågår", "x")]), Self.table([("A-01", "pagar", "x")], name: "u.csv")],
            into: Self.plan, year: 2021, party: "GOL", date: Self.date)
        #expect(result.canWrite)
        #expect(result.reports.count == 1)
        #expect(result.reports.first?.report.status == .inProgress)
    }

    @Test func differingStatusIsAConflictNamingBothFiles() {
        let result = StatusCollector.collect(
            [Self.table([("A-01", "Pågår", "")]), Self.table([("A-01", "Fullført", "")], name: "u.csv")],
            into: Self.plan, year: 2021, party: "GOL", date: Self.date)
        #expect(!result.canWrite)
        #expect(
            result.conflicts.map { $0.text(.nynorsk) } == [
                "A-01 (2021, GOL): t.csv:2: Pågår  ≠  u.csv:2: Fullført"
            ])
        #expect(result.reports.isEmpty)
    }

    @Test func blankStatusIsNoReportAndACommentAloneIsANote() {
        let result = StatusCollector.collect(
            [Self.table([("A-01", "", "berre tekst")])], into: Self.plan, year: 2021, party: "GOL",
            date: Self.date)
        #expect(result.canWrite)
        #expect(result.reports.isEmpty)
        #expect(
            result.notes.map { $0.text(.nynorsk) } == [
                "t.csv:2: Status: Kommentar utan status vert ikkje teken med."
            ])
    }

    @Test func workbookFromAnotherPartyThanGivenIsRejected() {
        var file = Self.table([("A-01", "Pågår", "")], name: "gol.xlsx")
        file.isWorkbook = true
        file.attribution = .init(
            planID: "p", revisionDate: "2021-04-10", municipalityCode: "GOL", municipalityName: "Gol")
        let result = StatusCollector.collect(
            [file], into: Self.plan, year: 2021, party: "AAL", date: Self.date)
        #expect(
            result.problems.map { $0.text(.nynorsk) } == [
                "gol.xlsx: Om, Kommunekode: Fila er frå Gol (GOL), men --party seier Ål."
            ])
    }

    @Test func changeAgainstThePlan() {
        var plan = Self.plan
        plan.merge([
            StatusReport(
                actionID: "A-01", year: 2021, party: "GOL", status: .inProgress, collected: Self.date)
        ])
        let same = StatusReport(
            actionID: "A-01", year: 2021, party: "GOL", status: .inProgress, collected: Self.date)
        let other = StatusReport(
            actionID: "A-01", year: 2021, party: "AAL", status: .done, collected: Self.date)
        var changed = same
        changed.status = .done
        #expect(StatusCollector.change(of: same, in: plan).0 == .unchanged)
        #expect(StatusCollector.change(of: changed, in: plan).0 == .changed)
        #expect(StatusCollector.change(of: other, in: plan).0 == .new)
    }
}
