/// The names of the files and folders `tiltak export` writes, without extension.
public enum DocumentName: Phrase, Hashable {
    /// The folder of the municipality workbooks and reports (`kommunar`).
    case municipalityFolder
    /// The council overview report (`moteoversikt`).
    case meetingOverview
    /// The report on unfinanced actions (`ufinansiert`).
    case unfinanced
    /// The revision meeting's agenda for a year (`revisjon-2021`).
    case revision(year: Int)
    /// The report of who has returned their status reports (`innsamling`).
    case returns
    /// The folder of the task workbooks of the parties that are not municipalities (`partar`).
    case partyFolder
}
