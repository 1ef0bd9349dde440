/// The words of financing: each financing need, the cost types, amounts in kroner, and the parts of
/// a financing summary (`Krev finansiering, kjelde: Viken, kostnad: 250 000 kr`).
public enum FinancingWord: Phrase, Hashable {
    /// The remark says nothing about financing (`Ingen merknad om finansiering`): the one name of
    /// this category in every document.
    case noRemark
    /// Needs financing (`Krev finansiering`).
    case needsFinancing
    /// Funds are to be applied for (`Skal søkje midlar`).
    case applyForFunds
    /// Funds were applied for, the answer is pending (`Søkt midlar, ventar svar`).
    case fundsApplied
    /// Partly financed (`Delfinansiert`).
    case partlyFinanced
    /// Financing is uncertain (`Uviss finansiering`).
    case uncertain
    /// Needs a resource rather than money (`Krev ressurs`).
    case needsResource
    /// Only a cost is stated (`Kostnad oppgitt, ikkje finansiert`).
    case costEstimate
    /// Funding is secured (`Finansiert`).
    case financed
    /// A one-off cost, as the cost type (`Eingongs`).
    case once
    /// A yearly cost, as the cost type (`Per år`).
    case perYear
    /// An amount in kroner (`250 000 kr`).
    case amount(Int)
    /// A one-off cost (`300 000 kr (eingongs)`).
    case oneOffCost(Int)
    /// A yearly cost (`1 000 000 kr per år`).
    case yearlyCost(Int)
    /// The source of the money in a financing summary (`kjelde: Viken`).
    case source(String)
    /// The resource asked for in a financing summary (`ressurs: ein regional ressurs`).
    case resource(String)
    /// The cost in a financing summary (`kostnad: 250 000 kr`).
    case cost(String)
}

/// `amount`'s digits in groups of three, separated by `separator`, with a minus sign (`−`) when
/// negative: `1 000 000`, `1,000,000`.
func groupedDigits(_ amount: Int, separator: String) -> String {
    let digits = String(amount.magnitude)
    var result = ""
    for (index, digit) in digits.enumerated() {
        if index > 0, (digits.count - index) % 3 == 0 { result += separator }
        result.append(digit)
    }
    return amount < 0 ? "−" + result : result
}
