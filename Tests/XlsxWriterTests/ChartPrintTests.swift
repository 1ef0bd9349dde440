import Foundation
import Testing
import XlsxWriter

/// What makes a chart read on paper: pattern fills, fonts, data-label formats, and page breaks.
@Suite struct ChartPrintTests {
    @Test func patternsFontsAndLabels() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("print.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(name: "Data")
        let chart = try workbook.addChart(.bar, subtype: .stacked)
        let series = try chart.addSeries(categories: "=Data!$A$1:$A$3", values: "=Data!$B$1:$B$3")
        try series.setPattern(.wideUpwardDiagonal, foreground: Color(rgb: 0x1F_3864))
        try series.setDataLabels()
        try series.setDataLabelNumberFormat("0;-0;;@")
        try series.setDataLabelPosition(.center)
        try series.setDataLabelFont(ChartFont(size: 9, bold: true))
        try series.setDataLabelFill(.white)
        try chart.setTitle("Framdrift")
        try chart.setTitleFont(ChartFont(size: 13, bold: true, color: .black))
        try chart.setLegendFont(ChartFont(size: 10))
        try chart.setAxisTitle(.x, "Tal")
        try chart.setAxisTitleFont(.x, ChartFont(size: 10, bold: true))
        try chart.setAxisNumberFont(.y, ChartFont(size: 10))
        try chart.setAxisMajorUnit(.x, 1)
        #expect(throws: XlsxError.self) { try chart.setAxisMajorUnit(.x, 0) }
        #expect(throws: XlsxError.self) { try chart.setTitleFont(ChartFont(size: 0)) }
        try sheet.insertChart(row: 5, col: 0, chart)
        try sheet.setHorizontalPageBreaks([5, 40])
        try workbook.close()

        let xml = try readPart(path, "xl/charts/chart1.xml")
        #expect(xml.contains("<a:pattFill prst=\"wdUpDiag\"><a:fgClr><a:srgbClr val=\"1F3864\"/></a:fgClr>"))
        #expect(xml.contains("<a:bgClr><a:srgbClr val=\"FFFFFF\"/></a:bgClr>"))
        #expect(xml.contains("<c:numFmt formatCode=\"0;-0;;@\" sourceLinked=\"0\"/>"))
        #expect(xml.contains("<c:dLblPos val=\"ctr\"/>"))
        #expect(xml.contains("sz=\"900\" b=\"1\""))
        #expect(xml.contains("sz=\"1300\" b=\"1\""))
        #expect(xml.contains("<c:majorUnit val=\"1\"/>"))
        let sheetXML = try readPart(path, "xl/worksheets/sheet1.xml")
        #expect(
            sheetXML.contains(
                "<rowBreaks count=\"2\" manualBreakCount=\"2\"><brk id=\"5\" max=\"16383\" man=\"1\"/>"
                    + "<brk id=\"40\" max=\"16383\" man=\"1\"/></rowBreaks>"))
    }

    @Test func pageBreaksRefuseRowZeroAndTooMany() throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("breaks.xlsx"))
        let sheet = try workbook.addWorksheet(name: "Data")
        #expect(throws: XlsxError.self) { try sheet.setHorizontalPageBreaks([0]) }
        #expect(throws: XlsxError.self) { try sheet.setHorizontalPageBreaks(Array(1...1024)) }
        try sheet.setHorizontalPageBreaks([])
        try workbook.close()
        #expect(throws: XlsxError.self) { try sheet.setHorizontalPageBreaks([3]) }
    }
}
