/// The words of costs over the plan period in English.
extension CostText {
    public var en: String {
        switch self {
        case .basis: "Basis"
        case .once(let year): year.map { "one-off, \($0)" } ?? "one-off, year not known"
        case .perYear(let amount, let years, let span):
            "\(amount) × \(years) \(years == 1 ? "year" : "years") (\(span))"
        case .estimate: "estimate: the timeframe is unknown, counted for the rest of the period"
        case .notStated: "not stated"
        case .needSubtotal(let need, let withCost, let actions):
            "Total, \(need) (\(withCost) of \(actions) with a cost)"
        case .total(let withCost, let actions):
            "Total unfinanced actions (\(withCost) of \(actions) with a cost)"
        case .byNeed: "By financing need"
        case .byResponsible: "By responsible party"
        case .byYear: "By year"
        case .actions: "Actions"
        case .withCost: "With a cost"
        case .overPeriod: "Over the period"
        case .withoutYear: "No year (one-off, timeframe unknown)"
        case .estimateMark: "*"
        case .rule(let remaining):
            "Over the period: a one-off cost counts once, in the first year the action is active; a yearly "
                + "cost counts for each year the action is active in the period. Where the timeframe is unknown, "
                + "a yearly cost counts for the rest of the period (\(remaining)), as an estimate."
        case .estimateNote: "* includes estimates for actions with an unknown timeframe."
        }
    }
}
