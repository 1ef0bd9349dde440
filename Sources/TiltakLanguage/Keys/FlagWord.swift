/// What a row says about itself that is worth a second look, as reports name it.
public enum FlagWord: Phrase, Hashable, CaseIterable {
    /// The plan doubts the action is realistic (`Tvil om realisme`).
    case realismDoubt
    /// A responsible party carries a question mark (`Uviss ansvarleg`).
    case uncertainResponsible
    /// The remark asks a question (`Ope spørsmål`).
    case openQuestion
    /// The action text is in parentheses (`Forslag (i parentes)`).
    case tentative
}
