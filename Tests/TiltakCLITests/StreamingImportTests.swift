import Foundation
import Testing
import TiltakModel
import TiltakPlanFiles
import TiltakReturns
import XLSXReader

/// `tiltak import` reads the council workbook's Tiltak sheet row by row: no limit on the number of
/// cells applies, and a sheet whose rows come out of order, or whose cells stand in other rows'
/// elements, gives what reading the whole sheet gives.
@Suite("Import a council workbook row by row", .serialized)
struct StreamingImportTests {
    @Test func aWorkbookOverTheCellLimitImports() throws {
        let ws = try CollectWorkspace.make()
        let council = ws.export.appendingPathComponent("hallingdal-2021-2024.xlsx")
        let base = try PlanFileReader.read(path: CollectWorkspace.fixture.path)
        // Read whole, the sheet is over a limit of 100 cells…
        var document = try XLSXDocument(url: council)
        document.cellLimit = 100
        #expect(throws: XLSXReaderError.self) { try document.sheet(named: WorkbookImporter.sheetName) }
        // …and the import, held to the same limit, reads it.
        let result = try WorkbookImporter.importWorkbook(
            path: council.path, base: base, keepingUnchangedCells: true, cellLimit: 100)
        #expect(result.plan.actions == base.actions)
        #expect(result.newIDs.isEmpty && result.changedIDs.isEmpty && result.statusRows == 0)
    }

    /// The Tiltak sheet's part of `workbook`, its rows cut apart: what comes before the first row,
    /// the rows, and what comes after the last.
    static func rows(of workbook: URL) throws -> (
        surgery: PackageSurgery, part: String, head: String, rows: [String], tail: String
    ) {
        let document = try XLSXDocument(url: workbook)
        let part = try #require(document.sheetPartPath(named: WorkbookImporter.sheetName))
        let surgery = try PackageSurgery(workbook)
        let xml = try #require(surgery.text(part))
        let start = try #require(xml.range(of: "<row "))
        let end = try #require(xml.range(of: "</row>", options: .backwards))
        let rows = xml[start.lowerBound..<end.upperBound].components(separatedBy: "</row>").dropLast().map {
            $0 + "</row>"
        }
        return (surgery, part, String(xml[..<start.lowerBound]), rows, String(xml[end.upperBound...]))
    }

    @Test func rowsOutOfOrderImportAsInOrder() throws {
        let ws = try CollectWorkspace.make()
        let council = ws.export.appendingPathComponent("hallingdal-2021-2024.xlsx")
        let base = try PlanFileReader.read(path: CollectWorkspace.fixture.path)
        let expected = try WorkbookImporter.importWorkbook(path: council.path, base: base)
        var (surgery, part, head, rows, tail) = try Self.rows(of: council)
        #expect(rows.count == 70)

        // The rows backwards: the captions come last.
        surgery.replace(part, with: head + rows.reversed().joined() + tail)
        let reversed = ws.folder.appendingPathComponent("baklengs.xlsx")
        try surgery.write(to: reversed)
        let backwards = try WorkbookImporter.importWorkbook(path: reversed.path, base: base)
        #expect(backwards.plan == expected.plan)

        // The cells of rows 3 and 4 in the element of row 2 (each keeps its own address).
        let merged =
            [
                rows[0],
                rows[1].replacingOccurrences(of: "</row>", with: "") + Self.cells(rows[2])
                    + Self.cells(rows[3]) + "</row>",
            ] + rows[4...]
        surgery.replace(part, with: head + merged.joined() + tail)
        let moved = ws.folder.appendingPathComponent("flytta.xlsx")
        try surgery.write(to: moved)
        let result = try WorkbookImporter.importWorkbook(path: moved.path, base: base)
        #expect(result.plan == expected.plan)
        #expect(result.plan.actions.count == 69)
    }

    /// The cells of a `<row>` element, without the row's tags.
    static func cells(_ row: String) -> String {
        guard let open = row.firstIndex(of: ">"), let close = row.range(of: "</row>", options: .backwards)
        else {
            return ""
        }
        return String(row[row.index(after: open)..<close.lowerBound])
    }

    @Test func aSheetWithoutItsCaptionsIsRefusedAsBefore() throws {
        let ws = try CollectWorkspace.make()
        let council = ws.export.appendingPathComponent("hallingdal-2021-2024.xlsx")
        var (surgery, part, head, rows, tail) = try Self.rows(of: council)
        surgery.replace(part, with: head + rows.dropFirst().joined() + tail)
        let headless = ws.folder.appendingPathComponent("utan-overskrift.xlsx")
        try surgery.write(to: headless)
        let out = ws.folder.appendingPathComponent("ny.yaml")
        let result = try TiltakRunner.run(
            ["import", headless.path, "--base", CollectWorkspace.fixture.path, "-o", out.path], in: ws.folder)
        #expect(result.status == 65)
        #expect(
            result.stderr.contains("Arket «Tiltak» manglar kolonne «Tema», «Tiltak»"),
            "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
