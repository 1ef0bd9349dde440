/// What Tiltak says about a plan's language, in bokmål.
extension LanguageCheckMessage {
    public var nb: String {
        switch self {
        case .textsLookLike(let found, let declared, let examples):
            "Tekstene ser ut til å være på \(name(found))\(examples.nbQuoted(" (f.eks. ", ")")), men planfilen sier language: \(declared.rawValue) (\(name(declared))); skriv language: \(found.rawValue) hvis dokumentene skal være på \(name(found))."
        case .tableLanguage(let language):
            "Språk: \(name(language)) (language: \(language.rawValue)), ut fra ordene i tabellen."
        case .tableLanguageUndecided(let language):
            "Språk: \(name(language)) (language: \(language.rawValue)), fordi ordene i tabellen ikke avgjør det; endre language i planfilen hvis planen er på et annet språk."
        }
    }

    /// A language's name in bokmål.
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
    fileprivate func nbQuoted(_ open: String, _ close: String) -> String {
        isEmpty ? "" : open + map { "«\($0)»" }.joined(separator: ", ") + close
    }
}
