import Foundation
import Testing
import TiltakModel
import XLSXReader

@testable import TiltakWorkbook

/// The workbooks Tiltak writes read the same row by row as whole: with shared strings (the usual
/// workbook) and with inline strings (constant-memory mode, from 200 000 actions).
@Suite struct StreamingReadTests {
    static func compareEverySheet(_ path: String) throws {
        let document = try open(path)
        for name in document.sheetNames {
            let sheet = try document.sheet(named: name)
            var cells: [CellAddress: XLSXCell] = [:]
            var last = 0
            try document.forEachRow(inSheetNamed: name) { row in
                #expect(row.number > last, "\(name): rows in order")
                last = row.number
                for cell in row.cells {
                    #expect(cell.reference.row == row.number)
                    cells[cell.reference] = cell
                }
            }
            #expect(cells == sheet.cells, "\(name)")
        }
    }

    @Test func theCouncilWorkbookWithSharedStrings() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("hallingdal.xlsx")
        let source = WorkbookSource(path: fixtureSource.path, sha256: fixtureSource.sha256)
        try CouncilWorkbook.write(try hallingdal(), source: source, to: path)
        #expect(try open(path).hasPart("xl/sharedStrings.xml"))
        try Self.compareEverySheet(path)
    }

    @Test func theTiltakSheetWithInlineStrings() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("hallingdal.xlsx")
        let source = WorkbookSource(path: fixtureSource.path, sha256: fixtureSource.sha256)
        try CouncilWorkbook.write(
            try hallingdal(), source: source, to: path, sheets: .tiltak, streaming: true)
        let document = try open(path)
        #expect(
            try document.partText(try #require(document.sheetPartPath(named: "Tiltak"))).contains("inlineStr")
        )
        try Self.compareEverySheet(path)
    }
}
