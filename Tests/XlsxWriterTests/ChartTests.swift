import Foundation
import Testing
import XlsxWriter

@Suite struct ChartTests {
    @Test func stackedColumnChartWithSeriesAndTitles() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("chart.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(name: "Oversikt")
        for row in 1...5 {
            try sheet.writeString(row: row, col: 0, "Område \(row)")
            try sheet.writeNumber(row: row, col: 1, Double(row * 10))
            try sheet.writeNumber(row: row, col: 2, Double(row * 5))
        }
        let chart = try workbook.addChart(.column, subtype: .stacked)
        let categories = try CellReference.formula(
            sheet: "Oversikt", CellRange(firstRow: 1, firstCol: 0, lastRow: 5, lastCol: 0))
        let planned = try chart.addSeries(
            categories: categories, values: "=Oversikt!$B$2:$B$6", name: "Planlagt")
        try planned.setFill(Color(rgb: 0x1F4E78))
        let done = try chart.addSeries(categories: categories, values: "=Oversikt!$C$2:$C$6")
        try done.setName("=Oversikt!$C$1")
        try done.setFill(.orange, transparency: 20)
        try done.setDataLabels()
        try chart.setTitle("Tiltak per område")
        try chart.setAxisTitle(.x, "Område")
        try chart.setAxisTitle(.y, "Antall")
        try chart.setAxisNumberFormat(.y, "#,##0")
        try chart.setAxisBounds(.y, min: 0, max: 100)
        try chart.setLegendPosition(.bottom)
        try chart.setStyle(10)
        try sheet.insertChart(
            row: 1, col: 4, chart,
            options: ChartInsertOptions(xOffset: 10, yOffset: 5, xScale: 1.5, description: "Tiltak"))
        let again = try #require(throws: XlsxError.self) { try sheet.insertChart(row: 20, col: 4, chart) }
        #expect(again.code == .parameterValidation)
        try workbook.close()

        let xml = try readPart(path, "xl/charts/chart1.xml")
        #expect(xml.contains("<c:barDir val=\"col\"/><c:grouping val=\"stacked\"/>"))
        #expect(xml.contains("<c:f>Oversikt!$A$2:$A$6</c:f>"))
        #expect(xml.contains("<c:f>Oversikt!$B$2:$B$6</c:f>"))
        #expect(xml.contains("<c:v>Planlagt</c:v>"))
        #expect(xml.contains("<c:f>Oversikt!$C$1</c:f>"))
        #expect(xml.contains("<a:srgbClr val=\"1F4E78\"/>"))
        #expect(xml.contains("<a:alpha val=\"80000\"/>"))
        #expect(xml.contains("<a:t>Tiltak per område</a:t>"))
        #expect(xml.contains("<a:t>Område</a:t>") && xml.contains("<a:t>Antall</a:t>"))
        #expect(xml.contains("<c:numFmt formatCode=\"#,##0\" sourceLinked=\"0\"/>"))
        #expect(xml.contains("<c:max val=\"100\"/>"))
        #expect(xml.contains("<c:legendPos val=\"b\"/>"))
        #expect(xml.contains("<c:style val=\"10\"/>"))
        #expect(xml.contains("<c:showVal val=\"1\"/>"))
        let drawing = try readPart(path, "xl/drawings/drawing1.xml")
        #expect(drawing.contains("descr=\"Tiltak\""))
    }

    @Test func pieChartWithSliceColours() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("pie.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(name: "Sheet name")
        let chart = try workbook.addChart(.pie)
        let series = try chart.addSeries(
            categories: "='Sheet name'!$A$1:$A$3", values: "='Sheet name'!$B$1:$B$3")
        try series.setPointColors([.red, .green, Color(rgb: 0x0070C0)])
        #expect {
            try chart.setAxisTitle(.x, "x")
        } throws: { ($0 as? XlsxError)?.code == .featureNotSupported }
        try sheet.insertChart(row: 0, col: 3, chart)
        try workbook.close()

        let xml = try readPart(path, "xl/charts/chart1.xml")
        #expect(xml.contains("<c:pieChart>"))
        #expect(xml.contains("<c:f>'Sheet name'!$B$1:$B$3</c:f>"))
        #expect(xml.contains("<a:srgbClr val=\"FF0000\"/>"))
        #expect(xml.contains("<a:srgbClr val=\"008000\"/>"))
        #expect(xml.contains("<a:srgbClr val=\"0070C0\"/>"))
    }

    @Test func unsupportedSubtypesThrow() throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("subtype.xlsx"))
        let error = try #require(throws: XlsxError.self) { try workbook.addChart(.pie, subtype: .stacked) }
        #expect(error.code == .featureNotSupported)
        #expect(error.operation == "workbook_add_chart(pie, stacked)")
        #expect(throws: XlsxError.self) { try workbook.addChart(.line).setStyle(49) }
    }
}

