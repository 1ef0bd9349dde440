/// The texts of the title block at the top of a task workbook's `Oppgåver` sheet: whose tasks they
/// are, for which plan and revision, by when and to whom they go back, and how to fill them in.
public enum TaskSheetText: Phrase, Hashable {
    /// The party's line: its name as the sheet's title (`Oppgåver for Gol`).
    case title(party: String)
    /// The plan and its revision (`Strategisk plan for Hallingdal 2021–2024 – Utkast pr. 10. april 2021`).
    case plan(title: String, revision: String)
    /// The return deadline, a date as ``date(day:month:year:)`` writes it; `nil`: the plan sets none.
    case deadline(String?)
    /// Whom to send the file back to, as the plan writes it; `nil`: the plan names nobody.
    case contact(String?)
    /// How to fill in Status: pick from the list (the statuses listed).
    case statusHelp(statuses: [String])
    /// How to write Kommentar.
    case commentHelp
    /// Where and when to send the file back: to `to` (the contact, else the plan's owner, else
    /// nobody named) by `by` (the deadline, if any).
    case returnHelp(to: String?, by: String?)
    /// A date in words (`1. mars 2024`); `month` is 1–12.
    case date(day: Int, month: Int, year: Int)
}
