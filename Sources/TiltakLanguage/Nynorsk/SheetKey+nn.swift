/// The workbooks' sheet names in nynorsk.
extension SheetKey {
    public var nn: String {
        switch self {
        case .overview: "Oversikt"
        case .actionTable: "Tiltak"
        case .responsibility: "Ansvar"
        case .schedule: "Tidsplan"
        case .financing: "Finansiering"
        case .resultGoals: "Resultatmål"
        case .dataQuality: "Datakvalitet"
        case .statusList: "Lister"
        case .tasks: "Oppgåver"
        case .attribution: "Om"
        case .changes: "Endringar"
        case .revisionAgenda: "Revisjon"
        case .returns: "Innsamling"
        case .aboutPlan: "Om planen"
        }
    }
}
