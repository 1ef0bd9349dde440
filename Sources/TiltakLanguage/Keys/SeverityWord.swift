/// How serious a message is, as the word that starts its line (`feil: …`, `åtvaring: …`) and the
/// Datakvalitet sheet's first column.
public enum SeverityWord: Phrase, Hashable, CaseIterable {
    /// Something that stops the command or makes the plan unusable (`feil`).
    case error
    /// Worth a look; the work goes on (`åtvaring`).
    case warning
    /// For information (`merknad`).
    case note
    /// Two returned reports that disagree (`konflikt`).
    case conflict
}
