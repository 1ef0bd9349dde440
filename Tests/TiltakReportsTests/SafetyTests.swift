import Foundation
import Testing
import TextLayout
import TiltakModel

@testable import TiltakReports

/// Plan text cannot drive the terminal, and wide characters keep tables aligned.
@Suite struct SafetyTests {
    @Test func escapesAndBidiOverridesAreNeutralised() throws {
        let plan = TestSupport.smallPlan(actions: [
            TestSupport.action(
                "NK-01", "Farleg \u{1B}[31mRAUD\u{1B}[0m tekst \u{202E}snudd\u{202C} slutt",
                remark: "\u{1B}]0;tittel\u{7}")
        ])
        let renderer = try TestSupport.renderer()
        for kind in ReportKind.allCases {
            let text = try renderer.render(kind, plan: plan, options: ReportOptions(municipality: "Gol"))
            #expect(
                !text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" },
                "\(kind) has a control character")
            #expect(
                !text.unicodeScalars.contains {
                    (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
                })
        }
        let overview = try renderer.render(.moteoversikt, plan: plan, options: ReportOptions())
        #expect(overview.contains("Farleg ␛[31mRAUD␛[0m tekst snudd slutt"))
    }

    @Test func wideCharactersKeepTheSummaryTableAligned() throws {
        let plan = TestSupport.smallPlan(
            actions: [TestSupport.action("NK-01", "计划 🚀"), TestSupport.action("NK-02", "テスト 👩‍👩‍👧")],
            areaName: "地域の重点分野 🚀 Næring")
        let text = try TestSupport.renderer().render(
            .moteoversikt, plan: plan, options: ReportOptions(width: 60))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let heading = try #require(lines.firstIndex { $0.hasPrefix("Oppsummering per innsatsområde") })
        let table = lines[(heading + 3)...].prefix { !$0.isEmpty }
        let rule = try #require(table.first { $0.hasPrefix("---") })
        #expect(table.contains { $0.hasPrefix("地域の重点") })
        for line in table where line.last?.isNumber == true {
            #expect(DisplayWidth.of(line) == DisplayWidth.of(rule), "misaligned: \(line)")
        }
        let row = try #require(table.first { $0.hasPrefix("地域") })
        let sum = try #require(table.first { $0.hasPrefix("Sum") })
        #expect(DisplayWidth.of(row) == DisplayWidth.of(sum))
    }
}
