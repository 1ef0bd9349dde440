import Foundation
import Testing
import TiltakLanguage
import ZIPFoundation

@testable import XLSXReader

/// Builds small XLSX packages part by part, as Excel and LibreOffice would write them.
enum XLSXFixture {
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A ZIP archive holding `parts` (name → XML text).
    static func archive(_ parts: [String: String]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    /// The parts of a three-sheet workbook exercising what Excel and LibreOffice write.
    static var workbookParts: [String: String] {
        [
            "[Content_Types].xml": """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="xml" ContentType="application/xml"/></Types>
            """,
            "_rels/.rels": """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="\(packageRelationshipNamespace)">\
            <Relationship Id="rId1" Type="\(relationshipType)/officeDocument" Target="/xl/workbook.xml"/>\
            </Relationships>
            """,
            "xl/workbook.xml": """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="\(mainNamespace)" xmlns:r="\(relationshipNamespace)">
            <workbookPr/>
            <sheets>
            <sheet name="Tiltak" sheetId="1" r:id="rId1"/>
            <sheet name="Skjult" sheetId="2" state="hidden" r:id="rId2"/>
            <sheet name="Lister" sheetId="3" r:id="rId3"/>
            </sheets>
            <definedNames>
            <definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Tiltak!$A$1:$D$8</definedName>
            <definedName name="Svar">Lister!$A$1:$A$3</definedName>
            </definedNames>
            </workbook>
            """,
            "xl/_rels/workbook.xml.rels": """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="\(packageRelationshipNamespace)">
            <Relationship Id="rId1" Type="\(relationshipType)/worksheet" Target="worksheets/sheet1.xml"/>
            <Relationship Id="rId2" Type="\(relationshipType)/worksheet" Target="/xl/worksheets/sheet2.xml"/>
            <Relationship Id="rId3" Type="\(relationshipType)/worksheet" Target="./worksheets/../worksheets/sheet3.xml"/>
            <Relationship Id="rId4" Type="\(relationshipType)/sharedStrings" Target="sharedStrings.xml"/>
            <Relationship Id="rId5" Type="\(relationshipType)/styles" Target="styles.xml"/>
            </Relationships>
            """,
            "xl/sharedStrings.xml": """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="\(mainNamespace)" count="5" uniqueCount="5">\
            <si><t>Nr</t></si>\
            <si><r><rPr><b/></rPr><t>Nærings</t></r><r><t xml:space="preserve">liv og </t></r><r><t>reiseliv</t></r></si>\
            <si><t xml:space="preserve">  innrykk  </t></si>\
            <si><t>日本</t><rPh sb="0" eb="2"><t>にほん</t></rPh></si>\
            <si><t>Linje 1_x000D_
            Linje 2 &amp; A_x005F_x0041_</t></si>\
            </sst>
            """,
            "xl/styles.xml": """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="\(mainNamespace)">
            <numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/></numFmts>
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
            <font><b/><sz val="11"/><color rgb="FF1F4E78"/><name val="Calibri"/></font></fonts>
            <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
            <fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill></fills>
            <cellXfs count="5">
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" applyFont="1"/>
            <xf numFmtId="0" fontId="0" fillId="2" borderId="0" applyFill="1" applyProtection="1">\
            <alignment wrapText="1" vertical="top"/><protection locked="0"/></xf>
            <xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>
            <xf numFmtId="4" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>
            </cellXfs>
            </styleSheet>
            """,
            "xl/worksheets/sheet1.xml": """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="\(mainNamespace)" xmlns:r="\(relationshipNamespace)" \
            xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" \
            xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">
            <sheetPr><tabColor rgb="FF00B050"/></sheetPr>
            <dimension ref="A1:E8"/>
            <sheetViews><sheetView workbookViewId="0">\
            <pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/></sheetView></sheetViews>
            <cols><col min="2" max="2" width="40.7109375" customWidth="1"/><col min="6" max="7" width="9" hidden="1"/></cols>
            <sheetData>
            <row r="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="1" t="s"><v>1</v></c>\
            <c r="C1" t="inlineStr"><is><t>Ansvar</t></is></c>\
            <c r="D1" t="inlineStr"><is><r><rPr><i/></rPr><t>Sta</t></r><r><t>tus</t></r></is></c></row>
            <row r="2" ht="30" customHeight="1"><c r="A2"><v>1</v></c><c r="B2" t="str"><f>"Tiltak "&amp;A2</f><v>Tiltak 1</v></c>\
            <c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#N/A</v></c><c r="E2" s="3"><v>45717</v></c></row>
            <row><c><v>2.5</v></c><c t="s"><v>2</v></c><c s="2"/><c t="b"><v>0</v></c><c s="4"><v>1234567.5</v></c></row>
            <row r="5" hidden="1" outlineLevel="1"><c r="A5"><f t="shared" ref="A5:A7" si="0">A2*2+SUM($B$2:B2)</f><v>2</v></c>\
            <c r="B5" t="s"><v>3</v></c><c r="C5" t="s"><v>4</v></c></row>
            <row r="6" outlineLevel="2"><c r="A6"><f t="shared" si="0"/><v>5</v></c></row>
            <row r="7" outlineLevel="2"><c r="A7"><f t="shared" si="0"/><v>0</v></c></row>
            <row r="8"><c r="B8"><f>SUM(A2:A7)</f></c><c r="C8"><f t="array" ref="C8">MAX(A2:A7*2)</f><v>10</v></c></row>
            </sheetData>
            <sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0"/>
            <autoFilter ref="A1:D8"/>
            <mergeCells count="1"><mergeCell ref="A10:D10"/></mergeCells>
            <dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" sqref="C2:C100 E2:E3">\
            <formula1>"Ja,Nei"</formula1></dataValidation></dataValidations>
            <hyperlinks><hyperlink ref="B2" r:id="rId2"/><hyperlink ref="C2" location="'Lister'!A1" display="Lister"/></hyperlinks>
            <pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>
            <pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>
            <tableParts count="1"><tablePart r:id="rId1"/></tableParts>
            <extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations count="1" \
            xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">\
            <x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Lister!$A$1:$A$3</xm:f></x14:formula1>\
            <xm:sqref>D2:D100</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>
            </worksheet>
            """,
            "xl/worksheets/_rels/sheet1.xml.rels": """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="\(packageRelationshipNamespace)">
            <Relationship Id="rId1" Type="\(relationshipType)/table" Target="../tables/table1.xml"/>
            <Relationship Id="rId2" Type="\(relationshipType)/hyperlink" Target="https://hallingdal.no/tiltak" \
            TargetMode="External"/>
            </Relationships>
            """,
            "xl/tables/table1.xml": """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <table xmlns="\(mainNamespace)" id="1" name="Table1" displayName="Tiltaksliste" ref="A1:D8" \
            totalsRowShown="0"><autoFilter ref="A1:D8"/><tableColumns count="4">\
            <tableColumn id="1" name="Nr"/><tableColumn id="2" name="Tiltak_x000a_namn"/>\
            <tableColumn id="3" name="Ansvar"/><tableColumn id="4" name="Status"/></tableColumns>\
            <tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" \
            showColumnStripes="0"/></table>
            """,
            "xl/worksheets/sheet2.xml": """
            <?xml version="1.0" encoding="UTF-8"?>
            <x:worksheet xmlns:x="\(mainNamespace)"><x:sheetData><x:row r="1">\
            <x:c r="A1" t="inlineStr"><x:is><x:t>Hemmeleg</x:t></x:is></x:c><x:c r="B1"><x:v>3.0</x:v></x:c>\
            </x:row></x:sheetData></x:worksheet>
            """,
            "xl/worksheets/sheet3.xml": """
            <?xml version="1.0" encoding="UTF-8"?>
            <worksheet xmlns="\(mainNamespace)"><sheetData>\
            <row r="1" spans="1:1"><c r="A1" s="0" t="inlineStr"><is><t>Ja</t></is></c></row>\
            <row r="2" spans="1:1"><c r="A2" s="0" t="inlineStr"><is><t>Nei</t></is></c></row>\
            <row r="3" spans="1:1"><c r="A3" s="0" t="inlineStr"><is><t>Veit ikkje</t></is></c></row>\
            </sheetData></worksheet>
            """,
        ]
    }

    /// The fixture workbook, opened from memory.
    static func document(_ parts: [String: String] = workbookParts) throws -> XLSXDocument {
        try XLSXDocument(data: try archive(parts), fileName: "tiltak.xlsx")
    }
}

@Suite struct XLSXReaderWorkbookTests {
    @Test func listsSheetsWithStateAndResolvedParts() throws {
        let document = try XLSXFixture.document()
        #expect(document.sheetNames == ["Tiltak", "Skjult", "Lister"])
        #expect(document.workbookPartPath == "xl/workbook.xml")
        #expect(document.sheetPartPath(named: "Tiltak") == "xl/worksheets/sheet1.xml")
        #expect(document.sheetPartPath(named: "Skjult") == "xl/worksheets/sheet2.xml")
        #expect(document.sheetPartPath(named: "Lister") == "xl/worksheets/sheet3.xml")
        #expect(document.sheetPartPath(named: "Finst ikkje") == nil)
        #expect(document.isHidden(sheet: "Skjult"))
        #expect(!document.isHidden(sheet: "Tiltak"))
        #expect(document.sheetInfo(named: "skjult")?.state == .hidden)
        #expect(!document.usesDate1904)
    }

