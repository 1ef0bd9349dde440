/// What Tiltak says about a plan's language, in English.
extension LanguageCheckMessage {
    public var en: String {
        switch self {
        case .textsLookLike(let found, let declared, let examples):
            "The texts look like \(name(found))\(examples.enQuoted(" (e.g. ", ")")), but the plan file says language: \(declared.rawValue) (\(name(declared))); write language: \(found.rawValue) if the documents should be in \(name(found))."
        case .tableLanguage(let language):
            "Language: \(name(language)) (language: \(language.rawValue)), from the table's words."
        case .tableLanguageUndecided(let language):
            "Language: \(name(language)) (language: \(language.rawValue)), as the table's words do not decide it; change language in the plan file if the plan is in another language."
        }
    }

    /// A language's name in English.
    private func name(_ language: Language) -> String {
        switch language {
        case .nynorsk: "Nynorsk"
        case .bokmal: "Bokmål"
        case .english: "English"
        }
    }
}

extension [String] {
    /// The words in “”, joined with commas, between `open` and `close`; empty without words.
    fileprivate func enQuoted(_ open: String, _ close: String) -> String {
        isEmpty ? "" : open + map { "“\($0)”" }.joined(separator: ", ") + close
    }
}
