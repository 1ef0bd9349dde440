/// The workbooks' sheet names in English.
extension SheetKey {
    public var en: String {
        switch self {
        case .overview: "Overview"
        case .actionTable: "Actions"
        case .responsibility: "Responsibility"
        case .schedule: "Schedule"
        case .financing: "Financing"
        case .resultGoals: "Result goals"
        case .dataQuality: "Data quality"
        case .statusList: "Lists"
        case .tasks: "Tasks"
        case .attribution: "About"
        case .changes: "Changes"
        case .revisionAgenda: "Revision"
        case .returns: "Returns"
        case .aboutPlan: "About the plan"
        }
    }
}
