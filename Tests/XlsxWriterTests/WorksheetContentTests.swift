import Foundation
import Testing
import XlsxWriter

@Suite struct WorksheetContentTests {
    @Test func cellsAreWrittenWithTheirTypes() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("cells.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(name: "Tiltak")
        let bold = try workbook.addFormat(FormatStyle(bold: true, numberFormat: "0.0"))
        try sheet.writeString(row: 1, col: 1, "Gang- og sykkelvei", format: bold)
        try sheet.writeNumber(row: 1, col: 2, 42.5)
        try sheet.writeFormula(row: 1, col: 3, "=C2*2", cachedNumber: 85)
        try sheet.writeFormula(row: 1, col: 4, "=\"A\"&\"B\"", cachedString: "AB")
        try sheet.writeBoolean(row: 1, col: 5, true)
        try sheet.writeBlank(row: 1, col: 6, format: bold)
        try sheet.writeURL(row: 1, col: 7, "https://example.org/tiltak", text: "Lenke")
        try sheet.writeDate(
            row: 1, col: 8, DateComponents(year: 2024, month: 3, day: 1),
            format: try workbook.addFormat(FormatStyle(numberFormat: "dd.mm.yyyy")))
        try sheet.mergeRange(CellRange(firstRow: 3, firstCol: 0, lastRow: 3, lastCol: 3), "Sammenslått")
        try workbook.close()

        let xml = try readPart(path, "xl/worksheets/sheet1.xml")
        let strings = try readPart(path, "xl/sharedStrings.xml")
        #expect(strings.contains("<t>Gang- og sykkelvei</t>"))
        let b2 = try #require(cell("B2", in: xml))
        #expect(b2.contains("t=\"s\""))
        #expect(b2.contains("s=\"1\""), "bold format applied: \(b2)")
        #expect(cell("C2", in: xml) == "<c r=\"C2\"><v>42.5</v></c>")
        #expect(cell("D2", in: xml) == "<c r=\"D2\"><f>C2*2</f><v>85</v></c>")
        let e2 = try #require(cell("E2", in: xml))
        #expect(e2.contains("t=\"str\"") && e2.contains("<v>AB</v>"))
        #expect(cell("F2", in: xml) == "<c r=\"F2\" t=\"b\"><v>1</v></c>")
        #expect(cell("G2", in: xml) == "<c r=\"G2\" s=\"1\"/>")
        #expect(xml.contains("<hyperlink ref=\"H2\""))
        #expect(strings.contains("<t>Lenke</t>"))
        #expect(try #require(cell("I2", in: xml)).contains("<v>45352</v>"))
        #expect(xml.contains("<mergeCell ref=\"A4:D4\"/>"))
    }

