/// The words of financing in English.
extension FinancingWord {
    public var en: String {
        switch self {
        case .noRemark: "No remark on financing"
        case .needsFinancing: "Needs financing"
        case .applyForFunds: "Funds to be applied for"
        case .fundsApplied: "Funds applied for, awaiting answer"
        case .partlyFinanced: "Partly financed"
        case .uncertain: "Financing uncertain"
        case .needsResource: "Needs a resource"
        case .costEstimate: "Cost stated, not financed"
        case .financed: "Financed"
        case .once: "One-off"
        case .perYear: "Per year"
        case .amount(let amount): "NOK " + groupedDigits(amount, separator: ",")
        case .oneOffCost(let amount): FinancingWord.amount(amount).en + " (one-off)"
        case .yearlyCost(let amount): FinancingWord.amount(amount).en + " per year"
        case .source(let name): "source: " + name
        case .resource(let resource): "resource: " + resource
        case .cost(let cost): "cost: " + cost
        }
    }
}
