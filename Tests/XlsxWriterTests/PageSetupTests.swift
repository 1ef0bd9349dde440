import Foundation
import Testing
import XlsxWriter

@Suite struct PageSetupTests {
    @Test func portraitScaledNumberedPrintout() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("portrait.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(name: "Handlingsplan")
        try sheet.writeString(row: 0, col: 0, "Tittel")
        try sheet.setLandscape()
        try sheet.setPortrait()
        try sheet.setPaper(.letter)
        try sheet.setPrintScale(75)
        try sheet.setStartPage(3)
        try sheet.printAcross()
        try sheet.repeatRows(first: 0, last: 0)
        try sheet.repeatColumns(first: 0, last: 1)
        try sheet.centerHorizontally()
        try sheet.centerVertically()
        try sheet.printRowColumnHeaders()
        try sheet.setHeader("&CRegionplan", margin: 0.4)
        try sheet.setFooter("&CSide &P", margin: 0.35)
        #expect(throws: XlsxError.self) { try sheet.setPrintScale(5) }
        #expect(throws: XlsxError.self) { try sheet.setStartPage(0) }
        #expect(throws: XlsxError.self) { try sheet.repeatColumns(first: 2, last: 1) }
        #expect(throws: XlsxError.self) { try sheet.setMargins(left: -1) }
        try workbook.close()

        let xml = try readPart(path, "xl/worksheets/sheet1.xml")
        let pageSetup = try #require(element("pageSetup", in: xml))
        #expect(pageSetup.contains("paperSize=\"1\""))
        #expect(pageSetup.contains("scale=\"75\""))
        #expect(pageSetup.contains("firstPageNumber=\"3\""))
        #expect(pageSetup.contains("useFirstPageNumber=\"1\""))
        #expect(pageSetup.contains("pageOrder=\"overThenDown\""))
        #expect(pageSetup.contains("orientation=\"portrait\""))
        #expect(!xml.contains("fitToPage"))
        let printOptions = try #require(element("printOptions", in: xml))
        #expect(printOptions.contains("horizontalCentered=\"1\""))
        #expect(printOptions.contains("verticalCentered=\"1\""))
        #expect(printOptions.contains("headings=\"1\""))
        let margins = try #require(element("pageMargins", in: xml))
        #expect(margins.contains("header=\"0.4\" footer=\"0.35\""))
        #expect(xml.contains("<oddHeader>&amp;CRegionplan</oddHeader>"))
        #expect(xml.contains("<oddFooter>&amp;CSide &amp;P</oddFooter>"))
        let workbookXML = try readPart(path, "xl/workbook.xml")
        #expect(
            workbookXML.contains(
                "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">Handlingsplan!$A:$B,Handlingsplan!$1:$1</definedName>"
            ))
    }

    @Test(arguments: [
        (PaperSize.printerDefault, nil), (.letter, "1"), (.legal, "5"), (.a3, "8"), (.a4, "9"), (.a5, "11"),
    ])
    func paperSizes(paper: PaperSize, index: String?) throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("paper.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet()
        try sheet.setPaper(paper)
        try workbook.close()

        let xml = try readPart(path, "xl/worksheets/sheet1.xml")
        let pageSetup = try #require(element("pageSetup", in: xml))
        if let index {
            #expect(pageSetup.contains("paperSize=\"\(index)\""))
        } else {
            #expect(!pageSetup.contains("paperSize"))
        }
    }

    @Test func outOfRangePaperIndexIsRejected() throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("paper.xlsx"))
        let sheet = try workbook.addWorksheet()
        let error = try #require(throws: XlsxError.self) { try sheet.setPaper(PaperSize(rawValue: 256)) }
        #expect(error.code == .parameterValidation)
    }

    /// libxlsxwriter only adds print gridlines for `.printOnly`: the screen keeps its default ones.
    @Test(arguments: [
        (Gridlines.hidden, false, false), (.screenOnly, true, false), (.printOnly, true, true),
        (.screenAndPrint, true, true),
    ])
    func gridlines(gridlines: Gridlines, onScreen: Bool, inPrint: Bool) throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("gridlines.xlsx")
        let workbook = try Workbook(path: path)
        try workbook.addWorksheet().setGridlines(gridlines)
        try workbook.close()

        let xml = try readPart(path, "xl/worksheets/sheet1.xml")
        let view = try #require(element("sheetView", in: xml))
        #expect(view.contains("showGridLines=\"0\"") == !onScreen)
        #expect((element("printOptions", in: xml)?.contains("gridLines=\"1\"") ?? false) == inPrint)
    }
}
