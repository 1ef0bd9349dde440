import Testing
import TextLayout

@Suite struct LabelledBlockTests {
    @Test func wrapsTextUnderItsStart() {
        let block = LabelledBlock(labelWidth: 12, totalWidth: 60)
        let lines = block.lines(
            label: "Ansvar",
            text: "Regionrådet for Hallingdal, i samarbeid med kommunane Flå, Nes, Gol, Hemsedal, Ål og Hol")
        #expect(
            lines == [
                "Ansvar:     Regionrådet for Hallingdal, i samarbeid med",
                "            kommunane Flå, Nes, Gol, Hemsedal, Ål og Hol",
            ])
        for line in lines {
            #expect(line.displayWidth <= 60)
        }
    }

    @Test func fitsLabelsAndRendersSeveralFields() {
        let block = LabelledBlock(fitting: ["Mål", "Ansvar", "Periode"], totalWidth: 40)
        #expect(block.labelWidth == 10)
        let text = block.render([
            (label: "Mål", text: "Auke talet på heilårsarbeidsplassar"),
            (label: "Periode", text: "2025–2028"),
            (label: "Ansvar", text: ""),
        ])
        #expect(
            text == """
                Mål:      Auke talet på
                          heilårsarbeidsplassar
                Periode:  2025–2028
                Ansvar:
                """)
    }

    @Test func keepsParagraphsWithoutTrailingSpaces() {
        let block = LabelledBlock(labelWidth: 8, totalWidth: 30)
        #expect(
            block.lines(label: "Merk", text: "Første avsnitt.\n\nAndre 日本語 avsnitt.")
                == ["Merk:   Første avsnitt.", "", "        Andre 日本語 avsnitt."])
    }

    @Test func longLabelGoesOnItsOwnLine() {
        let block = LabelledBlock(labelWidth: 8, totalWidth: 30)
        #expect(
            block.lines(label: "Samarbeidspartnarar", text: "Ål og Gol") == [
                "Samarbeidspartnarar:", "        Ål og Gol",
            ])
        #expect(block.lines(label: "Samarbeidspartnarar", text: "") == ["Samarbeidspartnarar:"])
    }

    @Test func neutralisesLabelAndText() {
        let block = LabelledBlock(labelWidth: 8, totalWidth: 40)
        #expect(block.lines(label: "A\u{1B}", text: "\u{1B}[2J tekst") == ["A␛:     ␛[2J tekst"])
    }
}
