/// The texts of the agenda and the returns report in English.
extension AgendaText {
    public var en: String {
        switch self {
        case .finishedHeading(let number): "\(number). Finished actions – to close"
        case .finishedIntro(let year):
            "Every party expected to report has reported the action as done for \(year). Can it be closed?"
        case .inProgressHeading(let number): "\(number). Actions under way"
        case .inProgressIntro(let year):
            "Actions reported for \(year) that are not done: in progress, not started, or done by only "
                + "some of the parties. What remains?"
        case .stoppedHeading(let number): "\(number). Postponed and cancelled actions"
        case .stoppedIntro(let year):
            "Actions at least one party has reported as postponed or cancelled for \(year), with the reasons "
                + "given. Should the action be changed, moved or taken out?"
        case .notReportedHeading(let number): "\(number). Actions not reported on, by party"
        case .notReportedIntro(let year):
            "Actions nobody has reported a status for in \(year), under each party expected to report. "
                + "An action several parties share is listed under each of them."
        case .overdueHeading(let number): "\(number). Overdue actions"
        case .overdueIntro(let year):
            "Actions whose timeframe ended before \(year) whose latest report says they are not done. "
                + "Actions nobody has reported on are not listed here. Should the timeframe change?"
        case .unsettledHeading(let number): "\(number). To be settled: timeframe or responsible party missing"
        case .doubtsHeading(let number): "\(number). Realism in doubt"
        case .duplicatesHeading(let number): "\(number). Identical action texts"
        case .findingsHeading(let number): "\(number). Data quality"
        case .reports: "Reports"
        case .sectionName(let word):
            switch word {
            case .finished: "Done"
            case .inProgress: "Under way"
            case .postponedOrCancelled: "Postponed or cancelled"
            case .notReported: "Not reported"
            case .overdue: "Overdue"
            case .toSettle: "To be settled"
            }
        case .endedIn(let year): "The timeframe ended in \(year)"
        case .returnsTitle(let year, let plan): "Returns \(year) – \(plan)"
        case .statusYear: "Status year"
        case .returnsHeading: "1. Returns by party"
        case .returnsIntro(let returned, let parties, let year):
            "\(returned) of \(Language.english.count(parties, .party)) have returned reports for \(year)."
        case .owingHeading: "2. Missing reports by party"
        case .owingIntro(let year): "Actions the party has not reported a status for in \(year)."
        case .nothingOwed: "Every party has reported on every action."
        case .andMore(let count): "… and \(count) more"
        case .returned: "Returned"
        case .returnedOn(let date): "Returned \(date)"
        case .notReturned: "Not returned"
        case .party: "Party"
        case .delivery: "Return"
        case .date: "Date"
        case .file: "File"
        case .reportCount: "Reports"
        case .missingCount: "Missing"
        case .section: "Section"
        }
    }
}
