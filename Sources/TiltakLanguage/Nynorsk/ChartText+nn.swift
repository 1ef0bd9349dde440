/// The overview charts' words in nynorsk.
extension ChartText {
    public var nn: String {
        switch self {
        case .unfinancedByAreaAndNeed: "Ufinansierte tiltak per innsatsområde, etter finansieringsbehov"
        case .unfinancedActions: "Ufinansierte tiltak"
        case .actionsPerYear: "Aktive tiltak per år, og tiltak utan tidsramme"
        }
    }
}