    @Test func readsDefinedNames() throws {
        let document = try XLSXFixture.document()
        #expect(
            document.definedNames == [
                "Tiltak!_xlnm._FilterDatabase": "Tiltak!$A$1:$D$8",
                "Svar": "Lister!$A$1:$A$3",
            ])
        #expect(document.definedNameList.first?.isHidden == true)
        #expect(document.definedNameList.first?.localSheet == "Tiltak")
    }

    @Test func givesRawPartsForComparison() throws {
        let document = try XLSXFixture.document()
        #expect(document.partNames.contains("xl/tables/table1.xml"))
        #expect(document.partNames.count == XLSXFixture.workbookParts.count)
        let expected = try #require(XLSXFixture.workbookParts["xl/worksheets/sheet3.xml"])
        #expect(try document.part("xl/worksheets/sheet3.xml") == Data(expected.utf8))
        #expect(try document.partText("/XL/Worksheets/Sheet3.xml") == expected)
        #expect(document.hasPart("xl/styles.xml"))
        #expect(!document.hasPart("xl/vbaProject.bin"))
    }

    @Test func readsSharedStringsAsPlainText() throws {
        let document = try XLSXFixture.document()
        #expect(
            document.sharedStrings == [
                "Nr", "Næringsliv og reiseliv", "  innrykk  ", "日本", "Linje 1\r\nLinje 2 & A_x0041_",
            ])
    }

    @Test func honoursThe1904DateSystem() throws {
        var parts = XLSXFixture.workbookParts
        parts["xl/workbook.xml"] = parts["xl/workbook.xml"]?.replacingOccurrences(
            of: "<workbookPr/>", with: "<workbookPr date1904=\"1\"/>")
        let document = try XLSXFixture.document(parts)
        #expect(document.usesDate1904)
        let cell = try #require(try document.sheet(named: "Tiltak").value("E2"))
        // Serial 45717 counts from 1904-01-01 here, 1462 days later than in the 1900 system.
        #expect(document.date(of: cell) == ExcelDate.date(fromISO8601: "2029-03-02"))
    }

    @Test func opensFilesOnDisk() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tiltak-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try XLSXFixture.archive(XLSXFixture.workbookParts).write(to: url)
        let document = try XLSXDocument(url: url)
        #expect(document.fileName == url.lastPathComponent)
        #expect(try document.sheet(named: "Lister").rows == [["Ja"], ["Nei"], ["Veit ikkje"]])
    }
}

