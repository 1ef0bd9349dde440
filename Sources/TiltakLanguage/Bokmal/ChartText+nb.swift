/// The overview charts' words in bokmål.
extension ChartText {
    public var nb: String {
        switch self {
        case .unfinancedByAreaAndNeed: "Ufinansierte tiltak per innsatsområde, etter finansieringsbehov"
        case .unfinancedActions: "Ufinansierte tiltak"
        case .actionsPerYear: "Aktive tiltak per år, og tiltak uten tidsramme"
        }
    }
}
