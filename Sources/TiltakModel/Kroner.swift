import TiltakLanguage

/// Amounts in Norwegian kroner, written the Norwegian way (`1 000 000 kr`) or the English way
/// (`NOK 1,000,000`).
///
/// Thousands are grouped with a normal space (not U+00A0), which every terminal and printer
/// shows the same way; amount columns are right-aligned so the groups line up.
public enum Kroner {
    /// `amount` with thousands grouped and the currency, in `language`: `250 000 kr`, `NOK 250,000`.
    public static func format(_ amount: Int, _ language: Language = .nynorsk) -> String {
        FinancingWord.amount(amount).text(language)
    }

    /// `amount` with thousands grouped by spaces, e.g. `1 000 000`; negative amounts get a minus sign.
    public static func group(_ amount: Int) -> String {
        let digits = String(amount.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(" ") }
            result.append(digit)
        }
        return amount < 0 ? "−" + result : result
    }

    /// A cost as text in `language`: `300 000 kr (eingongs)` or `1 000 000 kr per år`.
    public static func format(_ cost: Cost, _ language: Language = .nynorsk) -> String {
        switch cost.recurrence {
        case .once: FinancingWord.oneOffCost(cost.amount).text(language)
        case .perYear: FinancingWord.yearlyCost(cost.amount).text(language)
        }
    }
}