@Suite struct XLSXReaderCellTests {
    let document: XLSXDocument
    let sheet: XLSXSheet

    init() throws {
        document = try XLSXFixture.document()
        sheet = try document.sheet(named: "Tiltak")
    }

    @Test func readsEveryKindOfValue() throws {
        #expect(sheet.value("A1")?.string == "Nr")
        #expect(sheet.value("B1")?.string == "Næringsliv og reiseliv")
        #expect(sheet.value("C1")?.kind == .string)
        #expect(sheet.value("C1")?.string == "Ansvar")
        #expect(sheet.value("D1")?.string == "Status")

        let number = try #require(sheet.value("A2"))
        #expect(number.kind == .number)
        #expect(number.number == 1)
        #expect(number.string == "1")

        let formulaString = try #require(sheet.value("B2"))
        #expect(formulaString.kind == .string)
        #expect(formulaString.string == "Tiltak 1")
        #expect(formulaString.formula == "\"Tiltak \"&A2")
        #expect(formulaString.formulaKind == .normal)

        #expect(sheet.value("C2")?.kind == .boolean)
        #expect(sheet.value("C2")?.boolean == true)
        #expect(sheet.value("C2")?.string == "TRUE")
        #expect(sheet.value("D2")?.kind == .error)
        #expect(sheet.value("D2")?.string == "#N/A")
    }

    @Test func positionsCellsWithoutReferencesByOrder() {
        // Row 3 has neither a row number nor cell references.
        #expect(sheet.value("A3")?.number == 2.5)
        #expect(sheet.value("B3")?.string == "  innrykk  ")
        #expect(sheet.value("C3")?.kind == .blank)
        #expect(sheet.value("C3")?.styleIndex == 2)
        #expect(sheet.value("D3")?.boolean == false)
        #expect(sheet.value("E3")?.string == "1234567.5")
    }

    @Test func translatesSharedFormulas() {
        #expect(sheet.value("A5")?.formula == "A2*2+SUM($B$2:B2)")
        #expect(sheet.value("A6")?.formula == "A3*2+SUM($B$2:B3)")
        #expect(sheet.value("A7")?.formula == "A4*2+SUM($B$2:B4)")
        #expect(sheet.value("A7")?.formulaKind == .shared)
        #expect(sheet.value("A6")?.number == 5)
    }

    @Test func keepsFormulasWithoutCachedValues() throws {
        let cell = try #require(sheet.value("B8"))
        #expect(cell.kind == .blank)
        #expect(cell.isFormula)
        #expect(!cell.isEmpty)
        #expect(cell.formula == "SUM(A2:A7)")
        #expect(sheet.value("C8")?.formulaKind == .array)
        #expect(sheet.value("C8")?.formulaRange == "C8")
    }

    @Test func givesDenseGridOfDisplayStrings() {
        #expect(sheet.maxRow == 8)
        #expect(sheet.maxColumn == 5)
        let rows = sheet.rows
        #expect(rows.count == 8)
        #expect(rows[0] == ["Nr", "Næringsliv og reiseliv", "Ansvar", "Status", ""])
        #expect(rows[1] == ["1", "Tiltak 1", "TRUE", "#N/A", "45717"])
        #expect(rows[2] == ["2.5", "  innrykk  ", "", "FALSE", "1234567.5"])
        #expect(rows[3] == ["", "", "", "", ""])
        #expect(rows[4] == ["2", "日本", "Linje 1\r\nLinje 2 & A_x0041_", "", ""])
        #expect(sheet.row(6) == ["5", "", "", "", ""])
        #expect(sheet.string("Z99") == "")
    }

    @Test func readsStyles() throws {
        let header = try #require(format(at: "A1"))
        #expect(header.isBold)
        #expect(header.font.color?.rgb == "FF1F4E78")
        #expect(header.isLocked)

        let input = try #require(format(at: "C3"))
        #expect(!input.isLocked)
        #expect(input.fillColor == "FFFFFF00")
        #expect(input.wrapsText)
        #expect(!input.isBold)

        let plain = try #require(format(at: "A2"))
        #expect(plain.isLocked)
        #expect(plain.fillColor == nil)

        #expect(format(at: "E2")?.formatCode == "dd\\.mm\\.yyyy")
        #expect(format(at: "E2")?.isDateFormat == true)
        #expect(format(at: "E3")?.formatCode == "#,##0.00")
        #expect(format(at: "E3")?.isDateFormat == false)
    }

    @Test func readsDates() throws {
        let date = try #require(sheet.value("E2"))
        let expected = try #require(ExcelDate.date(fromISO8601: "2025-03-01"))
        #expect(document.date(of: date) == expected)
        let number = try #require(sheet.value("A2"))
        #expect(document.date(of: number) == nil)
    }

    /// The cell format of the cell at an A1 address.
    private func format(at a1: String) -> XLSXCellFormat? {
        sheet.value(a1).flatMap { document.format(of: $0) }
    }

