import Foundation
import Testing
import TiltakModel
import TiltakPlanFiles
import XLSXReader

/// `tiltak import` reads a council workbook's `Tiltak` sheet only: the `Om planen` sheet before it,
/// edited or not, changes nothing.
@Suite("Import a council workbook with its Om planen sheet", .serialized)
struct ImportAboutPlanSheetTests {
    @Test func theOmPlanenSheetIsIgnored() throws {
        let ws = try CollectWorkspace.make()
        let council = ws.export.appendingPathComponent("hallingdal-2021-2024.xlsx")
        let document = try XLSXDocument(url: council)
        #expect(Array(document.sheetNames.prefix(3)) == ["Oversikt", "Om planen", "Tiltak"])

        // The secretariat changes a figure of the estimate and the goal's first paragraph.
        var surgery = try PackageSurgery(council)
        let part = try #require(document.sheetPartPath(named: "Om planen"))
        let xml = try #require(surgery.text(part))
        #expect(xml.contains("<v>46724</v>"))
        surgery.replace(part, with: xml.replacingOccurrences(of: "<v>46724</v>", with: "<v>1</v>"))
        let strings = try #require(surgery.text("xl/sharedStrings.xml"))
        surgery.replace(
            "xl/sharedStrings.xml",
            with: strings.replacingOccurrences(
                of: "Hallingdal er ein meir attraktiv", with: "Hallingdal er ein endra region"))
        let edited = ws.folder.appendingPathComponent("endra.xlsx")
        try surgery.write(to: edited)

        let base = try PlanFileReader.read(path: CollectWorkspace.fixture.path)
        for workbook in [council, edited] {
            let out = ws.folder.appendingPathComponent("importert-\(workbook.lastPathComponent).yaml")
            let result = try TiltakRunner.run(
                ["import", workbook.path, "--base", CollectWorkspace.fixture.path, "-o", out.path],
                in: ws.folder)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("69 tiltak i 5 innsatsområde"), "\(result.stdout)")
            let imported = try PlanFileReader.read(path: out.path)
            #expect(imported.actions == base.actions)
            #expect(imported.goal == base.goal)
            #expect(imported.partTimeResidents == base.partTimeResidents)
        }
    }
}
