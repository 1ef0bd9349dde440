/// The name of a financing source the registry does not know, as a remark writes it.
///
/// The name starts at the word after the word that introduced it and takes the words that continue
/// an organisation's name: capitalised words (`Innovasjon Norge`, `Sparebankstiftelsen DNB`) and
/// the lower-case words organisations end their names with (`Vestland fylkeskommune`, `Statens
/// vegvesen`, `Norges forskningsråd`), up to punctuation and at most five words.
enum SourceName {
    /// The most words a name is taken with.
    static let maximumWords = 5

    /// The name's first word and the whole name as `remark` writes them, starting at the word whose
    /// folded form is `first` right after `introducer` (`nil` when the remark does not have them so,
    /// e.g. with punctuation between them).
    static func written(after introducer: String, first: String, in remark: String) -> (
        first: String, name: String
    )? {
        let tokens = remark.split(whereSeparator: \.isWhitespace).map(String.init)
        guard tokens.count >= 2 else { return nil }
        for index in 0..<(tokens.count - 1) {
            let token = tokens[index]
            guard NameKey.searchable(trimmed(token)) == introducer, !endsWithPunctuation(token),
                NameKey.searchable(trimmed(tokens[index + 1])) == first
            else { continue }
            let start = trimmed(tokens[index + 1])
            var name = [start]
            var position = index + 2
            while position < tokens.count, name.count < maximumWords,
                !endsWithPunctuation(tokens[position - 1])
            {
                let word = trimmed(tokens[position])
                guard continuesName(word) else { break }
                name.append(word)
                position += 1
            }
            return (start, name.joined(separator: " "))
        }
        return nil
    }

    /// Whether `word` can start a source's name: capitalised, and not a word of money, time or
    /// grammar written with a capital (`Midlar`, `Mai`, `I`).
    static func isProperName(_ word: String) -> Bool {
        guard let initial = word.first, initial.isUppercase else { return false }
        let folded = NameKey.searchable(word)
        return !notNames.contains(folded) && !notNamePrefixes.contains { folded.hasPrefix($0) }
    }

    /// Whether `word` continues a name: capitalised, or an organisation's closing word.
    private static func continuesName(_ word: String) -> Bool {
        guard let initial = word.first else { return false }
        if initial.isUppercase { return isProperName(word) }
        let folded = NameKey.searchable(word)
        return organisationEndings.contains { folded.hasSuffix($0) }
    }

    private static func trimmed(_ token: String) -> String {
        token.trimmingCharacters(in: "?.,;:!()«»\"")
    }

    private static func endsWithPunctuation(_ token: String) -> Bool {
        guard let last = token.last else { return false }
        return ".,;:!?)»".contains(last)
    }

    /// The lower-case words an organisation's name ends with.
    private static let organisationEndings = [
        "kommune", "kommunen", "fylke", "fylket", "vegvesen", "vegvesenet", "råd", "rådet", "fond", "fondet",
        "stiftelse", "stiftelsen", "stifting", "stiftinga", "direktorat", "direktoratet", "departement",
        "departementet", "forvaltning", "forvaltninga", "forvaltningen", "bank", "banken", "senter",
        "senteret", "selskap", "selskapet", "forbund", "forbundet", "universitet", "universitetet",
        "høgskule", "høgskulen", "høgskole", "høgskolen", "institutt", "instituttet", "næringshage",
        "forum", "nettverk", "nettverket",
    ]

    /// Capitalised words that are not names.
    private static let notNames: Set<String> = [
        "i", "og", "om", "på", "til", "for", "med", "frå", "fra", "av", "hos", "via", "eller", "men", "ein",
        "en", "ei", "eit", "et", "kr", "nok", "januar", "februar", "mars", "april", "mai", "juni", "juli",
        "august", "september", "oktober", "november", "desember", "vår", "våren", "haust", "hausten",
        "høst", "høsten", "sommar", "sommer", "vinter", "vinteren", "ulike", "andre", "fleire", "flere",
    ]
    /// Beginnings of capitalised words that are not names: money and applying.
    private static let notNamePrefixes = [
        "midl", "tilsk", "støtt", "finans", "kostnad", "søk", "løyv", "bevilg", "innvilg", "tilsagn",
        "avslag", "svar", "prosjektmidl", "eigenandel", "egenandel",
    ]
}