    @Test func readsSheetSettings() {
        #expect(sheet.mergeRanges == [CellRange("A10:D10")].compactMap { $0 })
        #expect(sheet.isProtected)
        #expect(sheet.protection?["formatColumns"] == "0")
        #expect(sheet.pageSetup["orientation"] == "landscape")
        #expect(sheet.pageSetup["fitToWidth"] == "1")
        #expect(sheet.pageMargins["left"] == "0.7")
        #expect(sheet.rowOutlineLevels == [5: 1, 6: 2, 7: 2])
        #expect(sheet.hiddenRows == [5])
        #expect(sheet.rowHeights == [2: 30])
        #expect(sheet.frozenPane == XLSXFrozenPane(xSplit: 1, ySplit: 1, topLeftCell: "B2"))
        #expect(sheet.columnInfo(2)?.width == 40.7109375)
        #expect(sheet.columnInfo(7)?.isHidden == true)
        #expect(sheet.columnInfo(3) == nil)
        #expect(sheet.autoFilter == "A1:D8")
        #expect(sheet.dimension == "A1:E8")
        #expect(sheet.tabColor == "FF00B050")
        #expect(sheet.hyperlinks.map(\.target) == ["https://hallingdal.no/tiltak", nil])
        #expect(sheet.hyperlinks.last?.location == "'Lister'!A1")
    }

    @Test func readsDataValidationsIncludingExcelExtension() {
        #expect(sheet.dataValidations.count == 2)
        let yesNo = sheet.dataValidations[0]
        #expect(yesNo.type == "list")
        #expect(yesNo.sqref == "C2:C100 E2:E3")
        #expect(yesNo.listItems == ["Ja", "Nei"])
        #expect(yesNo.allowsBlank)
        #expect(yesNo.applies(to: CellAddress(row: 3, column: 5)))
        #expect(!yesNo.applies(to: CellAddress(row: 4, column: 5)))
        let fromSheet = sheet.dataValidations[1]
        #expect(fromSheet.sqref == "D2:D100")
        #expect(fromSheet.formula1 == "Lister!$A$1:$A$3")
        #expect(fromSheet.listItems == nil)
        #expect(sheet.dataValidations(at: "D50").map(\.formula1) == ["Lister!$A$1:$A$3"])
    }

    @Test func readsTables() throws {
        #expect(sheet.tableParts == ["xl/tables/table1.xml"])
        let tables = try document.tables(in: sheet)
        let table = try #require(tables.first)
        #expect(table.name == "Table1")
        #expect(table.displayName == "Tiltaksliste")
        #expect(table.ref == "A1:D8")
        #expect(table.range?.rowCount == 8)
        #expect(table.columns == ["Nr", "Tiltak\nnamn", "Ansvar", "Status"])
        #expect(table.styleName == "TableStyleMedium2")
        #expect(table.showRowStripes)
        #expect(!table.showColumnStripes)
        #expect(table.headerRowCount == 1)
        #expect(table.autoFilter == "A1:D8")
    }

    @Test func readsPrefixedNamespacesAndHiddenSheets() throws {
        let hidden = try document.sheet(named: "Skjult")
        #expect(hidden.rows == [["Hemmeleg", "3"]])
        #expect(hidden.value("B1")?.rawValue == "3.0")
        #expect(hidden.tableParts.isEmpty)
        #expect(!hidden.isProtected)
        #expect(try document.sheet(at: 1).name == "Skjult")
    }
}

@Suite struct XLSXReaderErrorTests {
    @Test func rejectsFilesThatAreNotZip() throws {
        #expect(throws: XLSXReaderError.notAZip(file: "notat.xlsx")) {
            try XLSXDocument(data: Data("Dette er ikkje eit rekneark".utf8), fileName: "notat.xlsx")
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "finst-ikkje-\(UUID().uuidString).xlsx")
        let error = try #require(throws: XLSXReaderError.self) { try XLSXDocument(url: url) }
        #expect(error.text(.nynorsk) == "\(url.lastPathComponent): fila kan ikkje lesast: ho finst ikkje")
    }

    @Test func reportsMissingParts() throws {
        var parts = XLSXFixture.workbookParts
        parts["xl/worksheets/sheet3.xml"] = nil
        let document = try XLSXFixture.document(parts)
        #expect(throws: XLSXReaderError.missingPart(file: "tiltak.xlsx", part: "xl/worksheets/sheet3.xml")) {
            try document.sheet(named: "Lister")
        }
        parts["xl/workbook.xml"] = nil
        #expect(throws: XLSXReaderError.missingPart(file: "tiltak.xlsx", part: "xl/workbook.xml")) {
            try XLSXFixture.document(parts)
        }
    }

    @Test func reportsMalformedXMLWithLine() throws {
        var parts = XLSXFixture.workbookParts
        parts["xl/worksheets/sheet3.xml"] = """
            <?xml version="1.0" encoding="UTF-8"?>
            <worksheet xmlns="\(XLSXFixture.mainNamespace)"><sheetData>
            <row r="1"><c r="A1" t="inlineStr"><is><t>Ja</is></c></row>
            </sheetData></worksheet>
            """
        let document = try XLSXFixture.document(parts)
        let error = try #require(throws: XLSXReaderError.self) { try document.sheet(named: "Lister") }
        guard case .malformedXML(let file, let part, let line, _, _) = error else {
            Issue.record("unexpected error \(error)")
            return
        }
        #expect(file == "tiltak.xlsx")
        #expect(part == "xl/worksheets/sheet3.xml")
        #expect(line == 3)
        #expect(
            error.text(.nynorsk)
                == "tiltak.xlsx: xl/worksheets/sheet3.xml linje 3, kolonne 45: ugyldig XML: sluttmerket </is> høyrer ikkje til elementet <t>"
        )
    }

    @Test func reportsUnknownSheetsWithTheAvailableNames() throws {
        let document = try XLSXFixture.document()
        #expect(
            throws: XLSXReaderError.unknownSheet(
                file: "tiltak.xlsx", name: "Mål", available: ["Tiltak", "Skjult", "Lister"])
        ) {
            try document.sheet(named: "Mål")
        }
        let message = XLSXReaderError.unknownSheet(file: "a.xlsx", name: "Mål", available: ["Ark1"])
            .text(.nynorsk)
        #expect(message == "a.xlsx: arbeidsboka har ikkje noko ark som heiter «Mål» (arka: «Ark1»)")
    }

    @Test func reportsBadCellContentWithTheCell() throws {
        var parts = XLSXFixture.workbookParts
        parts["xl/worksheets/sheet3.xml"] = """
            <worksheet xmlns="\(XLSXFixture.mainNamespace)"><sheetData><row r="1">\
            <c r="A1" t="s"><v>99</v></c></row></sheetData></worksheet>
            """
        let document = try XLSXFixture.document(parts)
        #expect(
            throws: XLSXReaderError.invalidContent(
                file: "tiltak.xlsx", part: "xl/worksheets/sheet3.xml", element: .element("<c r=\"A1\">"),
                reason: .sharedStringMissing(99, count: 5))
        ) {
            try document.sheet(named: "Lister")
        }
    }

    @Test func refusesArchivesOverTheSizeLimit() throws {
        let data = try XLSXFixture.archive(XLSXFixture.workbookParts)
        #expect(throws: XLSXReaderError.tooLarge(file: "stor.xlsx", limit: 1000)) {
            try XLSXDocument(data: data, fileName: "stor.xlsx", limits: XLSXUnpackLimits(maximumSize: 1000))
        }
    }
}

