import Foundation
import Testing
import TextLayout
import TiltakModel

@testable import TiltakReports

/// Every report keeps to its width, has no trailing spaces and is LF-terminated UTF-8 text.
@Suite struct LayoutTests {
    static let kinds: [(ReportKind, String?)] = [
        (.moteoversikt, nil), (.kommune, "AAL"), (.kommune, "Gol"), (.ufinansiert, nil), (.revisjon, nil),
    ]

    @Test(arguments: [60, 77, 100, 200])
    func linesFitTheWidth(width: Int) throws {
        let plan = try TestSupport.hallingdal()
        let renderer = try TestSupport.renderer()
        for (kind, municipality) in Self.kinds {
            let text = try renderer.render(
                kind, plan: plan, options: ReportOptions(width: width, municipality: municipality))
            #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
            #expect(!text.contains("\r") && !text.contains("\t"))
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                #expect(
                    DisplayWidth.of(line) <= width,
                    "\(kind) line \(number + 1) is wider than \(width): \(line)")
                #expect(!line.hasSuffix(" "), "\(kind) line \(number + 1) has trailing spaces")
            }
        }
    }

    @Test(arguments: [59, 201, 0])
    func widthOutOfRangeIsAnError(width: Int) throws {
        let plan = try TestSupport.hallingdal()
        #expect(throws: ReportError.widthOutOfRange(width)) {
            try TestSupport.renderer().render(.moteoversikt, plan: plan, options: ReportOptions(width: width))
        }
    }

    @Test func amountsUseNorwegianGrouping() {
        #expect(Kroner.format(1_000_000) == "1 000 000 kr")
        #expect(Kroner.format(250_000) == "250 000 kr")
        #expect(Kroner.format(999) == "999 kr")
        #expect(Kroner.format(0) == "0 kr")
    }

    @Test func fileNames() throws {
        let plan = try TestSupport.hallingdal()
        #expect(
            try ReportKind.kommune.fileName(plan: plan, options: ReportOptions(municipality: "AAL"))
                == "kommunar/Ål.txt")
        #expect(try ReportKind.revisjon.fileName(plan: plan, options: ReportOptions()) == "revisjon-2021.txt")
        #expect(
            try ReportKind.revisjon.fileName(plan: plan, options: ReportOptions(year: 2023))
                == "revisjon-2023.txt")
        #expect(
            try ReportKind.moteoversikt.fileName(plan: plan, options: ReportOptions()) == "moteoversikt.txt")
    }
}
