/// Where the plan's doubt about an action's realism comes from.
public enum DoubtText: Phrase, Hashable {
    /// The label of the cells that raised the doubt (`Tvilen står i`).
    case raisedBy
    /// One such cell: its column and its text (`Tidsramme: «?? Realistisk»`).
    case cell(field: String, text: String)
}
