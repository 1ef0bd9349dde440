/// The header words a table's column may carry for one field, as secretariats write them.
///
/// Each language's text is the field's synonyms separated by `|`; ``words(_:)`` gives them as a
/// list, and ``allWords`` gives the words of all three languages, since a table in one written
/// standard often borrows headers from another. Tables are matched case-, accent- and
/// punctuation-insensitively, so each word is listed once in its plainest spelling.
public enum FieldHeaderWords: Phrase, Hashable, CaseIterable {
    /// The action's id (`ID`, `Nr.`).
    case id
    /// The focus area (`Innsatsområde`, `Satsingsområde`, `Hovudmål`).
    case focusArea
    /// The theme (`Tema`, `Delmål`, `Strategi`).
    case theme
    /// The action's text (`Tiltak`).
    case text
    /// The timeframe or deadline (`Tidsramme`, `Frist`, `Periode`).
    case timeframe
    /// The responsible parties (`Ansvar`, `Ansvarleg`).
    case responsible
    /// The involved parties (`Involvering`, `Samarbeidspartar`).
    case involved
    /// The remark (`Merknad`).
    case remark
    /// The cost (`Kostnad`, `Budsjett`).
    case cost
    /// The financing (`Finansiering`).
    case financing
    /// The reported status (`Status`).
    case status
    /// The comment that goes with the reported status (`Statuskommentar`).
    case statusComment

    /// The field's header words in `language`.
    public func words(_ language: Language) -> [String] {
        text(language).split(separator: "|").map { String($0) }
    }

    /// The field's header words in every language, nynorsk first, each once.
    public var allWords: [String] {
        var seen: Set<String> = []
        return Language.allCases.flatMap { words($0) }.filter { seen.insert($0).inserted }
    }
}
