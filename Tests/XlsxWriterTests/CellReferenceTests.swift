import Testing
import XlsxWriter

@Suite struct CellReferenceTests {
    @Test(arguments: [
        (0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA"), (16_383, "XFD"),
    ])
    func columnLetters(col: Int, letters: String) throws {
        #expect(try CellReference.columnLetters(col) == letters)
    }

    @Test func a1References() throws {
        #expect(try CellReference.a1(row: 2, col: 1) == "B3")
        #expect(try CellReference.a1(row: 2, col: 1, absolute: true) == "$B$3")
        #expect(try CellReference.a1(row: 1_048_575, col: 16_383) == "XFD1048576")
    }

    @Test func ranges() throws {
        #expect(try CellReference.range(firstRow: 0, firstCol: 0, lastRow: 69, lastCol: 14) == "A1:O70")
        #expect(
            try CellReference.range(firstRow: 1, firstCol: 0, lastRow: 5, lastCol: 0, absolute: true)
                == "$A$2:$A$6")
        #expect(try CellReference.range(CellRange(row: 3, col: 3)) == "D4")
        #expect(throws: XlsxError.self) {
            try CellReference.range(firstRow: 5, firstCol: 0, lastRow: 1, lastCol: 0)
        }
    }

    @Test func outOfGridThrowsInsteadOfTrapping() {
        for (row, col) in [(-1, 0), (0, -1), (1_048_576, 0), (0, 16_384)] {
            #expect {
                try CellReference.a1(row: row, col: col)
            } throws: { error in
                (error as? XlsxError)?.code == .worksheetIndexOutOfRange
            }
        }
    }

    @Test func sheetNameQuoting() {
        #expect(CellReference.quotedSheetName("Oversikt") == "Oversikt")
        #expect(CellReference.quotedSheetName("Data_2024.v2") == "Data_2024.v2")
        #expect(CellReference.quotedSheetName("Sheet name") == "'Sheet name'")
        #expect(CellReference.quotedSheetName("Bob's data") == "'Bob''s data'")
        #expect(CellReference.quotedSheetName("Økonomi") == "'Økonomi'")
        #expect(CellReference.quotedSheetName("2024") == "'2024'")
        #expect(CellReference.quotedSheetName("A1") == "'A1'")
        #expect(CellReference.quotedSheetName("XFD10") == "'XFD10'")
        #expect(CellReference.quotedSheetName("R1C1") == "'R1C1'")
        #expect(CellReference.quotedSheetName("RC") == "'RC'")
        #expect(CellReference.quotedSheetName("Rapport") == "Rapport")
        #expect(CellReference.quotedSheetName("ABCD1") == "ABCD1")
        #expect(CellReference.quotedSheetName("true") == "'true'")
    }

    @Test func qualifiedFormulas() throws {
        #expect(CellReference.qualified(sheet: "Sheet name", "$A$2:$A$6") == "'Sheet name'!$A$2:$A$6")
        let range = CellRange(firstRow: 1, firstCol: 0, lastRow: 5, lastCol: 0)
        #expect(try CellReference.formula(sheet: "Oversikt", range) == "=Oversikt!$A$2:$A$6")
    }
}
