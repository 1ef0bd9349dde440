import Foundation
import Testing
import TiltakModel
import TiltakRuntime
import XLSXReader

@testable import TiltakWorkbook

/// A table's kept columns show at the end of the Tiltak sheet, under their headers.
@Suite struct ExtraColumnSheetTests {
    let source = WorkbookSource(path: "liten.yaml", sha256: String(repeating: "0", count: 64))

    @Test func keptColumnsFollowTheSheetsOwn() throws {
        var first = smallAction("KM-01")
        first.extras = [
            ExtraColumn(header: "Prioritet", value: "Høg"), ExtraColumn(header: "Kommentar", value: "Styret"),
        ]
        var second = smallAction("KM-02")
        second.extras = [ExtraColumn(header: "Indikator", value: "Tal bedrifter")]
        let plan = smallPlan(actions: [first, second, smallAction("KM-03")])
        let directory = try TemporaryDirectory()
        let path = directory.path("ekstra.xlsx")
        try CouncilWorkbook.write(plan, source: source, to: path)
        let document = try open(path)
        let sheet = try document.sheet(named: "Tiltak")
        let table = try #require(try document.tables(in: sheet).first)
        // The sheet's 15 columns (A–O), then Prioritet, Kommentar (2) and Indikator.
        #expect(table.ref == "A1:R4")
        #expect(sheet.string("P1") == "Prioritet")
        #expect(sheet.string("Q1") == "Kommentar (2)")
        #expect(sheet.string("R1") == "Indikator")
        #expect(sheet.string("P2") == "Høg")
        #expect(sheet.string("Q2") == "Styret")
        #expect(sheet.string("R3") == "Tal bedrifter")
        #expect(sheet.string("P4").isEmpty)
    }
}
