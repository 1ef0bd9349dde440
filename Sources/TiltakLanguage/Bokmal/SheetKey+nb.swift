/// The workbooks' sheet names in bokmål.
extension SheetKey {
    public var nb: String {
        switch self {
        case .overview: "Oversikt"
        case .actionTable: "Tiltak"
        case .responsibility: "Ansvar"
        case .schedule: "Tidsplan"
        case .financing: "Finansiering"
        case .resultGoals: "Resultatmål"
        case .dataQuality: "Datakvalitet"
        case .statusList: "Lister"
        case .tasks: "Oppgaver"
        case .attribution: "Om"
        case .changes: "Endringer"
        case .revisionAgenda: "Revisjon"
        case .returns: "Innsamling"
        case .aboutPlan: "Om planen"
        }
    }
}
