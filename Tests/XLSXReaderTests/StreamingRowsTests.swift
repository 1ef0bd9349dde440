import Foundation
import Testing

@testable import XLSXReader

/// ``XLSXDocument/forEachRow(inSheetNamed:_:)`` gives the cells ``XLSXDocument/sheet(named:)`` gives,
/// row by row, and reads sheets of any number of cells.
@Suite struct StreamingRowsTests {
    /// The cells `forEachRow` hands over for sheet `name` (the last one per address), and the row
    /// numbers in the order given.
    static func streamed(_ document: XLSXDocument, _ name: String) throws -> (
        cells: [CellAddress: XLSXCell], rows: [Int]
    ) {
        var cells: [CellAddress: XLSXCell] = [:]
        var rows: [Int] = []
        try document.forEachRow(inSheetNamed: name) { row in
            rows.append(row.number)
            for cell in row.cells { cells[cell.reference] = cell }
        }
        return (cells, rows)
    }

    @Test func rowsGiveTheCellsOfTheSheet() throws {
        // Shared and inline strings, rich text, numbers, booleans, errors, dates, formulas, shared
        // formulas, rows and cells without numbers, namespace prefixes.
        let document = try XLSXFixture.document()
        for name in document.sheetNames {
            let sheet = try document.sheet(named: name)
            let streamed = try Self.streamed(document, name)
            #expect(streamed.cells == sheet.cells, "\(name)")
            #expect(Set(streamed.rows) == Set(sheet.cells.keys.map(\.row)), "\(name)")
        }
        let rows = try Self.streamed(document, "Tiltak").rows
        #expect(rows == [1, 2, 3, 5, 6, 7, 8])
        // The shared formula's followers are translated, as in the whole sheet.
        let sheet = try document.sheet(named: "Tiltak")
        #expect(sheet.value("A7")?.formula == "A4*2+SUM($B$2:B4)")
    }

    @Test func aSheetOverTheCellLimitIsReadRowByRow() throws {
        var document = try XLSXFixture.document()
        document.cellLimit = 5
        let error = try #require(throws: XLSXReaderError.self) { try document.sheet(named: "Tiltak") }
        #expect(error.reason.hasSuffix("arket har meir enn 5 celler, grensa for kva Tiltak les"))
        var count = 0
        try document.forEachRow(inSheetNamed: "Tiltak") { count += $0.cells.count }
        #expect(count > 5)
    }

    @Test func rowsComeInTheOrderOfTheFileWithTheirOwnCells() throws {
        var parts = XLSXFixture.workbookParts
        parts["xl/worksheets/sheet3.xml"] = """
            <worksheet xmlns="\(XLSXFixture.mainNamespace)"><sheetData>\
            <row r="3"><c r="A3" t="inlineStr"><is><t>c</t></is></c></row>\
            <row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B4"><v>4</v></c>\
            <c r="A1" t="inlineStr"><is><t>a2</t></is></c></row>\
            </sheetData></worksheet>
            """
        let document = try XLSXFixture.document(parts)
        var rows: [XLSXRow] = []
        try document.forEachRow(inSheetNamed: "Lister") { rows.append($0) }
        #expect(rows.map(\.number) == [3, 1])
        #expect(rows[1].cells.map(\.reference.a1) == ["A1", "B4", "A1"])
        #expect(rows[1].cell(column: 1)?.string == "a2")
        #expect(try Self.streamed(document, "Lister").cells == (try document.sheet(named: "Lister")).cells)
    }

    @Test func errorsNameTheFileAndPlace() throws {
        var parts = XLSXFixture.workbookParts
        parts["xl/worksheets/sheet3.xml"] = """
            <worksheet xmlns="\(XLSXFixture.mainNamespace)"><sheetData><row r="1">\
            <c r="A1" t="s"><v>99</v></c></row></sheetData></worksheet>
            """
        let document = try XLSXFixture.document(parts)
        let error = try #require(throws: XLSXReaderError.self) {
            try document.forEachRow(inSheetNamed: "Lister") { _ in }
        }
        #expect(
            error.reason(.nynorsk)
                == "xl/worksheets/sheet3.xml, <c r=\"A1\">: delt tekst nr. 99 finst ikkje (arbeidsboka har 5 delte tekstar)"
        )
        #expect(throws: XLSXReaderError.self) {
            try document.forEachRow(inSheetNamed: "Finst ikkje") { _ in }
        }
    }
}
