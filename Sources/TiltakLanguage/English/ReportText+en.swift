/// The texts of the reports in English.
extension ReportText {
    public var en: String {
        switch self {
        case .meetingOverviewTitle(let plan): "Meeting overview – \(plan)"
        case .summaryByArea: "Summary by focus area"
        case .withResponsible: "Assigned"
        case .withTimeframe: "Scheduled"
        case .unfinanced: "Unfinanced"
        case .noKnownFocusArea: "No known focus area"
        case .notSettled: "Not settled"
        case .notStated: "Not stated"
        case .unreadableAmount: "Unreadable amount"
        case .cost: "Cost"
        case .overPeriod: "Over the period"
        case .resource: "Resource"
        case .missing: "Missing"
        case .lacks(let timeframe, let responsible):
            [timeframe ? "timeframe" : nil, responsible ? "responsible party" : nil].compactMap { $0 }
                .joined(separator: " and ")
        case .sameText: "Same text"
        case .breakdown: "Breakdown"
        case .quoted(let text): "“\(text)”"
        case .municipalityTitle(let municipality, let plan):
            "Actions for \(municipality) municipality – \(plan)"
        case .municipalityIntro(let municipality, let responsible, let involved, let throughGroup):
            "\(municipality) is responsible for \(Language.english.count(responsible, .action)) and involved in "
                + "\(Language.english.count(involved, .action))"
                + (throughGroup > 0 ? ", \(throughGroup) of them through a municipality group" : "")
                + ". Fill in the status of each action before the revision meeting."
        case .roleThrough(let role, let group): "\(role) through \(group)"
        case .pilot(let municipality): "\(municipality) is the pilot"
        case .revisionYear(let year): "\(year) (revision year)"
        case .ongoing: "Annual / continuous"
        case .noTimeframe: "No timeframe"
        case .earlierYears: "From earlier years"
        case .unfinancedTitle(let plan): "Unfinanced actions – \(plan)"
        case .ofActions(let some, let total):
            "\(some) of \(Language.english.count(total, .action))"
        case .responsibleGroup(let name): "Responsible: \(name)"
        case .unfinancedCosts: "Costs of unfinanced actions"
        case .realismDoubts: "Actions whose realism is in doubt"
        case .unreadableAmounts: "Actions with an amount that could not be read"
        case .oneOffCosts: "One-off costs"
        case .yearlyCosts: "Yearly costs (per year)"
        case .overPlanPeriod(let period): "Over the plan period \(period)"
        case .amount: "Amount"
        case .costNote(let count):
            "The totals cover \(count == 1 ? "the one action" : "the \(count) actions") with a stated cost; "
                + "the other unfinanced actions have no cost in the plan."
        case .revisionTitle(let year, let plan): "Revision meeting \(year) – \(plan)"
        case .meetingYear: "Meeting year"
        case .plannedHeading(let year): "1. Actions planned for \(year)"
        case .plannedIntro(let year):
            "Actions with a timeframe in \(year). What has been done, and what remains?"
        case .overdueHeading: "2. Overdue actions"
        case .overdueIntro(let year):
            "Actions whose timeframe ended before \(year) and that are neither done nor cancelled. "
                + "What remains, and should the timeframe change?"
        case .ongoingHeading: "3. Annual and continuous actions"
        case .ongoingIntro: "Actions that run every year or all the time."
        case .unsettledHeading: "4. To be settled: timeframe or responsible party missing"
        case .unsettledIntro: "Who is to be responsible, and when is the action to be carried out?"
        case .doubtsHeading: "5. Realism in doubt"
        case .doubtsIntro:
            "The plan doubts that these actions are realistic. Should they be continued, changed or dropped?"
        case .duplicatesHeading: "6. Identical action texts"
        case .duplicatesIntro: "Actions with the same text. Should they be merged?"
        case .findingsHeading: "7. Data quality"
        case .findingsIntro(let count):
            "\(Language.english.count(count, .finding)) from the check of the plan file."
        case .wholePlan: "Plan"
        case .errorMark: "ERROR"
        case .changesTitle(let plan): "Changes – \(plan)"
        case .changes: "Changes"
        case .changeSection(let kind, let count):
            switch kind {
            case .added: "Added actions (\(count))"
            case .removed: "Removed actions (\(count))"
            case .moved: "Moved actions (\(count))"
            default: "Changed actions (\(count))"
            }
        case .noChanges: "No changes."
        }
    }
}
