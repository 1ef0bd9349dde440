/// What Tiltak says about the language a plan's words are written in: the language `tiltak import`
/// gave a table, and the warning `validate` gives when the texts look like another language than
/// the plan's `language` says.
public enum LanguageCheckMessage: Phrase, Hashable {
    /// The texts look like `found`, not `declared` (validation code `language-mismatch`); `examples`
    /// are a few of the words that speak for `found`.
    case textsLookLike(found: Language, declared: Language, examples: [String])
    /// `tiltak import` gave the plan `language`, decided from the table's words.
    case tableLanguage(Language)
    /// `tiltak import` gave the plan `language` because the table's words did not decide it.
    case tableLanguageUndecided(Language)
}
