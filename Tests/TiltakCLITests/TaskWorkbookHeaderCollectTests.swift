import Foundation
import Testing
import TiltakModel
import TiltakPlanFiles

/// `tiltak collect` reads task workbooks with the title block (header below it) and workbooks
/// returned from exports before it (header in the first row), and `export --deadline` refuses an
/// impossible date as a usage error, a plan's impossible `revision.deadline` as a data error.
@Suite("Task workbook header, new and old", .serialized)
struct TaskWorkbookHeaderCollectTests {
    typealias Edit = CollectWorkspace.RowEdit

    /// Copies `workbook` to `name` as an export before the title block wrote it: the title block's
    /// rows removed (merged cells first), so the header is the first row.
    static func withoutTitleBlock(_ workbook: URL, to name: String, in ws: CollectWorkspace) throws -> URL {
        let out = ws.folder.appendingPathComponent(name)
        try CollectWorkspace.python(
            """
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            sheet = wb["Oppgåver"]
            for merged in list(sheet.merged_cells.ranges):
                sheet.unmerge_cells(str(merged))
            top = next(r for r in range(1, 30) if sheet.cell(r, 1).value == "ID")
            sheet.delete_rows(1, top - 1)
            assert sheet.cell(1, 1).value == "ID"
            wb.save(sys.argv[2])
            """, workbook.path, out.path)
        return out
    }

    @Test func newAndOldLayoutsAreCollected() throws {
        let ws = try CollectWorkspace.make()
        let gol = try ws.edit(
            ws.taskWorkbook("Gol"), to: "Gol-svar.xlsx",
            rows: [Edit(id: "KM-09", cells: ["Status": "Pågår", "Kommentar": "Pilot i gang"])])
        let old = try Self.withoutTitleBlock(ws.taskWorkbook("Ål"), to: "Ål-gammal.xlsx", in: ws)
        let aal = try ws.edit(
            old, to: "Ål-svar.xlsx",
            rows: [Edit(id: "KM-09", cells: ["Status": "Fullført", "Kommentar": "Vedteke"])])
        let result = try ws.collect([gol.path, aal.path, "--date", "2021-11-02"])
        #expect(result.status == 0, "\(result.stderr)")
        let plan = try PlanLoader.readPlanFile(path: ws.plan.path)
        let reports = plan.reports(for: "KM-09", year: 2021)
        #expect(reports.map(\.party) == ["AAL", "GOL"])
        #expect(reports.first { $0.party == "GOL" }?.status == .inProgress)
        #expect(reports.first { $0.party == "GOL" }?.comment == "Pilot i gang")
        #expect(reports.first { $0.party == "AAL" }?.status == .done)
        #expect(reports.first { $0.party == "AAL" }?.comment == "Vedteke")
    }

    @Test func aChangedProtectedCellIsNamedByItsRowBelowTheTitleBlock() throws {
        let ws = try CollectWorkspace.make()
        let gol = try ws.edit(
            ws.taskWorkbook("Gol"), to: "Gol-svar.xlsx",
            rows: [Edit(id: "KM-09", cells: ["Status": "Pågår", "Tiltak": "Noko anna"])])
        let result = try ws.collect([gol.path, "--date", "2021-11-02"])
        #expect(result.status == 65, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("Tiltak"), "\(result.stderr)")
    }

    @Test func anImpossibleDeadlineOptionIsAUsageError() throws {
        let out = try TiltakRunner.scratch().appendingPathComponent("ut")
        let result = try TiltakRunner.run(["export", "--out", out.path, "--deadline", "2024-02-30"])
        #expect(result.status == 64)
        #expect(
            result.stderr.contains("--deadline: «2024-02-30» er ikkje ein dato som finst"), "\(result.stderr)"
        )
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func anImpossibleDeadlineInThePlanIsADataErrorNamingFileLineAndField() throws {
        let folder = try TiltakRunner.scratch()
        let plan = folder.appendingPathComponent("plan.yaml")
        let text = try String(contentsOf: CollectWorkspace.fixture, encoding: .utf8).replacingOccurrences(
            of: "revision: {date: 2021-04-10, label: Utkast pr. 10. april 2021}",
            with: "revision: {date: 2021-04-10, label: Utkast pr. 10. april 2021, deadline: snart}")
        try text.write(to: plan, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("ut")
        let result = try TiltakRunner.run(["export", "--plan", plan.path, "--out", out.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("plan.yaml:13"), "\(result.stderr)")
        #expect(result.stderr.contains("revision.deadline"), "\(result.stderr)")
        #expect(result.stderr.contains("«snart» er ikkje ein gyldig dato"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