@Suite struct XLSXReaderPartsTests {
    @Test func parsesCellAddresses() {
        #expect(CellAddress("A1") == CellAddress(row: 1, column: 1))
        #expect(CellAddress("$AB$12") == CellAddress(row: 12, column: 28))
        #expect(CellAddress("xfd1048576") == CellAddress(row: 1_048_576, column: 16_384))
        #expect(CellAddress("XFE1") == nil)
        #expect(CellAddress("A0") == nil)
        #expect(CellAddress("1A") == nil)
        #expect(CellAddress("A") == nil)
        #expect(CellAddress(row: 3, column: 703).a1 == "AAA3")
        #expect(CellAddress.columnName(26) == "Z")
        #expect(CellAddress.columnName(27) == "AA")
        #expect(CellAddress.columnNumber("AZ") == 52)
        #expect(CellAddress("B1")! < CellAddress("A2")!)
        #expect(CellRange("C3:A1")?.description == "A1:C3")
        #expect(CellRange.list("A1:A3 C1").map(\.description) == ["A1:A3", "C1"])
    }

    @Test func translatesFormulaReferences() {
        #expect(SharedFormula.translate("A1+B$1+$C1+$D$1", rows: 2, columns: 1) == "B3+C$1+$C3+$D$1")
        #expect(
            SharedFormula.translate("SUM(A1:B2)*LOG10(A1)", rows: 1, columns: 0) == "SUM(A2:B3)*LOG10(A2)")
        #expect(SharedFormula.translate("'Mål A1'!A1&\"A1\"", rows: 1, columns: 0) == "'Mål A1'!A2&\"A1\"")
        #expect(
            SharedFormula.translate("Tiltak!B2+Tiltaksliste[[#This Row],[A1]]", rows: 1, columns: 0)
                == "Tiltak!B3+Tiltaksliste[[#This Row],[A1]]")
        #expect(SharedFormula.translate("SUM(A:A)+SUM(1:2)", rows: 1, columns: 1) == "SUM(B:B)+SUM(2:3)")
        #expect(SharedFormula.translate("A1", rows: -1, columns: 0) == "#REF!")
        #expect(
            SharedFormula.translate("IF(TRUE,1.5E+3,Svar)", rows: 1, columns: 1) == "IF(TRUE,1.5E+3,Svar)")
    }

    @Test func resolvesRelationshipTargets() {
        #expect(
            PackagePath.resolve("worksheets/sheet1.xml", from: "xl/workbook.xml")
                == "xl/worksheets/sheet1.xml")
        #expect(
            PackagePath.resolve("/xl/worksheets/sheet1.xml", from: "xl/workbook.xml")
                == "xl/worksheets/sheet1.xml")
        #expect(
            PackagePath.resolve("../tables/table1.xml", from: "xl/worksheets/sheet1.xml")
                == "xl/tables/table1.xml")
        #expect(PackagePath.resolve("xl/workbook.xml", from: "") == "xl/workbook.xml")
        #expect(PackagePath.relationshipsPart(of: "xl/workbook.xml") == "xl/_rels/workbook.xml.rels")
        #expect(PackagePath.relationshipsPart(of: "") == "_rels/.rels")
    }

    @Test func formatsNumbersWithoutTrailingZero() {
        #expect(NumberText.format(3) == "3")
        #expect(NumberText.format(-0.0) == "0")
        #expect(NumberText.format(2.5) == "2.5")
        #expect(NumberText.format(0.1 + 0.2) == "0.30000000000000004")
        #expect(NumberText.format(1e20) == "1e+20")
    }

    @Test func detectsDateFormats() {
        #expect(NumberFormat.isDate(id: 14, code: nil))
        #expect(NumberFormat.isDate(id: 164, code: "[$-414]d\\.\\ mmmm\\ yyyy;@"))
        #expect(NumberFormat.isDate(id: 165, code: "[h]:mm"))
        #expect(!NumberFormat.isDate(id: 166, code: "#,##0\\ \"kr\";[Red]\\-#,##0\\ \"kr\""))
        #expect(!NumberFormat.isDate(id: 0, code: "General"))
        #expect(!NumberFormat.isDate(id: 167, code: "0.00E+00"))
    }

    @Test func convertsExcelDates() throws {
        #expect(ExcelDate.date(fromSerial: 1) == ExcelDate.date(fromISO8601: "1900-01-01"))
        #expect(ExcelDate.date(fromSerial: 61) == ExcelDate.date(fromISO8601: "1900-03-01"))
        #expect(ExcelDate.date(fromSerial: 45717.5) == ExcelDate.date(fromISO8601: "2025-03-01T12:00:00Z"))
        #expect(ExcelDate.date(fromSerial: 0, date1904: true) == ExcelDate.date(fromISO8601: "1904-01-01"))
        #expect(ExcelDate.date(fromSerial: -1) == nil)
        #expect(ExcelDate.date(fromISO8601: "2025-03-01") != nil)
    }

    @Test func decodesOOXMLEscapes() {
        #expect(RichText.decodeEscapes("a_x000D_b") == "a\rb")
        #expect(RichText.decodeEscapes("_x005F_x0041_") == "_x0041_")
        #expect(RichText.decodeEscapes("_x00zz_ plain_x") == "_x00zz_ plain_x")
    }
}

