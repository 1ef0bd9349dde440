import Foundation
import Testing
import TiltakLayout
import TiltakModel
import TiltakPlanFiles
import TiltakReturns
import TiltakWorkbook
import XLSXReader

/// The task workbook of a party that is not a municipality (Regionrådet): its `Om` sheet names the
/// party, and what it reports is collected under the party's code; the locked columns of the
/// previous report are shown but never read as a report.
@Suite("Task workbook of another party")
struct PartyTaskWorkbookTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func plan() throws -> Plan {
        try PlanFileReader.read(path: root.appendingPathComponent("Fixtures/hallingdal-2021-2024.yaml").path)
    }

    static func write(_ plan: Plan, party code: String) throws -> (URL, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tiltak-party-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let party = try #require(plan.registry.party(code: code))
        let path = folder.appendingPathComponent(TaskWorkbook.fileName(for: party)).path
        try TaskWorkbook.write(
            plan, party: party, source: WorkbookSource(path: "plan.yaml", sha256: "ab12"), to: path)
        return (folder, path)
    }

    @Test func theOmSheetNamesThePartyAndReportsAreFiledUnderItsCode() throws {
        let plan = try Self.plan()
        let (folder, path) = try Self.write(plan, party: "RR")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(URL(fileURLWithPath: path).lastPathComponent == "Regionrådet for Hallingdal.xlsx")

        let document = try XLSXDocument(url: URL(fileURLWithPath: path))
        let about = try document.sheet(named: "Om")
        let labels = (1...about.maxRow).map { about.cell(row: $0, column: 1)?.string ?? "" }
        #expect(labels.contains("Partskode"))
        #expect(!labels.contains("Kommunekode"))

        var returned = try ReturnedWorkbook.read(path: path)
        #expect(returned.attribution?.municipalityCode == "RR")
        #expect(returned.attribution?.municipalityName == "Regionrådet for Hallingdal")
        let assignments = plan.assignments(for: "RR")
        #expect(returned.rows.count == assignments.count)
        let first = try #require(returned.rows.first)
        returned.rows[0].status = "Fullført"
        returned.rows[0].comment = "Vedteke i rådet"
        let date = try #require(CalendarDate(year: 2021, month: 11, day: 2))
        let result = StatusCollector.collect([returned], into: plan, year: 2021, party: nil, date: date)
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.reports.map(\.report.party) == ["RR"])
        #expect(result.reports.map(\.report.actionID.rawValue) == [first.id])
        #expect(result.reports.first?.report.status == .done)

        // --party must agree with the Om sheet, as for a municipality.
        let wrong = StatusCollector.collect([returned], into: plan, year: 2021, party: "GOL", date: date)
        #expect(!wrong.problems.isEmpty)
    }

    @Test func thePreviousReportIsLockedBesideTheEditableColumnsAndNotCollected() throws {
        var plan = try Self.plan()
        let date = try #require(CalendarDate(year: 2020, month: 11, day: 2))
        let id = try #require(plan.assignments(for: "GOL").first?.action.id)
        plan.statusReports = [
            StatusReport(
                actionID: id, year: 2020, party: "GOL", status: .done, comment: "Ferdig i fjor",
                collected: date)
        ]
        let (folder, path) = try Self.write(plan, party: "GOL")
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = try XLSXDocument(url: URL(fileURLWithPath: path))
        let sheet = try document.sheet(named: "Oppgåver")
        let headerRow = TaskWorkbookLayout.headerRow + 1
        let header = (1...sheet.maxColumn).map { sheet.cell(row: headerRow, column: $0)?.string ?? "" }
        #expect(Array(header.suffix(4)) == ["Status", "Kommentar", "Førre status", "Førre kommentar"])
        let returned = try ReturnedWorkbook.read(path: path)
        let row = try #require(returned.rows.first { $0.id == id.rawValue })
        // The 2021 columns are empty; the 2020 report is shown, locked.
        #expect(row.status.isEmpty)
        #expect(row.protectedCells[.previousStatus] == "Fullført (2020)")
        #expect(row.protectedCells[.previousComment] == "Ferdig i fjor")
        let statusColumn = try #require(header.firstIndex(of: "Status")) + 1
        let previousColumn = try #require(header.firstIndex(of: "Førre status")) + 1
        let status = try #require(sheet.cell(row: row.number, column: statusColumn))
        let previousCell = try #require(sheet.cell(row: row.number, column: previousColumn))
        #expect(document.format(of: status)?.isLocked == false)
        #expect(document.format(of: previousCell)?.isLocked ?? true)
        // Returned as it was, it gives no report: the locked columns are not read as one.
        let result = StatusCollector.collect(
            [returned], into: plan, year: 2021, party: nil, date: date)
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.reports.isEmpty)
    }
}
