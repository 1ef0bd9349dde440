import Foundation
import Testing
import TiltakModel
import TiltakPlanFiles
import TiltakReturns

/// `tiltak import WORKBOOK.xlsx`: the council workbook's Tiltak sheet back into a plan.
///
/// "The same actions" means: the same ids in the same order, and for each the same text, focus
/// area, theme, timeframe as written, responsible and involved parties, remark and financing.
@Suite("Import a council workbook", .serialized)
struct ImportWorkbookTests {
    static func sameActions(_ a: Plan, _ b: Plan) {
        #expect(a.actions.map(\.id) == b.actions.map(\.id))
        for (x, y) in zip(a.actions, b.actions) {
            #expect(x.text == y.text, "\(x.id) text")
            #expect(x.focusArea == y.focusArea, "\(x.id) area")
            #expect(x.theme == y.theme, "\(x.id) theme")
            #expect(x.timeframe.text == y.timeframe.text, "\(x.id) timeframe")
            #expect(x.responsible.parties == y.responsible.parties, "\(x.id) responsible")
            #expect(x.involved.parties == y.involved.parties, "\(x.id) involved")
            #expect(x.remark == y.remark, "\(x.id) remark")
            #expect(x.financing == y.financing, "\(x.id) financing")
        }
        #expect(a.focusAreas.map(\.code) == b.focusAreas.map(\.code))
        #expect(a.focusAreas.map(\.themes) == b.focusAreas.map(\.themes))
    }

    @Test func exportThenImportGivesTheSameActions() throws {
        let ws = try CollectWorkspace.make()
        let council = ws.export.appendingPathComponent("hallingdal-2021-2024.xlsx")
        let out = ws.folder.appendingPathComponent("importert.yaml")
        let result = try TiltakRunner.run(
            ["import", council.path, "--base", CollectWorkspace.fixture.path, "-o", out.path], in: ws.folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("69 tiltak i 5 innsatsområde"), "\(result.stdout)")
        #expect(!result.stdout.contains("endra:"))
        let base = try PlanFileReader.read(path: CollectWorkspace.fixture.path)
        let imported = try PlanFileReader.read(path: out.path)
        Self.sameActions(imported, base)
        // Unedited rows keep the base's raw cells and readings: the very same actions.
        #expect(imported.actions == base.actions)
        #expect(imported.id == base.id && imported.revision == base.revision)
    }

    @Test func cellsReadAfreshFromTheSheetGiveTheSameActions() throws {
        // The display names in Ansvar and Involvert resolve to the same parties, and the remarks
        // to the same financing, without help from the base's raw cells.
        let ws = try CollectWorkspace.make()
        let council = ws.export.appendingPathComponent("hallingdal-2021-2024.xlsx")
        let base = try PlanFileReader.read(path: CollectWorkspace.fixture.path)
        let result = try WorkbookImporter.importWorkbook(
            path: council.path, base: base, keepingUnchangedCells: false)
        Self.sameActions(result.plan, base)
    }

    /// A council workbook written in bokmål or English (sheet `Tiltak` or `Actions`, captions in
    /// its language) is read back as the same actions.
    @Test(arguments: ["nb", "en"])
    func workbooksInBokmalAndEnglishGiveTheSameActions(language: String) throws {
        let ws = try CollectWorkspace.make(language: language)
        let council = ws.export.appendingPathComponent("hallingdal-2021-2024.xlsx")
        let base = try PlanFileReader.read(path: CollectWorkspace.fixture.path)
        let afresh = try WorkbookImporter.importWorkbook(
            path: council.path, base: base, keepingUnchangedCells: false)
        Self.sameActions(afresh.plan, base)
        let out = ws.folder.appendingPathComponent("importert.yaml")
        let result = try TiltakRunner.run(
            ["import", council.path, "--base", CollectWorkspace.fixture.path, "-o", out.path], in: ws.folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try PlanFileReader.read(path: out.path).actions == base.actions)
    }

    @Test func editedWorkbookWithAnAddedRowGetsANewID() throws {
        let ws = try CollectWorkspace.make()
        let council = ws.export.appendingPathComponent("hallingdal-2021-2024.xlsx")
        let edited = try ws.edit(
            council, to: "hallingdal-2021-2024.xlsx",
            rows: [
                CollectWorkspace.RowEdit(
                    id: "KM-09", cells: ["Tiltak": "Innføre klimabudsjett i kvar kommune innan 2023"]),
                CollectWorkspace.RowEdit(
                    id: "",
                    cells: [
                        "Innsatsområde": "Klima og miljø", "Tema": "Ein grønare dal (organisering)",
                        "Tiltak": "Felles klimarekneskap for regionen", "Tidsramme": "2023",
                        "Ansvar": "Regionrådet for Hallingdal, Gol", "Merknad": "Krev finansiering",
                    ]),
            ])
        // No --base: the plan file beside the workbook with the same name is used.
        try FileManager.default.copyItem(
            at: CollectWorkspace.fixture, to: ws.folder.appendingPathComponent("hallingdal-2021-2024.yaml"))
        let out = ws.folder.appendingPathComponent("ny.yaml")
        let result = try TiltakRunner.run(["import", edited.path, "-o", out.path], in: ws.folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("nye tiltak: KM-14"), "\(result.stdout)")
        #expect(result.stdout.contains("endra: KM-09"))
        let plan = try PlanFileReader.read(path: out.path)
        #expect(plan.actions.count == 70)
        let added = try #require(plan.action(id: "KM-14"))
        #expect(added.text == "Felles klimarekneskap for regionen")
        #expect(added.focusArea == "KM")
        #expect(added.theme == "Ein grønare dal (organisering)")
        #expect(added.responsible.parties == [.registered("RR"), .registered("GOL")])
        #expect(added.timeframe.text == "2023")
        #expect(added.isUnfinanced)
        let changed = try #require(plan.action(id: "KM-09"))
        #expect(changed.text == "Innføre klimabudsjett i kvar kommune innan 2023")
        let base = try PlanFileReader.read(path: CollectWorkspace.fixture.path)
        let old = try #require(base.action(id: "KM-09"))
        // Cells not edited keep their raw text.
        #expect(changed.responsible == old.responsible)
        #expect(changed.remark == old.remark)
    }

    @Test func workbookWithoutTiltakSheetIsRejected() throws {
        let ws = try CollectWorkspace.make()
        let out = ws.folder.appendingPathComponent("ny.yaml")
        let result = try TiltakRunner.run(
            ["import", ws.taskWorkbook("Gol").path, "--base", CollectWorkspace.fixture.path, "-o", out.path],
            in: ws.folder)
        #expect(result.status == 65)
        #expect(result.stderr.contains("Arbeidsboka har ikkje arket «Tiltak»"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
