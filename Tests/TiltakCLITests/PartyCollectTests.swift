import Foundation
import Testing
import TiltakModel
import TiltakPlanFiles
import XLSXReader

/// The task workbooks of the parties that are not municipalities, end to end: exported into
/// `partar/`, filled in with openpyxl, collected under the party's code; and the next revision's
/// workbooks carry each party's report of the year before in locked columns.
@Suite("Collect from every party's task workbook", .serialized)
struct PartyCollectTests {
    @Test func regionradetReportsThroughItsOwnTaskWorkbook() throws {
        let ws = try CollectWorkspace.make()
        defer { try? FileManager.default.removeItem(at: ws.folder) }
        let workbook = ws.export.appendingPathComponent("partar/Regionrådet for Hallingdal.xlsx")
        #expect(FileManager.default.fileExists(atPath: workbook.path))
        let returned = try ws.edit(
            workbook, to: "rr-svar.xlsx",
            rows: [.init(id: "NK-03", cells: ["Status": "Pågår", "Kommentar": "Søknad sendt"])])
        let result = try ws.collect([returned.path, "--date", "2021-11-02"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("NK-03  2021  Regionrådet for Hallingdal: Pågår"), "\(result.stdout)")
        let plan = try PlanLoader.load(path: ws.plan.path).plan
        let reports = plan.reports(for: "NK-03", year: 2021)
        #expect(reports.map(\.party) == ["RR"])
        #expect(reports.first?.comment == "Søknad sendt")
    }

    @Test func theNextRevisionsWorkbookShowsLastYearsReportLockedAndCollectsNothingFromIt() throws {
        let ws = try CollectWorkspace.make()
        defer { try? FileManager.default.removeItem(at: ws.folder) }
        let gol = try ws.edit(
            ws.taskWorkbook("Gol"), to: "gol-svar.xlsx",
            rows: [.init(id: "KM-03", cells: ["Status": "Fullført", "Kommentar": "Vedteke"])])
        #expect(try ws.collect([gol.path, "--date", "2021-11-02"]).status == 0)
        let next = ws.folder.appendingPathComponent("plan-2022.yaml")
        let revised = try TiltakRunner.run([
            "revise", "--year", "2022", "--plan", ws.plan.path, "-o", next.path,
        ])
        #expect(revised.status == 0, "\(revised.stderr)")
        let out = ws.folder.appendingPathComponent("ut-2022")
        let exported = try TiltakRunner.run(["export", "--plan", next.path, "--out", out.path])
        #expect(exported.status == 0, "\(exported.stderr)")

        let path = out.appendingPathComponent("kommunar/Gol.xlsx")
        let sheet = try XLSXDocument(url: path).sheet(named: "Oppgåver")
        // The header below the title block (row 9).
        let top = try #require((1...sheet.maxRow).first { sheet.cell(row: $0, column: 1)?.string == "ID" })
        #expect(top == 9)
        let header = (1...sheet.maxColumn).map { sheet.cell(row: top, column: $0)?.string ?? "" }
        let row = try #require(
            ((top + 1)...sheet.maxRow).first { sheet.cell(row: $0, column: 1)?.string == "KM-03" })
        func cell(_ caption: String) throws -> String {
            let column = try #require(header.firstIndex(of: caption)) + 1
            return sheet.cell(row: row, column: column)?.string ?? ""
        }
        #expect(try cell("Status") == "")
        #expect(try cell("Førre status") == "Fullført (2021)")
        #expect(try cell("Førre kommentar") == "Vedteke")

        // Sent back untouched, the 2022 workbook gives no report.
        let again = try TiltakRunner.run(
            ["collect", "--plan", next.path, path.path, "--date", "2022-11-02"], in: ws.folder)
        #expect(again.status == 0, "\(again.stderr)")
        let plan = try PlanLoader.load(path: next.path).plan
        #expect(plan.reports(for: "KM-03", year: 2022).isEmpty)
    }
}
