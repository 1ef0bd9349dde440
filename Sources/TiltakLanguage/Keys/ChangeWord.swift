/// The words of the changes between two revisions (`tiltak diff`, the `Endringar` sheet): what
/// happened to an action, the fields that are not columns, the summary, and the values of the
/// closed field.
public enum ChangeWord: Phrase, Hashable {
    /// A new action (`Nytt`).
    case added
    /// A removed action (`Fjerna`).
    case removed
    /// An action moved to another focus area or theme (`Flytta`).
    case moved
    /// A changed field (`Endra`).
    case changed
    /// The field of a move (`Innsatsområde / tema`).
    case placement
    /// The field saying whether a revision closed the action (`Avslutta`).
    case closed
    /// The closed field's value for a closed action (`Ja`).
    case yes
    /// The closed field's value for an open action (`Nei`).
    case no
    /// After the names of a cell that carries a question mark (`(uviss)`).
    case uncertain
    /// The field of a party's status report and comment (`Rapport`).
    case report
    /// The field of one party's report for a year (`Rapport 2021, Gol`).
    case reportOf(year: Int, party: String)
    /// How many actions were added, removed, moved and changed (`2 nye, 1 fjerna, 3 endra`);
    /// `Ingen endringar` when all are 0.
    case summary(added: Int, removed: Int, moved: Int, changed: Int)
}

extension ChangeWord {
    /// The parts of a summary for the counts that are not 0, each made by `part`, joined by `, `.
    static func summaryParts(
        added: Int, removed: Int, moved: Int, changed: Int, part: (Int, ChangeWord) -> String
    ) -> String {
        [(added, ChangeWord.added), (removed, .removed), (moved, .moved), (changed, .changed)]
            .filter { $0.0 > 0 }.map { part($0.0, $0.1) }.joined(separator: ", ")
    }
}
