/// The words of financing in nynorsk.
extension FinancingWord {
    public var nn: String {
        switch self {
        case .noRemark: "Ingen merknad om finansiering"
        case .needsFinancing: "Krev finansiering"
        case .applyForFunds: "Skal søkje midlar"
        case .fundsApplied: "Søkt midlar, ventar svar"
        case .partlyFinanced: "Delfinansiert"
        case .uncertain: "Uviss finansiering"
        case .needsResource: "Krev ressurs"
        case .costEstimate: "Kostnad oppgitt, ikkje finansiert"
        case .financed: "Finansiert"
        case .once: "Eingongs"
        case .perYear: "Per år"
        case .amount(let amount): groupedDigits(amount, separator: " ") + " kr"
        case .oneOffCost(let amount): FinancingWord.amount(amount).nn + " (eingongs)"
        case .yearlyCost(let amount): FinancingWord.amount(amount).nn + " per år"
        case .source(let name): "kjelde: " + name
        case .resource(let resource): "ressurs: " + resource
        case .cost(let cost): "kostnad: " + cost
        }
    }
}