    @Test func packedStringsAreWrittenByIndexAndRefuseNUL() throws {
        var strings = CellStrings()
        #expect(strings.append("Første") == 0)
        #expect(strings.append("") == 1)
        #expect(strings.append("a\u{0}b") == nil)
        #expect(strings.append("Ål kommune") == 2)
        #expect(strings.count == 3)
        let directory = try TemporaryDirectory()
        let path = directory.path("packed.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(name: "Tiltak")
        try sheet.writeString(row: 0, col: 0, strings, at: 2)
        try sheet.writeString(row: 0, col: 1, strings, at: 0)
        try sheet.writeString(row: 0, col: 2, strings, at: 1)
        // A row at a time: text i goes to cols[i]; the columns must match the texts.
        try sheet.writeStrings(row: 1, cols: [4, 3, 5], strings)
        let mismatch = try #require(throws: XlsxError.self) {
            try sheet.writeStrings(row: 2, cols: [0, 1], strings)
        }
        #expect(mismatch.code == .parameterValidation)
        let outside = try #require(throws: XlsxError.self) {
            try sheet.writeStrings(row: 3, cols: [0, 1, 16_384], strings)
        }
        #expect(outside.operation == "worksheet_write_string(Tiltak!R3C16384)")
        try workbook.close()
        let xml = try readPart(path, "xl/worksheets/sheet1.xml")
        let shared = try readPart(path, "xl/sharedStrings.xml")
        #expect(shared.contains("<si><t>Ål kommune</t></si><si><t>Første</t></si>"))
        #expect(try #require(cell("A1", in: xml)).contains("<v>0</v>"))
        #expect(try #require(cell("B1", in: xml)).contains("<v>1</v>"))
        // libxlsxwriter ignores an empty string, as for `writeString(row:col:_:)`.
        #expect(cell("C1", in: xml) == nil)
        // "Ål kommune" is shared string 0 and "Første" 1; the empty text is no cell.
        #expect(try #require(cell("E2", in: xml)).contains("<v>1</v>"))
        #expect(cell("D2", in: xml) == nil)
        #expect(try #require(cell("F2", in: xml)).contains("<v>0</v>"))
        #expect(cell("A3", in: xml) == nil)
        // The columns before the one outside the sheet were written.
        #expect(try #require(cell("A4", in: xml)).contains("<v>1</v>"))
    }

    @Test func rowOutlinesColumnsAndPanes() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("outline.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(name: "Plan")
        try sheet.setColumn(first: 0, last: 0, width: 40)
        try sheet.setColumn(2, width: 12, options: RowColumnOptions(hidden: true))
        try sheet.setColumn(3, format: try workbook.addFormat(FormatStyle(bold: true)))
        try sheet.setColumn(4, width: Worksheet.defaultColumnWidth, options: RowColumnOptions(level: 1))
        for row in 1...3 {
            try sheet.writeNumber(row: row, col: 1, Double(row))
            try sheet.setRow(row, options: RowColumnOptions(hidden: true, level: 1))
        }
        try sheet.setRow(4, height: 20, options: RowColumnOptions(collapsed: true))
        try sheet.freezePanes(row: 1, col: 0)
        #expect(throws: XlsxError.self) {
            try sheet.setRow(5, options: RowColumnOptions(level: 8))
        }
        try workbook.close()

        let xml = try readPart(path, "xl/worksheets/sheet1.xml")
        #expect(xml.contains("outlineLevelRow=\"1\""))
        #expect(xml.contains("<row r=\"2\" spans=\"2:2\" hidden=\"1\" outlineLevel=\"1\">"), "\(xml)")
        #expect(xml.contains("<row r=\"5\" ht=\"20\" customHeight=\"1\" collapsed=\"1\"/>"))
        #expect(xml.contains("<col min=\"1\" max=\"1\" width=\"40.7109375\" customWidth=\"1\"/>"))
        #expect(
            xml.contains("<col min=\"3\" max=\"3\" width=\"12.7109375\" hidden=\"1\" customWidth=\"1\"/>"))
        // Without a width, and with `defaultColumnWidth`, a column keeps Excel's default 9.140625.
        #expect(xml.contains("<col min=\"4\" max=\"4\" width=\"9.140625\" style=\"1\"/>"), "\(xml)")
        #expect(xml.contains("<col min=\"5\" max=\"5\" width=\"9.140625\" outlineLevel=\"1\"/>"))
        #expect(
            xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
        )
    }

    @Test func tableHasNameRangeAndHeaders() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("table.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(name: "Tiltak")
        try sheet.addTable(
            CellRange(firstRow: 0, firstCol: 0, lastRow: 3, lastCol: 2),
            options: TableOptions(
                name: "Tiltaksliste", style: TableStyle(.light, 9), bandedRows: false,
                columns: [
                    TableColumn(header: "Nr"), TableColumn(header: "Tiltak"), TableColumn(header: "Kostnad"),
                ]))
        #expect {
            try sheet.addTable(
                CellRange(firstRow: 10, firstCol: 0, lastRow: 12, lastCol: 0),
                options: TableOptions(columns: [TableColumn(header: "A"), TableColumn(header: "B")]))
        } throws: { ($0 as? XlsxError)?.code == .parameterValidation }
        try workbook.close()

        let table = try readPart(path, "xl/tables/table1.xml")
        #expect(table.contains("name=\"Tiltaksliste\""))
        #expect(table.contains("displayName=\"Tiltaksliste\""))
        #expect(table.contains("ref=\"A1:C4\""))
        #expect(table.contains("<autoFilter ref=\"A1:C4\"/>"))
        #expect(table.contains("<tableColumn id=\"3\" name=\"Kostnad\"/>"))
        #expect(table.contains("name=\"TableStyleLight9\""))
        #expect(table.contains("showRowStripes=\"0\""))
        let sheetXML = try readPart(path, "xl/worksheets/sheet1.xml")
        #expect(sheetXML.contains("<tablePart r:id=\"rId1\"/>"))
    }

    @Test func dataValidationListAndIntegerRange() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("validation.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(name: "Tiltak")
        _ = try workbook.addWorksheet(name: "Lister")
        try sheet.addDataValidation(
            DataValidation(
                .list(source: "=Lister!$A$1:$A$5"), inputTitle: "Status", inputMessage: "Velg fra listen",
                errorTitle: "Ugyldig", errorMessage: "Bruk en verdi fra listen"),
            to: CellRange(firstRow: 1, firstCol: 3, lastRow: 50, lastCol: 3))
        try sheet.addDataValidation(
            DataValidation(.wholeNumber(.between(2024, 2040)), errorStyle: .warning),
            to: CellRange(firstRow: 1, firstCol: 4, lastRow: 50, lastCol: 4))
        try sheet.addDataValidation(
            DataValidation(.listValues(["Ja", "Nei"])), to: CellRange(row: 1, col: 5))
        #expect {
            try sheet.addDataValidation(
                DataValidation(.any, inputTitle: String(repeating: "x", count: 40)),
                to: CellRange(row: 0, col: 0))
        } throws: { ($0 as? XlsxError)?.code == .stringLengthExceeded32 }
        try workbook.close()

        let xml = try readPart(path, "xl/worksheets/sheet1.xml")
        let validations = try #require(element("dataValidations", in: xml))
        #expect(validations.contains("count=\"3\""))
        #expect(validations.contains("<formula1>Lister!$A$1:$A$5</formula1>"))
        #expect(validations.contains("sqref=\"D2:D51\""))
        #expect(validations.contains("promptTitle=\"Status\" prompt=\"Velg fra listen\""))
        #expect(validations.contains("errorTitle=\"Ugyldig\" error=\"Bruk en verdi fra listen\""))
        #expect(
            validations.contains(
                "type=\"whole\" errorStyle=\"warning\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" sqref=\"E2:E51\"><formula1>2024</formula1><formula2>2040</formula2>"
            ))
        #expect(validations.contains("<formula1>\"Ja,Nei\"</formula1>"))
    }

    @Test func conditionalFormats() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("conditional.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(name: "Tiltak")
        let red = try workbook.addFormat(FormatStyle(fontColor: .red, backgroundColor: Color(rgb: 0xFFC7CE)))
        try sheet.addConditionalFormat(
            ConditionalFormat(.greaterThan(50), format: red),
            to: CellRange(firstRow: 1, firstCol: 1, lastRow: 3, lastCol: 1))
        try sheet.addConditionalFormat(
            ConditionalFormat(.formula("=$C2=\"Forsinket\""), format: red),
            to: CellRange(firstRow: 1, firstCol: 0, lastRow: 3, lastCol: 3))
        try sheet.addConditionalFormat(
            ConditionalFormat(.lessThan(10), format: red, stopIfTrue: true, multiRange: "B2:B4 D2:D4"),
            to: CellRange(firstRow: 1, firstCol: 1, lastRow: 3, lastCol: 1))
        try workbook.close()

        let xml = try readPart(path, "xl/worksheets/sheet1.xml")
        #expect(
            xml.contains(
                "<conditionalFormatting sqref=\"B2:B4\"><cfRule type=\"cellIs\" dxfId=\"0\" priority=\"1\" operator=\"greaterThan\"><formula>50</formula></cfRule></conditionalFormatting>"
            ))
        #expect(
            xml.contains(
                "<cfRule type=\"expression\" dxfId=\"0\" priority=\"2\"><formula>$C2=\"Forsinket\"</formula>")
        )
        #expect(
            xml.contains(
                "<conditionalFormatting sqref=\"B2:B4 D2:D4\"><cfRule type=\"cellIs\" dxfId=\"0\" priority=\"3\" stopIfTrue=\"1\" operator=\"lessThan\"><formula>10</formula></cfRule></conditionalFormatting>"
            ))
        let styles = try readPart(path, "xl/styles.xml")
        #expect(styles.contains("<dxfs count=\"1\">"))
    }

    @Test func protectionWithUnlockedInputCells() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("protected.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(name: "Skjema")
        let input = try workbook.addFormat(FormatStyle(unlocked: true))
        let secret = try workbook.addFormat(FormatStyle(hidden: true))
        try sheet.writeString(row: 0, col: 0, "Låst")
        try sheet.writeBlank(row: 0, col: 1, format: input)
        try sheet.writeFormula(row: 0, col: 2, "=1+1", format: secret)
        try sheet.protect(
            password: "tiltak", options: ProtectionOptions(formatColumns: true, sort: true, autofilter: true))
        try workbook.close()

        let xml = try readPart(path, "xl/worksheets/sheet1.xml")
        let protection = try #require(element("sheetProtection", in: xml))
        #expect(protection.contains("password=\""))
        #expect(protection.contains("sheet=\"1\""))
        #expect(protection.contains("formatColumns=\"0\""))
        #expect(protection.contains("sort=\"0\""))
        #expect(protection.contains("autoFilter=\"0\""))
        #expect(!protection.contains("formatCells"))
        #expect(!protection.contains("selectLockedCells"))
        #expect(cell("B1", in: xml) == "<c r=\"B1\" s=\"1\"/>")
        let styles = try readPart(path, "xl/styles.xml")
        let cellXfs = try #require(element("cellXfs", in: styles))
        #expect(cellXfs.contains("<protection locked=\"0\"/>"))
        #expect(cellXfs.contains("<protection hidden=\"1\"/>"))
    }

    @Test func printSetup() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("print.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(name: "Handlingsplan")
        try sheet.writeString(row: 0, col: 0, "Tittel")
        try sheet.setLandscape()
        try sheet.setPaper(.a4)
        try sheet.fitToPages(width: 1, height: 0)
        try sheet.repeatRows(first: 0, last: 1)
        try sheet.setPrintArea(CellRange(firstRow: 0, firstCol: 0, lastRow: 69, lastCol: 14))
        try sheet.setMargins(left: 0.5, right: 0.5, top: 0.75, bottom: 0.75)
        try sheet.setHeader("&LRegionplan&RTiltak")
        try sheet.setFooter("&CSide &P av &N")
        try sheet.setGridlines(.hidden)
        try sheet.centerHorizontally()
        try sheet.setTabColor(Color(rgb: 0x1F4E78))
        try sheet.setZoom(85)
        #expect(throws: XlsxError.self) { try sheet.setZoom(5) }
        try workbook.close()

        let xml = try readPart(path, "xl/worksheets/sheet1.xml")
        let pageSetup = try #require(element("pageSetup", in: xml))
        #expect(pageSetup.contains("paperSize=\"9\""))
        #expect(pageSetup.contains("orientation=\"landscape\""))
        #expect(pageSetup.contains("fitToHeight=\"0\""))
        #expect(!pageSetup.contains("fitToWidth=\"0\""))
        #expect(xml.contains("<pageSetUpPr fitToPage=\"1\"/>"))
        #expect(xml.contains("<tabColor rgb=\"FF1F4E78\"/>"))
        #expect(xml.contains("zoomScale=\"85\""))
        #expect(xml.contains("<printOptions horizontalCentered=\"1\"/>"))
        #expect(xml.contains("<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\""))
        #expect(xml.contains("<oddHeader>&amp;LRegionplan&amp;RTiltak</oddHeader>"))
        #expect(xml.contains("<oddFooter>&amp;CSide &amp;P av &amp;N</oddFooter>"))
        let workbookXML = try readPart(path, "xl/workbook.xml")
        #expect(
            workbookXML.contains(
                "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">Handlingsplan!$A$1:$O$70</definedName>"
            ))
        #expect(
            workbookXML.contains(
                "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">Handlingsplan!$1:$2</definedName>"
            ))
    }

    @Test func documentPropertiesAndDefinedNames() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("properties.xlsx")
        let workbook = try Workbook(path: path)
        _ = try workbook.addWorksheet(name: "Oversikt")
        try workbook.setProperties(
            DocumentProperties(
                title: "Handlingsplan 2024–2027", subject: "Tiltak", author: "Regionrådet",
                manager: "Dagleg leiar", company: "Regionrådet", category: "Plan",
                keywords: "tiltak, plan", comments: "Generert av Tiltak", status: "Utkast",
                hyperlinkBase: "https://example.org/plan/", created: fixedDate))
        try workbook.defineName("Kostnader", formula: "=Oversikt!$C$2:$C$20")
        try workbook.close()

        let core = try readPart(path, "docProps/core.xml")
        #expect(core.contains("<dc:title>Handlingsplan 2024–2027</dc:title>"))
        #expect(core.contains("<dc:creator>Regionrådet</dc:creator>"))
        #expect(core.contains("<cp:keywords>tiltak, plan</cp:keywords>"))
        #expect(
            core.contains(
                "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-03-01T12:00:00Z</dcterms:created>"))
        #expect(core.contains("<dc:subject>Tiltak</dc:subject>"))
        #expect(core.contains("<dc:description>Generert av Tiltak</dc:description>"))
        #expect(core.contains("<cp:category>Plan</cp:category>"))
        #expect(core.contains("<cp:contentStatus>Utkast</cp:contentStatus>"))
        let app = try readPart(path, "docProps/app.xml")
        #expect(app.contains("<Company>Regionrådet</Company>"))
        #expect(app.contains("<Manager>Dagleg leiar</Manager>"))
        #expect(app.contains("<HyperlinkBase>https://example.org/plan/</HyperlinkBase>"))
        let workbookXML = try readPart(path, "xl/workbook.xml")
        #expect(workbookXML.contains("<definedName name=\"Kostnader\">Oversikt!$C$2:$C$20</definedName>"))
    }
}
