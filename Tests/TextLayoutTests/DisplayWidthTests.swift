import Testing

@testable import TextLayout

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("", 0),
        ("abc", 3),
        ("Hallingdal 2025–2028", 20),
        ("Næringsliv", 10),
        ("Ål", 2),
        ("æøåÆØÅ", 6),
        ("a\u{30A}", 1),
        ("e\u{301}", 1),
        ("Å\u{301}\u{327}", 1),
        ("日本語", 6),
        ("한국어", 6),
        ("ＡＢ", 4),
        ("👍", 2),
        ("👍🏽", 2),
        ("👨‍👩‍👧", 2),
        ("🇳🇴", 2),
        ("🇳🇴🇸🇪", 4),
        ("❤️", 2),
        ("1️⃣", 2),
        ("✅ Ferdig", 9),
        ("a\u{200B}b", 2),
        ("\u{200D}", 0),
        ("\u{FE0F}", 0),
        ("\u{FEFF}x", 1),
        ("\u{301}", 0),
        ("…", 1),
        ("©", 1),
        ("\u{AD}", 1),
        ("\u{1100}\u{1161}\u{11A8}", 2),
    ])
    func widths(text: String, expected: Int) {
        #expect(
            DisplayWidth.of(text) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        #expect(text.displayWidth == expected)
    }

    @Test func decomposedAndPrecomposedNorwegianLettersAreEquallyWide() {
        let precomposed = "På Ål og Flå"
        let decomposed = "Pa\u{30A} A\u{30A}l og Fla\u{30A}"
        #expect(precomposed.unicodeScalars.count != decomposed.unicodeScalars.count)
        #expect(precomposed.displayWidth == 12)
        #expect(decomposed.displayWidth == 12)
    }

    @Test func characterWidths() {
        #expect(Character("å").displayWidth == 1)
        #expect(Character("語").displayWidth == 2)
        #expect(Character("🇳🇴").displayWidth == 2)
        #expect(Character("\u{1F1F3}").displayWidth == 1)
        #expect(Character("\u{1B}").displayWidth == 0)
    }

    @Test func substringsAreMeasuredLikeStrings() {
        let text = "Ål 日本"
        #expect(text.dropFirst(3).displayWidth == 4)
    }

    @Test func wideTableIsSortedAndDisjoint() {
        let ranges = EastAsianWideRanges.ranges
        for (previous, next) in zip(ranges, ranges.dropFirst()) {
            #expect(previous.upperBound < next.lowerBound, "\(previous) then \(next)")
        }
        #expect(EastAsianWideRanges.contains("\u{1100}"))
        #expect(EastAsianWideRanges.contains("\u{3FFFD}"))
        #expect(!EastAsianWideRanges.contains("\u{10FF}"))
        #expect(!EastAsianWideRanges.contains("\u{40000}"))
        #expect(!EastAsianWideRanges.contains("Å"))
    }
}
