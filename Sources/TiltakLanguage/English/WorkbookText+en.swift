/// The texts of the workbooks in English.
extension WorkbookText {
    public var en: String {
        switch self {
        case .councilSubject(let period): "Action programme \(period)"
        case .tasksSubject(let municipality, let period): "Tasks for \(municipality), \(period)"
        case .changesSubject(let old, let new): "Changes from \(old) to \(new)"
        case .programmeKeyword: "action programme"
        case .actionsKeyword: "actions"
        case .tasksKeyword: "tasks"
        case .changesKeyword: "changes"
        case .pageFooter: "Page &P of &N"
        case .oneOffCosts: "One-off costs (NOK)"
        case .yearlyCosts: "Yearly costs (NOK)"
        case .actionsByAreaAndNeed: "Actions by focus area and financing need"
        case .activeActionsPerYear: "Active actions per year"
        case .year: "Year"
        case .activeActions: "Active actions"
        case .unknownOrOutsidePeriod: "Unknown time or outside the period"
        case .actionsByResponsible: "Actions by responsible party"
        case .unreadableAmount: "The amount could not be read"
        case .noActionsInArea: "No actions in this focus area."
        case .goalNumber: "No."
        case .resultGoal: "Result goal"
        case .severity: "Severity"
        case .message: "Message"
        case .noFindings: "No findings."
        case .chooseStatus: "Choose a status from the list."
        case .invalidStatus: "Invalid status"
        case .chooseFromList: "Choose one of the values in the list."
        case .change: "Change"
        }
    }
}
