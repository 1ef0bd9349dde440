import Testing
import TextLayout

@Suite struct PaddingTests {
    @Test func padsByDisplayWidth() {
        #expect(Padding.pad("Ål", to: 5) == "Ål   ")
        #expect(Padding.pad("Ål", to: 5, alignment: .right) == "   Ål")
        #expect(Padding.pad("Ål", to: 5, alignment: .centre) == " Ål  ")
        #expect(Padding.pad("日本", to: 6, alignment: .centre) == " 日本 ")
        #expect(Padding.pad("a\u{30A}", to: 3) == "a\u{30A}  ")
        #expect(Padding.pad("🇳🇴", to: 3, alignment: .right) == " 🇳🇴")
    }

    @Test func padLeavesWideTextAlone() {
        #expect(Padding.pad("Næringsliv", to: 4) == "Næringsliv")
    }

    @Test func truncatesWithEllipsis() {
        #expect(Padding.truncate("Næringsliv", to: 10) == "Næringsliv")
        #expect(Padding.truncate("Næringsliv", to: 6) == "Nærin…")
        #expect(Padding.truncate("Regionrådet for Hallingdal", to: 17) == "Regionrådet for…")
        #expect(Padding.truncate("日本語", to: 4) == "日…")
        #expect(Padding.truncate("日本語", to: 1) == "…")
        #expect(Padding.truncate("abc", to: 0) == "")
        #expect(Padding.truncate("abcdef", to: 2, ellipsis: "...") == "ab")
    }

    @Test func truncationNeverSplitsClusters() {
        let flags = "🇳🇴🇸🇪🇩🇰"
        #expect(Padding.truncate(flags, to: 4) == "🇳🇴…")
        #expect("A\u{30A}A\u{30A}A\u{30A}".truncated(to: 2) == "A\u{30A}…")
    }

    @Test func fitGivesExactWidth() {
        for text in ["", "Ål", "日本語テキスト", "Regionrådet for Hallingdal", "👨‍👩‍👧 familie"] {
            for width in 1...12 {
                for alignment in TextAlignment.allCases {
                    let fitted = Padding.fit(text, to: width, alignment: alignment)
                    #expect(fitted.displayWidth == width, "\(text) at \(width) \(alignment): \(fitted)")
                }
            }
        }
        #expect(Padding.fit("日本語", to: 4, alignment: .right) == " 日…")
        #expect(Padding.fit("日本語", to: 5, alignment: .centre) == "日本…")
    }

    @Test func prefixFitting() {
        #expect(Padding.prefix(of: "ab日本", fitting: 3) == "ab")
        #expect(Padding.prefix(of: "ab日本", fitting: 4) == "ab日")
    }
}
