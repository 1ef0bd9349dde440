import Testing

@testable import TiltakLanguage

/// Every key has a text in every language, and the language follows the environment.
@Suite("Language catalogue")
struct CatalogueTests {
    /// Every phrase that has no payload, of every kind.
    static let phrases: [any Phrase] =
        SheetKey.allCases.map { $0 as any Phrase } + ColumnKey.allCases.map { $0 }
        + FactKey.allCases.map { $0 }
        + languagePhrases

    /// The phrases about a plan's language and the words of a new plan, with sample values.
    static let languagePhrases: [any Phrase] =
        Language.allCases.flatMap { found in
            Language.allCases.map { declared in
                LanguageCheckMessage.textsLookLike(
                    found: found, declared: declared, examples: ["ikke", "fra"])
                    as any Phrase
            }
        }
        + Language.allCases.flatMap { [LanguageCheckMessage.tableLanguage($0), .tableLanguageUndecided($0)] }
        + [NewPlanText.importedFrom(file: "tiltak.csv"), NewPlanText.municipalityGroup]

    @Test(arguments: Language.allCases)
    func everyKeyHasATextInEveryLanguage(language: Language) {
        for phrase in Self.phrases {
            let text = phrase.text(language)
            #expect(!text.isEmpty, "\(phrase) has no \(language) text")
            #expect(text == text.trimmingSpaces().description, "\(phrase): spaces around «\(text)»")
        }
        for noun in Noun.allCases {
            let forms = language.forms(of: noun)
            #expect(!forms.one.isEmpty && !forms.other.isEmpty, "\(noun) in \(language)")
        }
    }

    @Test(arguments: Language.allCases)
    func sheetNamesAreDistinctAndFitExcel(language: Language) {
        let names = SheetKey.allCases.map { $0.text(language) }
        #expect(Set(names.map { $0.lowercased() }).count == names.count, "\(names)")
        for name in names {
            #expect(name.count <= 31 && !name.contains(where: { "[]:*?/\\".contains($0) }), "\(name)")
        }
    }

    @Test func numbersAgreeWithTheirNouns() {
        #expect(Language.nynorsk.count(0, .file) == "0 filer")
        #expect(Language.nynorsk.count(1, .file) == "1 fil")
        #expect(Language.nynorsk.count(2, .file) == "2 filer")
        #expect(Language.nynorsk.count(1, .conflict) == "1 konflikt")
        #expect(Language.nynorsk.count(0, .conflict) == "0 konfliktar")
        #expect(Language.bokmal.count(2, .conflict) == "2 konflikter")
        #expect(Language.nynorsk.count(1, .row) == "1 rad")
        #expect(Language.nynorsk.count(3, .row) == "3 rader")
        #expect(Language.english.count(1, .municipality) == "1 municipality")
        #expect(Language.english.count(0, .municipality) == "0 municipalities")
        #expect(Language.english.count(2, .error) == "2 errors")
        #expect(Language.bokmal.count(1, .error) == "1 feil")
    }

    @Test func theLanguageOfMessagesFollowsTheEnvironment() {
        #expect(Language.messages(environment: [:]) == .nynorsk)
        #expect(Language.messages(environment: ["LANG": "nb_NO.UTF-8"]) == .bokmal)
        #expect(Language.messages(environment: ["LANG": "no_NO"]) == .bokmal)
        #expect(Language.messages(environment: ["LANG": "nn_NO.UTF-8"]) == .nynorsk)
        #expect(Language.messages(environment: ["LANG": "en_GB.UTF-8"]) == .english)
        #expect(Language.messages(environment: ["LANG": "C.UTF-8"]) == .nynorsk)
        #expect(Language.messages(environment: ["LANG": "de_DE.UTF-8"]) == .nynorsk)
        // LC_ALL before LC_MESSAGES before LANG; TILTAK_LANGUAGE before them all.
        #expect(Language.messages(environment: ["LC_ALL": "en_US", "LANG": "nb_NO"]) == .english)
        #expect(Language.messages(environment: ["LC_MESSAGES": "nb_NO", "LANG": "en_US"]) == .bokmal)
        #expect(Language.messages(environment: ["LC_ALL": "", "LANG": "en_US"]) == .english)
        #expect(Language.messages(environment: ["TILTAK_LANGUAGE": "nb", "LC_ALL": "en_US"]) == .bokmal)
        #expect(Language.messages(environment: ["TILTAK_LANGUAGE": "en"]) == .english)
        // An unknown TILTAK_LANGUAGE falls back to the locale.
        #expect(Language.messages(environment: ["TILTAK_LANGUAGE": "sv", "LANG": "nb_NO"]) == .bokmal)
    }

    @Test func languageCodesAndNamesAreRead() {
        #expect(Language(code: "nn") == .nynorsk)
        #expect(Language(code: " NB ") == .bokmal)
        #expect(Language(code: "Bokmål") == .bokmal)
        #expect(Language(code: "english") == .english)
        #expect(Language(code: "sv") == nil)
    }
}