/// Parts of a workbook as LibreOffice Calc writes it (a small workbook like the one above, saved by
/// `soffice --convert-to xlsx`), with its verbose attributes and text booleans; styles trimmed
/// to the lists the reader uses.
enum LibreOfficeFixture {
    static let parts: [String: String] = [
        "_rels/.rels": #"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
        Target="xl/workbook.xml"/>
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
        Target="docProps/core.xml"/>
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
        Target="docProps/app.xml"/>
        </Relationships>
        """#,
        "xl/workbook.xml": #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
        <fileVersion appName="Calc"/><workbookPr backupFile="false" showObjects="all" date1904="false"/>
        <workbookProtection/><bookViews>
        <workbookView showHorizontalScroll="true" showVerticalScroll="true"
        showSheetTabs="true" xWindow="0" yWindow="0" windowWidth="16384"
        windowHeight="8192" tabRatio="600" firstSheet="0" activeTab="0"/>
        </bookViews><sheets><sheet name="Tiltak" sheetId="1" state="visible" r:id="rId2"/>
        <sheet name="Skjult" sheetId="2" state="hidden" r:id="rId3"/></sheets><definedNames>
        <definedName function="false" hidden="false" name="Svar" vbProcedure="false">Skjult!$A$1:$A$2</definedName>
        </definedNames><calcPr iterateCount="100" refMode="A1" iterate="false" iterateDelta="0.001"/>
        <extLst>
        <ext xmlns:loext="http://schemas.libreoffice.org/" uri="{7626C862-2A13-11E5-B345-FEFF819CDC9F}">
        <loext:extCalcPr stringRefSyntax="CalcA1ExcelA1"/></ext></extLst></workbook>
        """#,
        "xl/_rels/workbook.xml.rels": #"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
        Target="styles.xml"/>
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
        Target="worksheets/sheet1.xml"/>
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
        Target="worksheets/sheet2.xml"/>
        <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
        Target="sharedStrings.xml"/>
        </Relationships>
        """#,
        "xl/sharedStrings.xml": #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="8" uniqueCount="6">
        <si><t xml:space="preserve">Nr</t></si><si><r><rPr><b val="true"/><sz val="11"/>
        <rFont val="Cambria"/><family val="0"/><charset val="1"/></rPr>
        <t xml:space="preserve">Nærings</t></r><r><rPr><b val="true"/><sz val="11"/>
        <rFont val="Calibri"/><family val="0"/><charset val="1"/></rPr>
        <t xml:space="preserve">liv  og </t></r><r><rPr><b val="true"/><sz val="11"/>
        <rFont val="DejaVu Sans"/><family val="2"/></rPr><t xml:space="preserve">日本</t></r></si><si>
        <t xml:space="preserve">Frist</t></si><si><t xml:space="preserve">Sum</t></si><si>
        <t xml:space="preserve">Ja</t></si><si><t xml:space="preserve">Nei</t></si></sst>
        """#,
        "xl/styles.xml": #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
        <numFmts count="3"><numFmt numFmtId="164" formatCode="General"/>
        <numFmt numFmtId="165" formatCode="dd\.mm\.yyyy"/><numFmt numFmtId="166" formatCode="General"/>
        </numFmts><fonts count="7"><font><sz val="10"/><name val="DejaVu Sans"/><family val="2"/></font>
        <font><sz val="10"/><name val="Arial"/><family val="0"/></font><font><sz val="10"/>
        <name val="Arial"/><family val="0"/></font><font><sz val="10"/><name val="Arial"/>
        <family val="0"/></font><font><b val="true"/><sz val="11"/><name val="Calibri"/>
        <family val="0"/><charset val="1"/></font><font><b val="true"/><sz val="11"/>
        <name val="Cambria"/><family val="0"/><charset val="1"/></font><font><b val="true"/>
        <sz val="11"/><name val="DejaVu Sans"/><family val="2"/></font></fonts><fills count="3"><fill>
        <patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill>
        <patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor rgb="FFFFFF00"/>
        </patternFill></fill></fills><cellXfs count="8">
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0"
        applyFont="false" applyBorder="false" applyAlignment="false" applyProtection="false">
        <alignment horizontal="general" vertical="bottom" textRotation="0"
        wrapText="false" indent="0" shrinkToFit="false"/>
        <protection locked="true" hidden="false"/></xf>
        <xf numFmtId="164" fontId="4" fillId="0" borderId="0" xfId="0"
        applyFont="true" applyBorder="false" applyAlignment="false" applyProtection="false">
        <alignment horizontal="general" vertical="bottom" textRotation="0"
        wrapText="false" indent="0" shrinkToFit="false"/>
        <protection locked="true" hidden="false"/></xf>
        <xf numFmtId="164" fontId="5" fillId="0" borderId="0" xfId="0"
        applyFont="true" applyBorder="false" applyAlignment="false" applyProtection="false">
        <alignment horizontal="general" vertical="bottom" textRotation="0"
        wrapText="false" indent="0" shrinkToFit="false"/>
        <protection locked="true" hidden="false"/></xf>
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0"
        applyFont="true" applyBorder="false" applyAlignment="false" applyProtection="false">
        <alignment horizontal="general" vertical="bottom" textRotation="0"
        wrapText="false" indent="0" shrinkToFit="false"/>
        <protection locked="true" hidden="false"/></xf>
        <xf numFmtId="164" fontId="0" fillId="2" borderId="0" xfId="0"
        applyFont="true" applyBorder="false" applyAlignment="false" applyProtection="true">
        <alignment horizontal="general" vertical="bottom" textRotation="0"
        wrapText="false" indent="0" shrinkToFit="false"/>
        <protection locked="false" hidden="false"/></xf>
        <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0"
        applyFont="false" applyBorder="false" applyAlignment="false" applyProtection="false">
        <alignment horizontal="general" vertical="bottom" textRotation="0"
        wrapText="false" indent="0" shrinkToFit="false"/>
        <protection locked="true" hidden="false"/></xf>
        <xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0"
        applyFont="false" applyBorder="false" applyAlignment="false" applyProtection="false">
        <alignment horizontal="general" vertical="bottom" textRotation="0"
        wrapText="false" indent="0" shrinkToFit="false"/>
        <protection locked="true" hidden="false"/></xf>
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0"
        applyFont="false" applyBorder="true" applyAlignment="false" applyProtection="false">
        <alignment horizontal="general" vertical="bottom" textRotation="0"
        wrapText="false" indent="0" shrinkToFit="false"/>
        <protection locked="true" hidden="false"/></xf></cellXfs></styleSheet>
        """#,
        "xl/worksheets/sheet1.xml": #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
        xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"
        xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2"
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
        <sheetPr filterMode="false"><pageSetUpPr fitToPage="false"/></sheetPr><dimension ref="A1:D6"/>
        <sheetViews>
        <sheetView showFormulas="false" showGridLines="true" showRowColHeaders="true"
        showZeros="true" rightToLeft="false" tabSelected="true" showOutlineSymbols="true"
        defaultGridColor="true" view="normal" topLeftCell="A1" colorId="64"
        zoomScale="100" zoomScaleNormal="100" zoomScalePageLayoutView="60" workbookViewId="0">
        <selection pane="topLeft" activeCell="A1" activeCellId="0" sqref="A1"/></sheetView></sheetViews>
        <sheetFormatPr defaultColWidth="9.37109375" defaultRowHeight="12.8"
        zeroHeight="false" outlineLevelRow="1" outlineLevelCol="0">
        </sheetFormatPr><sheetData>
        <row r="1" customFormat="false" ht="12.8" hidden="false" customHeight="false"
        outlineLevel="0" collapsed="false">
        <c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="2" t="s"><v>1</v></c><c r="C1" s="1" t="s">
        <v>2</v></c><c r="D1" s="3" t="s"><v>3</v></c></row>
        <row r="2" customFormat="false" ht="12.8" hidden="false" customHeight="false"
        outlineLevel="0" collapsed="false">
        <c r="A2" s="0" t="n"><v>1</v></c><c r="B2" s="4" t="s"><v>4</v></c><c r="C2" s="5" t="n">
        <v>45717</v></c><c r="D2" s="0" t="n"><f aca="false">A2*10</f><v>10</v></c></row>
        <row r="3" customFormat="false" ht="12.8" hidden="true" customHeight="false"
        outlineLevel="1" collapsed="false">
        <c r="A3" s="0" t="n"><v>2</v></c><c r="B3" s="4" t="s"><v>5</v></c><c r="C3" s="5" t="n">
        <v>45748</v></c><c r="D3" s="0" t="n"><f aca="false">A3*10</f><v>20</v></c></row>
        <row r="4" customFormat="false" ht="12.8" hidden="false" customHeight="false"
        outlineLevel="0" collapsed="false">
        <c r="A4" s="0" t="n"><v>3.5</v></c><c r="B4" s="6" t="b"><f aca="false">TRUE()</f><v>1</v></c>
        <c r="C4" s="0" t="e"><f aca="false">#DIV/0!</f><v>#DIV/0!</v></c><c r="D4" s="0" t="n">
        <f aca="false">A4*10</f><v>35</v></c></row>
        <row r="6" customFormat="false" ht="12.8" hidden="false" customHeight="false"
        outlineLevel="0" collapsed="false">
        <c r="A6" s="7"/><c r="B6" s="7"/><c r="C6" s="7"/><c r="D6" s="7"/></row></sheetData>
        <sheetProtection sheet="true" objects="true" scenarios="true"/><mergeCells count="1">
        <mergeCell ref="A6:D6"/></mergeCells><dataValidations count="1">
        <dataValidation allowBlank="true" errorStyle="stop" operator="between"
        showDropDown="false" showErrorMessage="false" showInputMessage="false"
        sqref="B2:B100" type="list">
        <formula1>Svar</formula1><formula2>0</formula2></dataValidation></dataValidations>
        <printOptions headings="false" gridLines="false" gridLinesSet="true"
        horizontalCentered="false" verticalCentered="false"/>
        <pageMargins left="0.747916666666667" right="0.747916666666667"
        top="0.984027777777778" bottom="0.984027777777778" header="0.511811023622047"
        footer="0.511811023622047"/>
        <pageSetup paperSize="9" scale="100" fitToWidth="1" fitToHeight="1"
        pageOrder="downThenOver" orientation="landscape" blackAndWhite="false"
        draft="false" cellComments="none" horizontalDpi="300" verticalDpi="300" copies="1"/>
        <headerFooter differentFirst="false" differentOddEven="false"><oddHeader></oddHeader><oddFooter>
        </oddFooter></headerFooter><tableParts><tablePart r:id="rId1"/></tableParts></worksheet>
        """#,
        "xl/worksheets/_rels/sheet1.xml.rels": #"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table"
        Target="../tables/table1.xml"/>
        </Relationships>
        """#,
        "xl/worksheets/sheet2.xml": #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
        xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"
        xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2"
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
        <sheetPr filterMode="false"><pageSetUpPr fitToPage="false"/></sheetPr><dimension ref="A1:A2"/>
        <sheetViews>
        <sheetView showFormulas="false" showGridLines="true" showRowColHeaders="true"
        showZeros="true" rightToLeft="false" tabSelected="false" showOutlineSymbols="true"
        defaultGridColor="true" view="normal" topLeftCell="A1" colorId="64"
        zoomScale="100" zoomScaleNormal="100" zoomScalePageLayoutView="60" workbookViewId="0">
        <selection pane="topLeft" activeCell="A1" activeCellId="0" sqref="A1"/></sheetView></sheetViews>
        <sheetFormatPr defaultColWidth="9.37109375" defaultRowHeight="12.8"
        zeroHeight="false" outlineLevelRow="0" outlineLevelCol="0">
        </sheetFormatPr><sheetData>
        <row r="1" customFormat="false" ht="12.8" hidden="false" customHeight="false"
        outlineLevel="0" collapsed="false">
        <c r="A1" s="0" t="s"><v>4</v></c></row>
        <row r="2" customFormat="false" ht="12.8" hidden="false" customHeight="false"
        outlineLevel="0" collapsed="false">
        <c r="A2" s="0" t="s"><v>5</v></c></row></sheetData>
        <printOptions headings="false" gridLines="false" gridLinesSet="true"
        horizontalCentered="false" verticalCentered="false"/>
        <pageMargins left="0.747916666666667" right="0.747916666666667"
        top="0.984027777777778" bottom="0.984027777777778" header="0.511811023622047"
        footer="0.511811023622047"/>
        <pageSetup paperSize="9" scale="100" fitToWidth="1" fitToHeight="1"
        pageOrder="downThenOver" orientation="portrait" blackAndWhite="false"
        draft="false" cellComments="none" horizontalDpi="300" verticalDpi="300" copies="1"/>
        <headerFooter differentFirst="false" differentOddEven="false"><oddHeader></oddHeader><oddFooter>
        </oddFooter></headerFooter></worksheet>
        """#,
        "xl/tables/table1.xml": #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        id="1" name="Tiltaksliste" displayName="Tiltaksliste" ref="A1:D4"
        headerRowCount="1" totalsRowCount="0" totalsRowShown="0">
        <autoFilter ref="A1:D4"></autoFilter><tableColumns count="4"><tableColumn id="1" name="Nr"/>
        <tableColumn id="2" name="Næringsliv  og 日本"/><tableColumn id="3" name="Frist"/>
        <tableColumn id="4" name="Sum"/></tableColumns></table>
        """#,
    ]
}

@Suite struct XLSXReaderLibreOfficeTests {
    let document: XLSXDocument
    let sheet: XLSXSheet

    init() throws {
        document = try XLSXFixture.document(LibreOfficeFixture.parts)
        sheet = try document.sheet(named: "Tiltak")
    }

    @Test func readsSheetsAndNames() {
        #expect(document.sheetNames == ["Tiltak", "Skjult"])
        #expect(document.isHidden(sheet: "Skjult"))
        #expect(document.definedNames == ["Svar": "Skjult!$A$1:$A$2"])
        #expect(!document.usesDate1904)
    }

    @Test func readsValuesAndFormulas() {
        #expect(
            sheet.rows == [
                ["Nr", "Næringsliv  og 日本", "Frist", "Sum"],
                ["1", "Ja", "45717", "10"],
                ["2", "Nei", "45748", "20"],
                ["3.5", "TRUE", "#DIV/0!", "35"],
            ])
        #expect(sheet.value("D3")?.formula == "A3*10")
        #expect(sheet.value("B4")?.boolean == true)
        #expect(sheet.value("B4")?.formula == "TRUE()")
        #expect(sheet.value("C4")?.kind == .error)
        // The merged row 6 has styled blank cells only, so it does not count as used.
        #expect(sheet.value("A6")?.kind == .blank)
        #expect(sheet.maxRow == 4)
    }

    @Test func readsTextBooleansInStylesAndSettings() throws {
        let input = try #require(sheet.value("B2").flatMap { document.format(of: $0) })
        #expect(!input.isLocked)
        #expect(input.fillColor == "FFFFFF00")
        let header = try #require(sheet.value("A1").flatMap { document.format(of: $0) })
        #expect(header.isBold)
        #expect(header.isLocked)
        let date = try #require(sheet.value("C2"))
        #expect(document.date(of: date) == ExcelDate.date(fromISO8601: "2025-03-01"))
        #expect(sheet.value("A2").flatMap { document.format(of: $0) }?.formatCode == "General")
        #expect(sheet.isProtected)
        #expect(sheet.hiddenRows == [3])
        #expect(sheet.rowOutlineLevels == [3: 1])
        #expect(sheet.rowHeights.isEmpty)
        #expect(sheet.pageSetup["orientation"] == "landscape")
        #expect(sheet.dataValidations.map(\.formula1) == ["Svar"])
        #expect(sheet.mergeRanges.map(\.description) == ["A6:D6"])
    }

    @Test func readsTableWithoutStyle() throws {
        let table = try #require(try document.tables(in: sheet).first)
        #expect(table.displayName == "Tiltaksliste")
        #expect(table.columns == ["Nr", "Næringsliv  og 日本", "Frist", "Sum"])
        #expect(table.styleName == nil)
        #expect(!table.showRowStripes)
    }
}
