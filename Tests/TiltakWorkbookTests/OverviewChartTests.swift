import Foundation
import Testing
import TiltakModel
import XLSXReader

@testable import TiltakWorkbook

/// The overview's charts as a reader gets them: read back from the chart parts, their series
/// resolved to the `Oversikt` cells they draw from.
@Suite struct OverviewChartTests {
    /// One series of a chart part: the formulas of its name, categories and values, and its fill.
    struct Series {
        var name: String
        var categories: String
        var values: String
        /// `solid:RRGGBB` or `pattern:<preset>`.
        var fill: String
    }

    /// The council workbook of `plan`, opened.
    static func workbook(_ plan: Plan) throws -> (XLSXDocument, TemporaryDirectory) {
        let directory = try TemporaryDirectory()
        let path = directory.path("council.xlsx")
        try CouncilWorkbook.write(plan, source: WorkbookSource(path: "p.yaml", sha256: ""), to: path)
        return (try open(path), directory)
    }

    /// The charts of the workbook, in order.
    static func charts(_ document: XLSXDocument) throws -> [String] {
        let names = document.partNames.filter { $0.hasPrefix("xl/charts/chart") }
        return try names.sorted { $0.count == $1.count ? $0 < $1 : $0.count < $1.count }.map {
            try document.partText($0)
        }
    }

    /// The text between the first `open` and the following `close` in `text`.
    static func between(_ text: Substring, _ open: String, _ close: String) -> Substring? {
        guard let start = text.range(of: open), let end = text[start.upperBound...].range(of: close) else {
            return nil
        }
        return text[start.upperBound..<end.lowerBound]
    }

    /// The series of a chart part.
    static func series(_ xml: String) -> [Series] {
        xml.components(separatedBy: "<c:ser>").dropFirst().map { part in
            let text = Substring(part)
            let tx = between(text, "<c:tx>", "</c:tx>").flatMap { between($0, "<c:f>", "</c:f>") } ?? ""
            let cat = between(text, "<c:cat>", "</c:cat>").flatMap { between($0, "<c:f>", "</c:f>") } ?? ""
            let val = between(text, "<c:val>", "</c:val>").flatMap { between($0, "<c:f>", "</c:f>") } ?? ""
            // The series' own shape properties come before its data labels and categories.
            let own = text.components(separatedBy: "<c:dLbls>")[0].components(separatedBy: "<c:cat>")[0]
            var fill = ""
            if let pattern = between(Substring(own), "<a:pattFill prst=\"", "\"") {
                fill = "pattern:" + pattern
            } else if let solid = between(Substring(own), "<a:solidFill><a:srgbClr val=\"", "\"") {
                fill = "solid:" + solid
            }
            return Series(name: String(tx), categories: String(cat), values: String(val), fill: fill)
        }
    }

    /// The cells of `reference` (`Oversikt!$A$3:$A$7` or `Oversikt!$B$2`) on `sheet`, as text.
    static func cells(_ reference: String, _ sheet: XLSXSheet) throws -> [String] {
        let range = try #require(reference.split(separator: "!").last).replacingOccurrences(of: "$", with: "")
        let ends = range.split(separator: ":").map(String.init)
        let first = try #require(ends.first)
        let last = ends.last ?? first
        let column = first.prefix { $0.isLetter }
        let rows =
            try #require(
                Int(first.dropFirst(column.count)))...(try #require(Int(last.dropFirst(column.count))))
        return rows.map { row in
            let cell = sheet.value("\(column)\(row)")
            return cell?.number.map { String(Int($0)) } ?? cell?.string ?? ""
        }
    }

