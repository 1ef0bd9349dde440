import Foundation
import Testing
import XLSXReader

/// The text reports and the workbooks written by one export tell the same story.
@Suite("Reports agree with workbooks")
struct ReportWorkbookAgreementTests {
    /// Action ids at the start of report lines (`NK-08  Utrede …`), in order.
    func ids(in text: Substring) -> [String] {
        text.split(separator: "\n").compactMap { line in
            let id = line.prefix { !$0.isWhitespace }
            guard id.contains("-"), id.first?.isUppercase == true, id.last?.isNumber == true,
                line.dropFirst(id.count).hasPrefix("  ")
            else { return nil }
            return String(id)
        }
    }

    /// Ids in column A of a sheet that look like action ids.
    func ids(in sheet: XLSXSheet) -> [String] {
        sheet.rows.compactMap { row in
            guard let first = row.first, first.contains("-"), first.last?.isNumber == true,
                first.first?.isUppercase == true
            else { return nil }
            return first
        }
    }

    @Test func unfinancedActionsAndTotalsMatchTheFinansieringSheet() throws {
        let dir = try TiltakRunner.scratch()
        let result = try TiltakRunner.run(["export", "--out", dir.path])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try String(contentsOf: dir.appendingPathComponent("ufinansiert.txt"), encoding: .utf8)
        let main = report.components(separatedBy: "Kostnader for ufinansierte tiltak").first ?? ""
        let reportIDs = ids(in: Substring(main))
        let workbook = try XLSXDocument(url: dir.appendingPathComponent("hallingdal-2021-2024.xlsx"))
        let sheet = try workbook.sheet(named: "Finansiering")
        let sheetIDs = ids(in: sheet)
        #expect(reportIDs.count == 12)
        #expect(Set(reportIDs) == Set(sheetIDs))
        // The overall total over the plan period, as a cached formula value in the sheet.
        let totals = sheet.cells.values.compactMap { cell in cell.isFormula ? cell.number : nil }
        #expect(totals.contains(1_550_000))
        #expect(report.contains("Over planperioden 2021–2024  1 550 000 kr"))
    }

    @Test(arguments: ["Ål", "Gol", "Flå"])
    func municipalityListsMatchTheOppgaverSheet(municipality: String) throws {
        let dir = try TiltakRunner.scratch()
        let result = try TiltakRunner.run(["export", "--out", dir.path])
        #expect(result.status == 0)
        let report = try String(
            contentsOf: dir.appendingPathComponent("kommunar/\(municipality).txt"), encoding: .utf8)
        let workbook = try XLSXDocument(url: dir.appendingPathComponent("kommunar/\(municipality).xlsx"))
        let sheetIDs = ids(in: try workbook.sheet(named: "Oppgåver"))
        #expect(!sheetIDs.isEmpty)
        #expect(Set(ids(in: Substring(report))) == Set(sheetIDs))
    }
}
