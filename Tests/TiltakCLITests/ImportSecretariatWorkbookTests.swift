import Foundation
import Testing
import TiltakModel
import TiltakPlanFiles
import XlsxWriter

/// `tiltak import plan.xlsx` for a workbook the secretariat keeps itself, and `--plan plan.xlsx`;
/// a council workbook Tiltak wrote is still read as one.
@Suite("Import a secretariat's own workbook", .serialized)
struct ImportSecretariatWorkbookTests {
    /// A secretariat's workbook in `folder`: a title row, a header on row 3, a section row merged
    /// across, a theme merged down, and `cells` written last (row, column from 0, text).
    static func workbook(
        in folder: URL, sheetName: String = "Tiltak", cells: [(Int, Int, String)] = [], cover: Bool = false
    ) throws -> String {
        let path = folder.appendingPathComponent("vestdalen.xlsx").path
        let workbook = try Workbook(path: path)
        if cover {
            let front = try workbook.addWorksheet(name: "Forside")
            try front.writeString(row: 0, col: 0, "Regional plan for Vestdalen")
        }
        let sheet = try workbook.addWorksheet(name: sheetName)
        try sheet.writeString(row: 0, col: 0, "Regional plan for Vestdalen – handlingsprogram")
        for (column, caption) in ["Nr.", "Tema", "Tiltak", "Ansvarleg", "Frist"].enumerated() {
            try sheet.writeString(row: 2, col: column, caption)
        }
        try sheet.mergeRange(
            CellRange(firstRow: 3, firstCol: 0, lastRow: 3, lastCol: 4), "Satsingsområde 1. Næring og arbeid")
        try sheet.mergeRange(CellRange(firstRow: 4, firstCol: 1, lastRow: 5, lastCol: 1), "Gründerar")
        try sheet.writeString(row: 4, col: 0, "A1")
        try sheet.writeString(row: 4, col: 2, "Opprett eit gründernettverk")
        try sheet.writeString(row: 4, col: 4, "2026")
        try sheet.writeString(row: 5, col: 0, "A2")
        try sheet.writeString(row: 5, col: 2, "Tilby mentorordning for nye bedrifter")
        try sheet.writeString(row: 5, col: 4, "2027")
        for (row, column, text) in cells { try sheet.writeString(row: row, col: column, text) }
        try workbook.close()
        return path
    }

    @Test func aSecretariatsWorkbookImportsEvenWithASheetNamedTiltak() throws {
        let folder = try TiltakRunner.scratch()
        let path = try Self.workbook(in: folder)
        let out = folder.appendingPathComponent("vestdalen.yaml")
        let result = try TiltakRunner.run(["import", path, "-o", out.path], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("2 tiltak i 1 innsatsområde"), "\(result.stdout)")
        let plan = try PlanFileReader.read(path: out.path)
        #expect(plan.focusAreas.map(\.code) == ["1"])
        #expect(plan.focusAreas.map(\.name) == ["Næring og arbeid"])
        #expect(plan.focusAreas.map(\.themes) == [["Gründerar"]])
        #expect(plan.actions.map(\.id.rawValue) == ["A1", "A2"])
        #expect(plan.actions.map(\.theme) == ["Gründerar", "Gründerar"])
    }

    @Test func aCouncilWorkbookIsStillReadAsOneAndAsATableWithSheet() throws {
        let ws = try CollectWorkspace.make()
        let council = ws.export.appendingPathComponent("hallingdal-2021-2024.xlsx")
        // Without a plan file beside it, a council workbook asks for --base, as before.
        let copy = ws.folder.appendingPathComponent("kopi.xlsx")
        try FileManager.default.copyItem(at: council, to: copy)
        let out = ws.folder.appendingPathComponent("ny.yaml")
        let asCouncil = try TiltakRunner.run(["import", copy.path, "-o", out.path], in: ws.folder)
        #expect(asCouncil.status == 64, "\(asCouncil.stdout)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        // Named by --sheet, its Tiltak sheet is read as any table.
        let asTable = try TiltakRunner.run(
            ["import", copy.path, "--sheet", "Tiltak", "-o", out.path], in: ws.folder)
        #expect(asTable.status == 0, "\(asTable.stderr)")
        let base = try PlanFileReader.read(path: CollectWorkspace.fixture.path)
        let plan = try PlanFileReader.read(path: out.path)
        #expect(plan.actions.map(\.id) == base.actions.map(\.id))
        #expect(plan.actions.map(\.text) == base.actions.map(\.text))
    }

    @Test func anUnreadableWorkbookWritesNothing() throws {
        let folder = try TiltakRunner.scratch()
        let path = try Self.workbook(in: folder, cells: [(6, 1, "Gründerar")])
        let out = folder.appendingPathComponent("vestdalen.yaml")
        let result = try TiltakRunner.run(["import", path, "-o", out.path], in: folder)
        #expect(result.status == 65)
        #expect(
            result.stderr.contains(
                "vestdalen.xlsx, ark «Tiltak», rad 7: Tiltak: Rad 7 har ingen tiltakstekst."),
            "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let missing = try TiltakRunner.run(
            ["import", path, "--sheet", "Ark2", "-o", out.path], in: folder)
        #expect(missing.status == 65)
        #expect(
            missing.stderr.contains("Arbeidsboka har ikkje arket «Ark2» (ho har «Tiltak»)."),
            "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func sheetAndFillDownServeEveryCommandsPlan() throws {
        let folder = try TiltakRunner.scratch()
        let path = try Self.workbook(
            in: folder, cells: [(6, 0, "A3"), (6, 2, "Hald eit gründerseminar")], cover: true)
        // The first visible sheet is the cover, which has no header row.
        let cover = try TiltakRunner.run(["list", "--plan", path], in: folder)
        #expect(cover.status == 65)
        #expect(cover.stderr.contains("ark «Forside», rad 1: Fann inga overskriftsrad"), "\(cover.stderr)")
        let result = try TiltakRunner.run(
            ["list", "--plan", path, "--sheet", "Tiltak", "--fill-down", "--format", "tsv"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        // Row 7 is below the merge of B5:B6: its theme comes from --fill-down.
        let row = result.stdout.split(separator: "\n").first { $0.hasPrefix("A3\t") } ?? ""
        #expect(row.contains("\tGründerar\t"), "\(result.stdout)")
    }

    @Test func aWorkbookServesAsThePlanOfList() throws {
        let folder = try TiltakRunner.scratch()
        let path = try Self.workbook(in: folder, sheetName: "Handlingsprogram")
        let result = try TiltakRunner.run(["list", "--plan", path], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Opprett eit gründernettverk"), "\(result.stdout)")
        #expect(result.stdout.contains("A2"), "\(result.stdout)")
    }
}