    /// CIE lightness L* of 0xRRGGBB, as a greyscale print renders it.
    static func lightness(_ hex: String) -> Double {
        let rgb = UInt32(hex, radix: 16) ?? 0
        func linear(_ shift: UInt32) -> Double {
            let value = Double((rgb >> shift) & 0xFF) / 255
            return value <= 0.040_45 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * linear(16) + 0.7152 * linear(8) + 0.0722 * linear(0)
        return luminance > 216.0 / 24389 ? 116 * cbrt(luminance) - 16 : luminance * 24389 / 27
    }

    /// The fills of a chart's series can be told apart in greyscale: solid fills at least 25 L*
    /// apart, each pattern used once.
    static func expectDistinctInGreyscale(_ series: [Series]) {
        let solids = series.map(\.fill).filter { $0.hasPrefix("solid:") }.map {
            lightness(String($0.dropFirst(6)))
        }
        for (index, one) in solids.enumerated() {
            for other in solids[(index + 1)...] {
                #expect(abs(one - other) >= 25, "solid fills \(one) and \(other) too close in lightness")
            }
        }
        let patterns = series.map(\.fill).filter { $0.hasPrefix("pattern:") }
        #expect(Set(patterns).count == patterns.count, "a pattern used twice: \(patterns)")
        #expect(series.allSatisfy { !$0.fill.isEmpty })
    }

    @Test func unfinancedChartShowsOnlyTheNeedsThatOccur() throws {
        let plan = try hallingdal()
        let (document, _) = try Self.workbook(plan)
        let overview = try document.sheet(named: "Oversikt")
        let charts = try Self.charts(document)
        #expect(charts.count == 2, "no progress chart without reports")
        let chart = try #require(charts.first)
        #expect(chart.contains("<c:grouping val=\"stacked\"/>"))
        let series = Self.series(chart)
        let names = try series.map { try Self.cells($0.name, overview).joined() }
        let expected = Financing.Need.allCases.filter { need in
            need.isUnfinanced && plan.actions.contains { $0.financing.need == need }
        }.map { $0.text(.nynorsk) }
        #expect(names == expected)
        #expect(!names.contains("Ingen merknad om finansiering") && !names.contains("Finansiert"))
        #expect(names.count == 7)
        // The categories are the focus areas; the values add up to the unfinanced actions.
        #expect(
            try Self.cells(try #require(series.first).categories, overview) == plan.focusAreas.map(\.name))
        let total = try series.flatMap { try Self.cells($0.values, overview) }.compactMap { Int($0) }.reduce(
            0, +)
        #expect(total == plan.unfinancedActions.count)
        Self.expectDistinctInGreyscale(series)
        #expect(chart.contains("<c:legendPos val=\"b\"/>"))
    }

    @Test func perYearChartCountsActionsWithoutTimeframe() throws {
        let plan = try hallingdal()
        let (document, _) = try Self.workbook(plan)
        let overview = try document.sheet(named: "Oversikt")
        let chart = try #require(try Self.charts(document).dropFirst().first)
        let series = try #require(Self.series(chart).first)
        let categories = try Self.cells(series.categories, overview)
        #expect(categories == plan.period.years.map(String.init) + ["Utan tidsramme"])
        let values = try Self.cells(series.values, overview)
        #expect(values.last == "12")
        #expect(values.last == String(plan.actionsWithoutTimeframe.count))
        #expect(chart.contains("<a:t>Aktive tiltak per år, og tiltak utan tidsramme</a:t>"))
    }

    @Test func progressChartOnlyWithReports() throws {
        let plan = try hallingdalWithReports()
        let (document, _) = try Self.workbook(plan)
        let overview = try document.sheet(named: "Oversikt")
        let charts = try Self.charts(document)
        #expect(charts.count == 3)
        let chart = try #require(charts.last)
        #expect(chart.contains("<c:barDir val=\"bar\"/><c:grouping val=\"stacked\"/>"))
        #expect(chart.contains("<a:t>Framdrift per innsatsområde (status 2021)</a:t>"))
        // In a bar chart the categories run down: their axis is titled with the focus area.
        let categoryAxis = try #require(Self.between(Substring(chart), "<c:catAx>", "</c:catAx>"))
        #expect(categoryAxis.contains("<a:t>Innsatsområde</a:t>"))
        let series = Self.series(chart)
        let names = try series.map { try Self.cells($0.name, overview).joined() }
        #expect(names == ["Fullført", "Pågår", "Ikkje rapportert"])
        #expect(
            try Self.cells(try #require(series.first).categories, overview) == plan.focusAreas.map(\.name))
        let done = try Self.cells(try #require(series.first).values, overview).compactMap { Int($0) }
        #expect(done.reduce(0, +) == 1)
        Self.expectDistinctInGreyscale(series)
    }

    @Test func chartsArePrintedBelowTheTablesOnePerPage() throws {
        let plan = try hallingdalWithReports()
        let (document, _) = try Self.workbook(plan)
        let overview = try document.sheet(named: "Oversikt")
        let sheetXML = try document.partText("xl/worksheets/sheet1.xml")
        let drawing = try document.partText("xl/drawings/drawing1.xml")
        // Each chart starts in column A on a row below the last table, and a page break is above it.
        let anchors = drawing.components(separatedBy: "<xdr:from>").dropFirst().map { part in
            (
                col: Int(Self.between(Substring(part), "<xdr:col>", "</xdr:col>") ?? "") ?? -1,
                row: Int(Self.between(Substring(part), "<xdr:row>", "</xdr:row>") ?? "") ?? -1
            )
        }
        #expect(anchors.count == 3)
        let lastTableRow = overview.cells.values.map(\.reference.row).max() ?? 0
        for anchor in anchors {
            #expect(anchor.col == 0)
            #expect(anchor.row >= lastTableRow)
            #expect(sheetXML.contains("<brk id=\"\(anchor.row)\" max=\"16383\" man=\"1\"/>"))
        }
        // The columns fit an A4 landscape page at 100 % (about 145 units), and so do the charts.
        let widths = Self.between(Substring(sheetXML), "<cols>", "</cols>").map {
            $0.components(separatedBy: "width=\"").dropFirst().compactMap { Double($0.prefix { $0 != "\"" }) }
        }
        #expect((widths?.reduce(0, +) ?? 0) <= 145)
        let lastCol = drawing.components(separatedBy: "<xdr:to>").dropFirst().compactMap {
            Int(Self.between(Substring($0), "<xdr:col>", "</xdr:col>") ?? "")
        }.max()
        #expect((lastCol ?? 99) < (widths?.count ?? 0))
        // No chart text below 9 pt.
        for chart in try Self.charts(document) {
            let sizes = chart.components(separatedBy: " sz=\"").dropFirst().compactMap {
                Int($0.prefix { $0 != "\"" })
            }
            #expect(!sizes.isEmpty && sizes.allSatisfy { $0 >= 900 }, "\(sizes)")
        }
    }
}