@Suite struct ChartOptionTests {
    @Test func clusteredColumnsWithGapOverlapAndGridlines() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("columns.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(name: "Oversikt")
        let chart = try workbook.addChart(.column)
        try chart.addSeries(values: "=Oversikt!$B$2:$B$6")
        try chart.addSeries(values: "=Oversikt!$C$2:$C$6")
        try chart.setTitleOff()
        try chart.setSeriesGap(50)
        try chart.setSeriesOverlap(-20)
        try chart.setAxisMajorGridlines(.x, visible: true)
        try chart.setAxisMajorGridlines(.y, visible: false)
        #expect(throws: XlsxError.self) { try chart.setSeriesGap(501) }
        #expect(throws: XlsxError.self) { try chart.setSeriesOverlap(101) }
        try sheet.insertChart(row: 0, col: 4, chart)
        try workbook.close()

        let xml = try readPart(path, "xl/charts/chart1.xml")
        #expect(xml.contains("<c:autoTitleDeleted val=\"1\"/>"))
        #expect(xml.contains("<c:gapWidth val=\"50\"/>"))
        #expect(xml.contains("<c:overlap val=\"-20\"/>"))
        let categoryAxis = try #require(element("c:catAx", in: xml))
        #expect(categoryAxis.contains("<c:majorGridlines/>"))
        let valueAxis = try #require(element("c:valAx", in: xml))
        #expect(!valueAxis.contains("<c:majorGridlines"))
    }

    @Test func lineSeriesColourAndWidth() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("line.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(name: "Oversikt")
        let chart = try workbook.addChart(.line)
        let series = try chart.addSeries(values: "=Oversikt!$B$2:$B$6", name: "Kostnad")
        try series.setLine(.navy, width: 1.5)
        #expect(throws: XlsxError.self) { try series.setLine(.red, width: -1) }
        let pie = try workbook.addChart(.doughnut)
        #expect {
            try pie.setAxisMajorGridlines(.y, visible: true)
        } throws: { ($0 as? XlsxError)?.code == .featureNotSupported }
        try sheet.insertChart(row: 0, col: 4, chart)
        try workbook.close()

        let xml = try readPart(path, "xl/charts/chart1.xml")
        #expect(
            xml.contains("<a:ln w=\"19050\"><a:solidFill><a:srgbClr val=\"000080\"/></a:solidFill></a:ln>"))
    }
}

@Suite struct ChartKindTests {
    @Test(arguments: [
        (ChartType.area, ChartSubtype.standard, "<c:areaChart><c:grouping val=\"standard\"/>"),
        (.area, .percentStacked, "<c:areaChart><c:grouping val=\"percentStacked\"/>"),
        (.bar, .standard, "<c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"clustered\"/>"),
        (.bar, .percentStacked, "<c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"percentStacked\"/>"),
        (.column, .standard, "<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/>"),
        (.line, .standard, "<c:lineChart><c:grouping val=\"standard\"/>"),
        (.line, .stacked, "<c:lineChart><c:grouping val=\"stacked\"/>"),
        (.pie, .standard, "<c:pieChart>"), (.doughnut, .standard, "<c:doughnutChart>"),
        (.scatter, .standard, "<c:scatterChart><c:scatterStyle val=\"lineMarker\"/>"),
        (.radar, .standard, "<c:radarChart><c:radarStyle val=\"marker\"/>"),
    ])
    func typesAndSubtypes(type: ChartType, subtype: ChartSubtype, plot: String) throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("\(type).xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(name: "Data")
        let chart = try workbook.addChart(type, subtype: subtype)
        #expect(chart.type == type)
        // Scatter charts need categories (X values); the others take them as well.
        try chart.addSeries(categories: "=Data!$B$1:$B$3", values: "=Data!$A$1:$A$3")
        try sheet.insertChart(row: 0, col: 2, chart)
        try workbook.close()

        let xml = try readPart(path, "xl/charts/chart1.xml")
        #expect(xml.contains(plot), "\(xml)")
    }

    @Test(arguments: [
        (ChartLegendPosition.none, nil), (.right, "<c:legendPos val=\"r\"/>"),
        (.left, "<c:legendPos val=\"l\"/>"),
        (.top, "<c:legendPos val=\"t\"/>"), (.bottom, "<c:legendPos val=\"b\"/>"),
        (.topRight, "<c:legendPos val=\"tr\"/>"),
        (.overlayRight, "<c:legendPos val=\"r\"/><c:layout/><c:overlay val=\"1\"/>"),
        (.overlayLeft, "<c:legendPos val=\"l\"/><c:layout/><c:overlay val=\"1\"/>"),
    ])
    func legendPositions(position: ChartLegendPosition, legend: String?) throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("legend.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(name: "Data")
        let chart = try workbook.addChart(.line)
        try chart.addSeries(values: "=Data!$A$1:$A$3")
        try chart.setLegendPosition(position)
        try sheet.insertChart(row: 0, col: 2, chart)
        try workbook.close()

        let xml = try readPart(path, "xl/charts/chart1.xml")
        if let legend {
            #expect(try #require(element("c:legend", in: xml)).contains(legend), "\(xml)")
        } else {
            #expect(element("c:legend", in: xml) == nil)
        }
    }
}
