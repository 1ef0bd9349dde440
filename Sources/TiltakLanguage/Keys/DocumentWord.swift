/// The short words the workbooks and the text reports share: table captions and group headings.
public enum DocumentWord: Phrase, Hashable {
    /// A total row or column (`Sum`).
    case sum
    /// The field a finding or change concerns (`Felt`).
    case field
    /// The value before a change (`Før`).
    case before
    /// The value after a change (`Etter`).
    case after
    /// An empty list (`Ingen.`).
    case none
    /// A note on something worth a look (`Merk`).
    case note
    /// The caption of a column of responsible parties (`Ansvarleg`).
    case responsibleParty
    /// The group of actions without a responsible party (`Utan ansvarleg`).
    case noResponsible
    /// The group of actions without a theme (`Utan tema`).
    case noTheme
    /// The caption of a column counting actions (`Tiltak`).
    case actions
    /// The number of actions, as a label (`Tal på tiltak`).
    case actionCount
    /// A group's title with its number of actions (`Krev finansiering (3 tiltak)`).
    case withCount(String, actions: Int)
    /// The progress table by focus area (`Framdrift per innsatsområde (status 2021)`).
    case progressByArea(year: Int)
    /// The progress table by responsible party (`Framdrift per ansvarleg (status 2021)`).
    case progressByResponsible(year: Int)
    /// The plan's owner, as a label (`Eigar`).
    case owner
}
