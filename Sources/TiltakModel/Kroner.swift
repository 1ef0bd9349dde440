/// Amounts in Norwegian kroner, written the Norwegian way: `1 000 000 kr`.
///
/// Thousands are grouped with a normal space (not U+00A0), which every terminal and printer
/// shows the same way; amount columns are right-aligned so the groups line up.
public enum Kroner {
    /// `amount` with thousands grouped and `kr` after, e.g. `250 000 kr`.
    public static func format(_ amount: Int) -> String {
        group(amount) + " kr"
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

    /// A cost as text: `300 000 kr (eingongs)` or `1 000 000 kr per år`.
    public static func format(_ cost: Cost) -> String {
        switch cost.recurrence {
        case .once: format(cost.amount) + " (eingongs)"
        case .perYear: format(cost.amount) + " per år"
        }
    }
}
