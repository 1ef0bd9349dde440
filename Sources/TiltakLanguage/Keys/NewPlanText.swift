/// Words Tiltak writes into a plan it makes: the revision label of a plan imported from a table,
/// and the name of the municipality group a registry without one is given.
public enum NewPlanText: Phrase, Hashable {
    /// The revision label of a plan imported from the table `file` (`Importert frå tiltak.csv`).
    case importedFrom(file: String)
    /// The name of the group of all the municipalities, added to a registry that has none
    /// (`Kommunane`).
    case municipalityGroup
    /// The label `tiltak revise` gives the next revision (`Revisjon 2022`).
    case revision(year: Int)
}
