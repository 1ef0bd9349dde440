import Testing

@testable import TextLayout

@Suite struct TextWrapperTests {
    static let paragraph =
        "Regionrådet for Hallingdal skal i samarbeid med kommunane, fylkeskommunen og næringslivet "
        + "utarbeide ein felles strategi for berekraftig reiseliv, der målet er å auke verdiskapinga "
        + "og talet på heilårsarbeidsplassar i regionen."

    @Test func wrapsNorwegianTextAtSixty() {
        let lines = wrap(Self.paragraph, width: 60)
        #expect(
            lines == [
                "Regionrådet for Hallingdal skal i samarbeid med kommunane,",
                "fylkeskommunen og næringslivet utarbeide ein felles strategi",
                "for berekraftig reiseliv, der målet er å auke verdiskapinga",
                "og talet på heilårsarbeidsplassar i regionen.",
            ])
        // The second line is exactly 60 columns: the boundary is inclusive.
        #expect(lines.map(\.displayWidth) == [58, 60, 59, 45])
    }

    @Test func decomposedTextWrapsLikePrecomposed() {
        let decomposed = String(Self.paragraph.decomposedNorwegian)
        #expect(decomposed.unicodeScalars.count > Self.paragraph.unicodeScalars.count)
        let lines = wrap(decomposed, width: 60)
        #expect(lines.count == 4)
        #expect(lines.map(\.displayWidth) == [58, 60, 59, 45])
    }

    @Test func keepsParagraphBreaks() {
        let text =
            "Tiltaket gjeld Ål, Gol, Hemsedal, Nes, Flå og Hol.\n\nAnsvarleg: næringssjef i Ål kommune.\r\nSlutt"
        #expect(
            wrap(text, width: 40) == [
                "Tiltaket gjeld Ål, Gol, Hemsedal, Nes,",
                "Flå og Hol.",
                "",
                "Ansvarleg: næringssjef i Ål kommune.",
                "Slutt",
            ])
    }

    @Test func breaksLongWordsByDisplayWidth() {
        #expect(
            wrap("Sjå heilårsarbeidsplassutviklingsprogrammet no", width: 10) == [
                "Sjå heilår",
                "sarbeidspl",
                "assutvikli",
                "ngsprogram",
                "met no",
            ])
    }

    @Test func neverSplitsGraphemeClusters() {
        let word = "A\u{30A}A\u{30A}A\u{30A}A\u{30A}A\u{30A}"
        let lines = wrap(word, width: 2)
        #expect(lines == ["A\u{30A}A\u{30A}", "A\u{30A}A\u{30A}", "A\u{30A}"])
        #expect(wrap("👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧", width: 3) == ["👨‍👩‍👧", "👨‍👩‍👧", "👨‍👩‍👧"])
    }

    @Test func wrapsMixedScriptsByDisplayWidth() {
        let lines = wrap("Samarbeid med 日本語の自治体 og 한국어 partnarar 🇳🇴👍", width: 12)
        #expect(lines == ["Samarbeid", "med 日本語の", "自治体 og", "한국어", "partnarar", "🇳🇴👍"])
        for line in lines {
            #expect(line.displayWidth <= 12, "\(line)")
        }
    }

    @Test func wideCharacterNeverSplitAcrossTheBoundary() {
        // "ab日" is 4 wide: with width 3 the 日 cannot follow "ab".
        #expect(wrap("ab日本", width: 3) == ["ab", "日", "本"])
    }

    @Test func characterWiderThanTheLineGetsItsOwnLine() {
        #expect(wrap("日本", width: 1) == ["日", "本"])
    }

    @Test func collapsesSpacesAndLeavesNoTrailingSpaces() {
        let lines = wrap("  alfa   beta\tgamma  \n  delta   ", width: 11)
        #expect(lines == ["alfa beta", "gamma", "delta"])
        for line in lines {
            #expect(line.last != " ")
        }
    }

    @Test func noBreakSpaceHoldsWordsTogether() {
        #expect(wrap("Budsjett kr\u{A0}250\u{A0}000", width: 12) == ["Budsjett", "kr\u{A0}250\u{A0}000"])
    }

    @Test func emptyTextAndTinyWidths() {
        #expect(wrap("", width: 10) == [""])
        #expect(wrap("ab", width: 0) == ["a", "b"])
        #expect(TextWrapper(width: -5).width == 1)
    }

    @Test func unwrappedParagraphsCollapseSpaces() {
        #expect(TextWrapper.unwrappedParagraphs("a  b\n\nc ") == ["a b", "", "c"])
    }
}

extension String {
    /// This text with å and Å decomposed into a letter and a combining ring above.
    fileprivate var decomposedNorwegian: String {
        var scalars = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            switch scalar {
            case "å": scalars.append(contentsOf: ["a", "\u{30A}"])
            case "Å": scalars.append(contentsOf: ["A", "\u{30A}"])
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
