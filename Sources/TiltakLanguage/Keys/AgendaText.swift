/// The texts of the revision meeting's agenda (`revisjon-<år>.txt`, the council workbook's sheet
/// `Revisjon <år>`) and of the returns report (`innsamling.txt`, the sheet `Innsamling`) that are
/// not column captions or words the documents share.
public enum AgendaText: Phrase, Hashable {
    // The agenda's sections.
    /// The heading of the actions every party finished (`1. Fullførte tiltak – til avslutting`).
    case finishedHeading(number: Int)
    /// Its introduction.
    case finishedIntro(year: Int)
    /// The heading of the actions reported but not finished (`2. Tiltak i arbeid`).
    case inProgressHeading(number: Int)
    /// Its introduction.
    case inProgressIntro(year: Int)
    /// The heading of the actions a party postponed or cancelled (`3. Utsette og avlyste tiltak`).
    case stoppedHeading(number: Int)
    /// Its introduction.
    case stoppedIntro(year: Int)
    /// The heading of the actions nobody reported on (`4. Ikkje rapporterte tiltak, per part`).
    case notReportedHeading(number: Int)
    /// Its introduction.
    case notReportedIntro(year: Int)
    /// The heading of the actions reported unfinished after their timeframe (`5. Forseinka tiltak`).
    case overdueHeading(number: Int)
    /// Its introduction.
    case overdueIntro(year: Int)
    /// The heading of the actions without timeframe or responsible party.
    case unsettledHeading(number: Int)
    /// The heading of the actions whose realism the plan doubts.
    case doubtsHeading(number: Int)
    /// The heading of the actions with identical texts.
    case duplicatesHeading(number: Int)
    /// The heading of the findings of validation.
    case findingsHeading(number: Int)
    /// The label of the parties' reports in an action block (`Rapportar`).
    case reports
    /// The short name of a section, for the sheet's section column (`Fullført`, `I arbeid`).
    case sectionName(AgendaSectionWord)
    /// The timeframe that ended, for an overdue action (`Tidsramma gjekk ut i 2021`).
    case endedIn(Int)

    // The returns report.
    /// The returns report's title (`Innsamling 2021 – <plan>`).
    case returnsTitle(year: Int, plan: String)
    /// The label of the year the reports are for (`Statusår`).
    case statusYear
    /// The heading of the table of parties (`1. Levering per part`).
    case returnsHeading
    /// How many parties have returned (`2 av 8 partar har levert rapportar for 2021.`).
    case returnsIntro(returned: Int, parties: Int, year: Int)
    /// The heading of the actions still lacking a report (`2. Manglande rapportar per part`).
    case owingHeading
    /// Its introduction.
    case owingIntro(year: Int)
    /// Every party has reported on every action (`Alle partar har rapportert på alle tiltaka.`).
    case nothingOwed
    /// The end of a list cut short, with how many more it holds (`… og 120 til`).
    case andMore(Int)
    /// A party that has returned reports (`Levert`).
    case returned
    /// A party that has returned reports, with the date of its latest (`Levert 2021-11-03`).
    case returnedOn(date: String)
    /// A party that has not (`Ikkje levert`).
    case notReturned
    /// The caption of the reporting party (`Part`).
    case party
    /// The caption of whether a party returned (`Levering`).
    case delivery
    /// The caption of the date the latest report was collected (`Dato`).
    case date
    /// The caption of the files the reports came from (`Fil`).
    case file
    /// The caption of the number of reports (`Rapportar`).
    case reportCount
    /// The caption of the number of reports still lacking (`Manglar`).
    case missingCount
    /// The caption of an agenda section (`Del`).
    case section
}

/// The short names of the agenda's sections, for the sheet's section column.
public enum AgendaSectionWord: Sendable, Hashable, CaseIterable {
    /// Finished by every party.
    case finished
    /// Reported, not finished.
    case inProgress
    /// Postponed or cancelled.
    case postponedOrCancelled
    /// Not reported.
    case notReported
    /// Overdue.
    case overdue
    /// To settle.
    case toSettle
}
