/// Reads amounts of Norwegian kroner as secretariats write them.
///
/// `300 000`, `kr 75 000,-`, `1,5 mill.`, `1.mill.`, `NOK 400.000`, `2 MNOK`, `50 tusen`, `250k`.
/// A bare four-digit year (`2021`) is not an amount unless a currency word or a multiplier goes with it.
public enum AmountReader {
    /// An amount found in a text.
    public struct Match: Hashable, Sendable {
        /// Whole kroner.
        public var amount: Int
        /// Whether a currency word, a multiplier or digit grouping marks it as money.
        public var isMarked: Bool
        /// The characters it was read from.
        public var text: String
    }

    /// The amounts in `text`, in order.
    public static func amounts(in text: String) -> [Match] {
        let folded = NameKey.searchable(text)
        let pattern =
            #/(?<int>\d{1,3}(?:[ .\u00A0\u202F]\d{3})+|\d+)(?:[.,](?<frac>\d{1,2})(?!\d))?(?<mult>\s*\.?\s*(?:millionar|millioner|million|mnok|mill|mrd|milliardar|milliarder|milliard|tusen|k(?![\p{L}])|'))?/#
        var result: [Match] = []
        for match in folded.matches(of: pattern) {
            if match.range.lowerBound > folded.startIndex {
                let previous = folded[folded.index(before: match.range.lowerBound)]
                if previous.isLetter || previous.isNumber { continue }
            }
            let digits = match.output.int.filter { $0.isNumber }
            let grouped = match.output.int.count != digits.count
            let fraction = match.output.frac.map(String.init) ?? ""
            guard let base = Double(fraction.isEmpty ? String(digits) : "\(digits).\(fraction)") else { continue }
            let multiplier = match.output.mult.map { multiplierValue(String($0)) } ?? 1
            let before = folded[..<match.range.lowerBound].suffix(5)
            let after = folded[match.range.upperBound...].prefix(7)
            let currency =
                before.hasSuffix("kr ") || before.hasSuffix("kr. ") || before.hasSuffix("kr") || before.hasSuffix("nok ")
                || after.hasPrefix(",-") || after.hasPrefix(" kr") || after.hasPrefix("kr") || after.hasPrefix(" nok")
                || after.hasPrefix(" kroner")
            let marked = multiplier > 1 || currency || grouped
            if !marked, digits.count == 4, let year = Int(digits), (1900...2199).contains(year) { continue }
            let value = base * Double(multiplier)
            guard value < 1e13 else { continue }
            result.append(Match(amount: Int(value.rounded()), isMarked: marked, text: String(match.output.0)))
        }
        return result
    }

    private static func multiplierValue(_ word: String) -> Int {
        let w = word.filter { $0.isLetter || $0 == "'" }
        if w.hasPrefix("mrd") || w.hasPrefix("milliard") { return 1_000_000_000 }
        if w.hasPrefix("mill") || w.hasPrefix("mnok") { return 1_000_000 }
        if w.hasPrefix("tusen") || w == "k" || w == "'" { return 1_000 }
        return 1
    }
}
