/// The words of reported status: the five statuses, *not reported*, the short forms narrow tables
/// use, and the progress of a shared action.
///
/// The status dropdown of the workbooks offers the five statuses in the document's language;
/// `tiltak collect` reads them in any of the three (see `ActionStatus(text:)`).
public enum StatusWord: Phrase, Hashable {
    /// Not started (`Ikkje starta`).
    case notStarted
    /// In progress (`Pågår`).
    case inProgress
    /// Done (`Fullført`).
    case done
    /// Postponed (`Utsett`).
    case postponed
    /// Cancelled (`Avlyst`).
    case cancelled
    /// Nobody reported (`Ikkje rapportert`).
    case notReported
    /// A short form of a status or of *not reported* for a narrow table's caption (`Ikkje st.`).
    indirect case short(StatusWord)
    /// How many of the parties sharing an action are done (`2 av 6 fullført`).
    case doneOf(done: Int, expected: Int)
    /// How many parties gave a status, in lower case inside a sentence: `1 avlyst`, or with the
    /// number of parties expected to report `2 av 6 utsett`; the word may be `notReported`.
    indirect case counted(StatusWord, count: Int, expected: Int?)
    /// How many of the parties expected to report did (`1 av 6`), before what they reported in
    /// `Ikkje rapportert (1 av 6: Avlyst)`.
    case reportedOf(reported: Int, expected: Int)

    /// The five statuses and *not reported*, in the progress tables' order.
    public static let columns: [StatusWord] = [
        .done, .inProgress, .notStarted, .postponed, .cancelled, .notReported,
    ]
}
