import Testing

@testable import TiltakLanguage

/// ``LanguageEvidence`` tells nynorsk, bokmål and English apart by a text's own words.
@Suite("Language evidence")
struct LanguageEvidenceTests {
    /// The verdict for `texts`.
    func language(_ texts: String...) -> Language? {
        LanguageEvidence(texts).language
    }

    /// Pairs of the same phrase in nynorsk and bokmål, as plans write them.
    static let pairs: [(nn: String, nb: String)] = [
        ("Ikkje starta", "Ikke startet"),
        ("Søke midlar frå Viken", "Søke midler fra Viken"),
        ("Kommunane", "Kommunene"),
        ("Årleg", "Årlig"),
        ("Haust 2024", "Høst 2024"),
        ("Løpande", "Løpende"),
        ("Utsett", "Utsatt"),
        ("Ansvarleg", "Ansvarlig"),
        ("Eg veit ikkje", "Jeg vet ikke"),
        ("Berre ein gong", "Bare en gang"),
        ("Etablere eit senter", "Etablere et senter"),
        ("Fleire arbeidsplassar", "Flere arbeidsplasser"),
        ("Mogelegheiter for innbyggjarar", "Muligheter for innbyggere"),
        ("Støtteordningar", "Støtteordninger"),
        ("Krev finansiering", "Krever finansiering"),
        ("Kommunale tenester", "Kommunale tjenester"),
        ("Oppgåver", "Oppgaver"),
        ("Ukjend", "Ukjent tidsramme, fra kommunene"),
    ]

    @Test func eachPhraseIsReadAsItsStandard() {
        for pair in Self.pairs {
            #expect(language(pair.nn) == .nynorsk, "\(pair.nn)")
            #expect(language(pair.nb) == .bokmal, "\(pair.nb)")
        }
    }

    @Test func englishIsEnglish() {
        #expect(language("Develop the cycling network in the region", "Annual") == .english)
        #expect(language("Needs funding from the county") == .english)
        // Norwegian names in an English text do not make it Norwegian.
        #expect(language("Establish a centre for innovation in Hallingdal with Viken") == .english)
        // One English word is not enough.
        #expect(language("Annual") == nil)
    }

    @Test func norwegianWithEnglishWordsIsNorwegian() {
        #expect(language("Arrangere «Smart City»-konferanse for kommunane og næringslivet") == .nynorsk)
        #expect(language("Etablere en «workshop» for kommunene og næringslivet") == .bokmal)
    }

    @Test func textsWithoutMarkerWordsDecideNothing() {
        #expect(language() == nil)
        #expect(language("2022", "RR, Gol", "?") == nil)
        #expect(language("Tiltak i regionen") == nil)
        // As many words for each standard.
        #expect(language("ikkje ikke") == nil)
    }

    @Test func theMajorityDecides() {
        // A nynorsk plan with a bokmål slip stays nynorsk, and is not contradicted.
        let slips = LanguageEvidence([
            "Utvikle sykkelsatsinga for å skape fleire heilårs arbeidsplassar",
            "Arbeide for å få fleire statlege arbeidsplassar til regionen",
            "Utarbeide ein innkjøpsstrategi for å videreutvikle lokalt næringsliv",
        ])
        #expect(slips.language == .nynorsk)
        #expect(slips.bokmal == 1)
        #expect(slips.contradiction(of: .nynorsk) == nil)
        #expect(slips.contradiction(of: .bokmal) == .nynorsk)
    }

    @Test func aContradictionMustBeClear() {
        // Three bokmål words against none: the majority, but too few to warn about.
        let few = LanguageEvidence(["Ikke startet, fra Gol"])
        #expect(few.language == .bokmal)
        #expect(few.contradiction(of: .nynorsk) == nil)
        // Six against one: clear.
        let clear = LanguageEvidence(["Ikke startet, fra kommunene, mangler midler", "ikkje"])
        #expect(clear.bokmal == 6 && clear.nynorsk == 1)
        #expect(clear.contradiction(of: .nynorsk) == .bokmal)
        #expect(clear.contradiction(of: .bokmal) == nil)
        // Six against three: not more than twice as many.
        let mixed = LanguageEvidence(["Ikke startet, fra kommunene, mangler midler", "ikkje frå kommunane"])
        #expect(mixed.language == .bokmal)
        #expect(mixed.contradiction(of: .nynorsk) == nil)
        // English declared, Norwegian written; Norwegian declared, English written.
        #expect(clear.contradiction(of: .english) == .bokmal)
        let english = LanguageEvidence(["Develop the network of the municipalities with the county"])
        #expect(english.contradiction(of: .nynorsk) == .english)
        #expect(english.contradiction(of: .english) == nil)
    }

    @Test func examplesAreTheFirstDistinctMarkerWords() {
        let evidence = LanguageEvidence(["Ikke startet, ikke fra kommunene", "Mangler midler"])
        #expect(evidence.examples[.bokmal] == ["ikke", "startet", "fra"])
        #expect(evidence.examples[.nynorsk] == nil)
    }

    @Test func readingStopsWhenSettled() {
        let row = "Ikkje starta, frå kommunane og næringslivet"
        let evidence = LanguageEvidence(Array(repeating: row, count: 10_000))
        #expect(evidence.isSettled)
        #expect(
            evidence.nynorsk + evidence.bokmal + evidence.english + evidence.norwegian
                < LanguageEvidence.enough + 10)
        #expect(evidence.language == .nynorsk)
    }

    @Test func wordsAreReadWhateverTheirCaseAndPunctuation() {
        #expect(language("IKKJE") == .nynorsk)
        #expect(language("«Ikke»-tiltak") == .bokmal)
        #expect(language("kommunane/fylket") == .nynorsk)
    }
}

extension LanguageEvidenceTests {
    @Test func compoundsAreReadByTheirLastPart() {
        #expect(language("Utvide fagskuletilbodet") == .nynorsk)
        #expect(language("Utvide fagskoletilbudet") == .bokmal)
        #expect(language("Felles helsetenester") == .nynorsk)
        #expect(language("Felles helsetjenester") == .bokmal)
        #expect(language("Digitale løysingar for hytteeigarar") == .nynorsk)
        #expect(language("Digitale løsninger for hytteeiere") == .bokmal)
        #expect(language("Skape heilårs arbeidsplassar") == .nynorsk)
        #expect(language("Skape helårs arbeidsplasser") == .bokmal)
        // `frivillig` is nynorsk too.
        #expect(language("Mobilisering av frivillige") == nil)
    }
}

extension LanguageEvidenceTests {
    @Test func readingStopsAfterTheWordLimitToo() {
        // 20 000 words that say nothing, then nynorsk: the nynorsk is not read.
        let silent = Array(repeating: "Xyzzy plugh zork blat", count: LanguageEvidence.wordLimit / 4)
        let evidence = LanguageEvidence(silent + ["Ikkje starta, frå kommunane"])
        #expect(evidence.words == LanguageEvidence.wordLimit)
        #expect(evidence.language == nil)
        // One text fewer, and it is.
        #expect(LanguageEvidence(silent.dropLast() + ["Ikkje starta, frå kommunane"]).language == .nynorsk)
    }
}
