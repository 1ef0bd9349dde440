/// What a plan's own words say about the language it is written in: nynorsk, bokmål or English.
///
/// Texts are read word by word (``read(_:)``); each word that only one written standard uses
/// (`ikkje`/`ikke`, `frå`/`fra`, `kommunane`/`kommunene`, `årleg`/`årlig`, see ``LanguageMarkers``)
/// counts for that standard, English function words count for English and words both Norwegian
/// standards share count for Norwegian. ``language`` is the verdict: the standard with more marker
/// words, so that a short table is decided by the few it has and a nynorsk plan with a bokmål slip
/// stays nynorsk. ``contradiction(of:)`` is the stricter test `validate` warns with.
public struct LanguageEvidence: Sendable, Hashable {
    /// Words only nynorsk uses.
    public private(set) var nynorsk = 0
    /// Words only bokmål uses.
    public private(set) var bokmal = 0
    /// English words that Norwegian does not use.
    public private(set) var english = 0
    /// Norwegian words both standards use (`og`, `på`, `kommune`): they tell Norwegian from English.
    public private(set) var norwegian = 0
    /// The first few distinct marker words of each language, as read (lower case), to show a user.
    public private(set) var examples: [Language: [String]] = [:]

    /// How many marker words settle the question: reading stops there, so that a plan of any size
    /// is read in the same short time.
    public static let enough = 1_000
    /// How many words are read at most, marker words or not: a plan whose first 20 000 words say
    /// little says no more after them.
    public static let wordLimit = 20_000
    /// How many words have been read.
    public private(set) var words = 0

    /// How many example words are kept per language.
    static let exampleCount = 3

    /// Evidence from no text.
    public init() {}

    /// Evidence from `texts`, read in order until there is ``enough``.
    public init(_ texts: some Sequence<String>) {
        for text in texts {
            if isSettled { break }
            read(text)
        }
    }

    /// Whether enough marker words, or words at all, have been read to stop.
    public var isSettled: Bool {
        nynorsk + bokmal + english + norwegian >= Self.enough || words >= Self.wordLimit
    }

    /// Reads the words of `text`.
    public mutating func read(_ text: some StringProtocol) {
        var word = ""
        for character in text {
            if character.isLetter {
                word.append(character)
            } else if !word.isEmpty {
                count(word)
                word = ""
            }
        }
        if !word.isEmpty { count(word) }
    }

    /// Counts one word.
    private mutating func count(_ word: String) {
        words += 1
        let folded = word.lowercased()
        guard let marker = LanguageMarkers.marker(of: folded) else { return }
        switch marker {
        case .norwegian:
            norwegian += 1
            return
        case .only(let language):
            switch language {
            case .nynorsk: nynorsk += 1
            case .bokmal: bokmal += 1
            case .english: english += 1
            }
            var seen = examples[language] ?? []
            if seen.count < Self.exampleCount, !seen.contains(folded) {
                seen.append(folded)
                examples[language] = seen
            }
        }
    }

    /// The marker words counted for `language`.
    public func score(_ language: Language) -> Int {
        switch language {
        case .nynorsk: nynorsk
        case .bokmal: bokmal
        case .english: english
        }
    }

    /// The language the words speak for; `nil` when they do not say (no marker words, or as many
    /// for nynorsk as for bokmål).
    ///
    /// English when at least two English words outnumber twice every Norwegian word; otherwise
    /// the Norwegian standard with more marker words.
    public var language: Language? {
        let norwegianWords = nynorsk + bokmal + norwegian
        if english >= 2, english > 2 * norwegianWords { return .english }
        if nynorsk > bokmal { return .nynorsk }
        if bokmal > nynorsk { return .bokmal }
        return nil
    }

    /// The language the words clearly speak for when a plan says it is in `declared`: at least
    /// ``clearMinimum`` marker words of the other language, and more than twice as many as of
    /// `declared`; `nil` when the words agree with `declared` or are not clear.
    ///
    /// A nynorsk plan with a few bokmål slips, or quoting a bokmål name, is not contradicted.
    public func contradiction(of declared: Language) -> Language? {
        guard let found = language, found != declared else { return nil }
        let foundScore = score(found)
        return foundScore >= Self.clearMinimum && foundScore > 2 * score(declared) ? found : nil
    }

    /// The fewest marker words of another language that ``contradiction(of:)`` takes as clear.
    public static let clearMinimum = 4
}
