import Foundation
import Testing
import TiltakLanguage
import TiltakModel
import XLSXReader

@testable import TiltakWorkbook

/// The council workbook's `Revisjon <år>` and `Innsamling` sheets: the agenda with each party's
/// report, and who has returned.
@Suite struct AgendaSheetTests {
    /// `hallingdalWithReports()` and Ål's cancellation of the shared KM-13.
    static func plan() throws -> Plan {
        var plan = try hallingdalWithReports()
        plan.merge([
            StatusReport(
                actionID: "KM-13", year: 2021, party: "AAL", status: .cancelled, comment: "Ikkje aktuelt",
                collected: CalendarDate(iso: "2021-11-04") ?? .januaryFirst(2021), source: "Ål.xlsx")
        ])
        return plan
    }

    static func workbook(_ plan: Plan, language: Language? = nil, in directory: TemporaryDirectory) throws
        -> XLSXDocument
    {
        let path = directory.path("raad.xlsx")
        try CouncilWorkbook.write(
            plan, source: WorkbookSource(path: "plan.yaml", sha256: "abc"), to: path, language: language)
        return try open(path)
    }

    @Test func agendaSheetHasEachPartysReportBySection() throws {
        let plan = try Self.plan()
        let directory = try TemporaryDirectory()
        let document = try Self.workbook(plan, in: directory)
        #expect(document.sheetNames.suffix(3) == ["Lister", "Revisjon 2021", "Innsamling"])
        let rows = try document.sheet(named: "Revisjon 2021").rows
        #expect(rows[0] == ["Del", "ID", "Tiltak", "Tidsramme", "Ansvar", "Part", "Status", "Kommentar"])
        // The shared KM-13: Ål's cancellation with its reason, then one row for the five
        // municipalities that have not reported.
        let km13 = rows.filter { $0.count > 1 && $0[1] == "KM-13" }
        #expect(km13.count == 2)
        #expect(km13.allSatisfy { $0[0] == "Utsett eller avlyst" })
        #expect(km13.contains { $0[5] == "Ål" && $0[6] == "Avlyst" && $0[7] == "Ikkje aktuelt" })
        #expect(
            km13.filter { $0[6] == "Ikkje rapportert" }.map { $0[5] } == ["Flå, Nesbyen, Gol, Hemsedal, Hol"])
        let km03 = rows.filter { $0.count > 1 && $0[1] == "KM-03" }
        #expect(km03.allSatisfy { $0[0] == "I arbeid" })
        #expect(km03.contains { $0[5] == "Hol" && $0[6] == "Pågår" && $0[7] == "Vedtak i juni" })
        let nk02 = try #require(rows.first { $0.count > 1 && $0[1] == "NK-02" })
        #expect(nk02[0] == "Fullført" && nk02[5] == "Næringsforum" && nk02[7] == "Portalen er oppe")
        // Not reported: one row per action naming its parties, a group for all its members.
        let unreported = rows.filter { $0.first == "Ikkje rapportert" }
        let te01 = unreported.filter { $0[1] == "TE-01" }
        #expect(te01.count == 1)
        #expect(
            te01.first?[5]
                == plan.registry.compactNames(
                    plan.expectedReporters(for: try #require(plan.action(id: "TE-01")))))
        // An action shared by the municipality group names the group, not its six members.
        let km09 = try #require(unreported.first { $0[1] == "KM-09" })
        #expect(km09[5] == "Kommunane i Hallingdal")
        #expect(!unreported.contains { $0[1] == "KM-13" || $0[1] == "KM-03" })
        #expect(rows.count == AgendaSheet.rowCount(rows: AgendaSheet.rows(MeetingAgenda(plan: plan)).count))
    }

    @Test func returnsSheetSaysWhoHasReturned() throws {
        let plan = try Self.plan()
        let directory = try TemporaryDirectory()
        let sheet = try Self.workbook(plan, in: directory).sheet(named: "Innsamling")
        let rows = sheet.rows
        #expect(rows[0] == ["Part", "Levering", "Dato", "Fil", "Rapportar", "Manglar"])
        let ål = try #require(rows.first { $0.first == "Ål" })
        #expect(Array(ål.prefix(5)) == ["Ål", "Levert", "2021-11-04", "Ål.xlsx", "2"])
        let flå = try #require(rows.first { $0.first == "Flå" })
        #expect(flå[1] == "Ikkje levert" && flå[2] == "" && flå[4] == "0")
        let title = try #require(rows.firstIndex { $0.first == "2. Manglande rapportar per part" })
        // One row per party that owes reports, with their ids.
        #expect(rows[title + 1].prefix(3) == ["Part", "Manglar", "ID"])
        let owed = rows[(title + 2)...]
        let flåOwes = try #require(owed.first { $0.first == "Flå" })
        #expect(flåOwes[2].components(separatedBy: ", ").contains("KM-13"))
        #expect(Int(flåOwes[1]) == flåOwes[2].components(separatedBy: ", ").count)
        let ålOwes = try #require(owed.first { $0.first == "Ål" })
        #expect(!ålOwes[2].components(separatedBy: ", ").contains { $0 == "KM-13" || $0 == "KM-03" })
        #expect(sheet.maxRow == ReturnsSheet.rowCount(ReportReturns(plan: plan)))
    }

    @Test func sheetsFollowTheDocumentLanguage() throws {
        let directory = try TemporaryDirectory()
        let document = try Self.workbook(try Self.plan(), language: .english, in: directory)
        #expect(document.sheetNames.suffix(2) == ["Revision 2021", "Returns"])
        let rows = try document.sheet(named: "Revision 2021").rows
        #expect(rows.contains { $0.first == "Postponed or cancelled" && $0[6] == "Cancelled" })
    }

    @Test func aFocusAreaNamedLikeAMeetingSheetGetsAnotherName() throws {
        var plan = try hallingdal()
        plan.focusAreas[0].shortName = "Innsamling"
        plan.focusAreas[1].shortName = "Revisjon 2021"
        let names = CouncilWorkbook.areaSheetNames(plan).map(\.name)
        #expect(names[0] == "Innsamling (2)" && names[1] == "Revisjon 2021 (2)")
        let directory = try TemporaryDirectory()
        #expect(try Self.workbook(plan, in: directory).sheetNames.contains("Innsamling (2)"))
    }
}
