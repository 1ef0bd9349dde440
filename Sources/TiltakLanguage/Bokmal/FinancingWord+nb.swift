/// The words of financing in bokmål.
extension FinancingWord {
    public var nb: String {
        switch self {
        case .noRemark: "Ingen merknad om finansiering"
        case .needsFinancing: "Krever finansiering"
        case .applyForFunds: "Skal søke midler"
        case .fundsApplied: "Søkt midler, venter svar"
        case .partlyFinanced: "Delfinansiert"
        case .uncertain: "Usikker finansiering"
        case .needsResource: "Krever ressurs"
        case .costEstimate: "Kostnad oppgitt, ikke finansiert"
        case .financed: "Finansiert"
        case .once: "Engangs"
        case .perYear: "Per år"
        case .amount(let amount): groupedDigits(amount, separator: " ") + " kr"
        case .oneOffCost(let amount): FinancingWord.amount(amount).nb + " (engangs)"
        case .yearlyCost(let amount): FinancingWord.amount(amount).nb + " per år"
        case .source(let name): "kilde: " + name
        case .resource(let resource): "ressurs: " + resource
        case .cost(let cost): "kostnad: " + cost
        }
    }
}
