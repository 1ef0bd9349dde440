import Foundation
import Testing
import TiltakModel
import XLSXReader

@testable import TiltakWorkbook

/// How sheets print: orientation and scale from the columns' widths, page breaks between groups.
@Suite struct PrintFitTests {
    @Test func aNarrowSheetPrintsPortraitAtFullSize() {
        let fit = PrintFit(widths: [8, 40, 8, 8, 8, 8], paper: .a4)
        #expect(!fit.landscape)
        #expect(fit.scale == 100)
    }

    @Test func aWideSheetPrintsLandscapeAndNeverBelowTheMinimum() {
        let wide = PrintFit(widths: [8, 40, 20, 20, 20, 20, 20], paper: .a4)
        #expect(wide.landscape)
        #expect((75...100).contains(wide.scale))
        // Far too wide for one page across: it keeps legible type and runs over pages instead.
        let wider = PrintFit(widths: Array(repeating: 40, count: 10), paper: .a4, minimumScale: 75)
        #expect(wider.scale == 75)
        // What A4 must shrink, A3 prints larger.
        let a3 = PrintFit(widths: [8, 40, 20, 20, 20, 20, 20, 20, 20], paper: .a3)
        let a4 = PrintFit(widths: [8, 40, 20, 20, 20, 20, 20, 20, 20], paper: .a4)
        #expect(a3.scale > a4.scale)
    }

    @Test func narrowingKeepsWideTextTheWidest() {
        let free: [Int: Double] = [0: 8, 1: 62, 2: 40, 3: 30, 4: 30, 5: 30]
        let narrowed = PrintFit.narrowed(free, fixed: [:], paper: .a4)
        // Landscape A4 less the margins, at 90 %.
        #expect(PrintFit.pixels(Array(narrowed.values)) <= (11.69 - 0.8) * 96 * 100 / 90)
        #expect(narrowed[0] == 8)
        #expect((narrowed[1] ?? 0) > (narrowed[2] ?? 0))
        #expect((narrowed[2] ?? 0) > (narrowed[3] ?? 0))
        #expect(narrowed.values.allSatisfy { $0 >= 8 })
        // A sheet that fits is left as it is.
        #expect(PrintFit.narrowed([0: 8, 1: 30], fixed: [:], paper: .a4) == [0: 8, 1: 30])
    }

    @Test func aGroupThatWouldBeSplitStartsANewPageWhenItFitsOnOne() {
        // Pages hold 10 rows of 10 pt; groups of 4, 4 and 5 rows.
        let height: (Int) -> Double = { _ in 10 }
        let breaks = PrintFit.breaks(
            groups: [0..<4, 4..<8, 8..<13], rows: 0..<13, rowHeight: height, capacity: 100)
        #expect(breaks == [8])
        // A group longer than a page is not moved, but its heading never stands alone at the foot.
        let long = PrintFit.breaks(
            groups: [0..<9, 9..<30], rows: 0..<30, rowHeight: height, capacity: 100)
        #expect(long == [9])
        let fits = PrintFit.breaks(
            groups: [0..<3, 3..<25], rows: 0..<25, rowHeight: height, capacity: 100)
        #expect(fits == [])
    }

    @Test func theResponsibilitySheetBreaksBetweenParties() throws {
        let plan = try hallingdal()
        let directory = try TemporaryDirectory()
        let path = directory.path("hallingdal.xlsx")
        try CouncilWorkbook.write(plan, source: WorkbookSource(path: "p.yaml", sha256: ""), to: path)
        let document = try open(path)
        let sheet = try document.sheet(named: "Ansvar")
        let xml = try document.partText(sheet.partPath)
        let breaks = xml.components(separatedBy: "<brk id=\"").dropFirst().compactMap {
            Int($0.prefix { $0.isNumber })
        }
        #expect(!breaks.isEmpty)
        // Each break (Excel's row number, 1-based, of the last row before it) falls right above a
        // party's heading: the next row is a heading row ("Regionrådet for Hallingdal (23 tiltak)").
        for brk in breaks {
            let next = sheet.string("A\(brk + 1)")
            #expect(next.hasSuffix(" tiltak)"), "row \(brk + 1): \(next)")
        }
    }
}
