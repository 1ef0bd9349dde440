/// What Tiltak says about a plan's language, in nynorsk.
extension LanguageCheckMessage {
    public var nn: String {
        switch self {
        case .textsLookLike(let found, let declared, let examples):
            "Tekstane ser ut til å vere på \(name(found))\(examples.nnQuoted(" (t.d. ", ")")), men planfila seier language: \(declared.rawValue) (\(name(declared))); skriv language: \(found.rawValue) om dokumenta skal vere på \(name(found))."
        case .tableLanguage(let language):
            "Språk: \(name(language)) (language: \(language.rawValue)), etter orda i tabellen."
        case .tableLanguageUndecided(let language):
            "Språk: \(name(language)) (language: \(language.rawValue)), fordi orda i tabellen ikkje avgjer det; endre language i planfila om planen er på eit anna språk."
        }
    }

    /// A language's name in nynorsk.
    private func name(_ language: Language) -> String {
        switch language {
        case .nynorsk: "nynorsk"
        case .bokmal: "bokmål"
        case .english: "engelsk"
        }
    }
}

extension [String] {
    /// The words in «», joined with commas, between `open` and `close`; empty without words.
    fileprivate func nnQuoted(_ open: String, _ close: String) -> String {
        isEmpty ? "" : open + map { "«\($0)»" }.joined(separator: ", ") + close
    }
}
