/// Reads amounts of Norwegian kroner as secretariats write them.
///
/// `300 000`, `kr 75 000,-`, `1,5 mill.`, `1.mill.`, `NOK 400.000`, `2 MNOK`, `50 tusen`, `250k`.
/// A bare four-digit year (`2021`) is not an amount unless a currency word or a multiplier goes with it.
/// Numbers inside words and codes (`Rv7`, `5G`) and references (`2021/123`) are not amounts, and digit
/// groups stop before a following year (`300 000 2022` is 300 000).
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

    /// The amount pattern, compiled once per thread (a regex literal is parsed at run time on every use).
    private static let amountPattern = ThreadPattern<
        (Substring, int: Substring, frac: Substring?, mult: Substring?)
    > {
        #/(?<int>\d{1,3}(?:[ .\u00A0\u202F]\d{3}(?!\d))+|\d+)(?:[.,](?<frac>\d{1,2})(?!\d))?(?<mult>\s*\.?\s*(?:millionar|millioner|million|mnok|mill|mrd|milliardar|milliarder|milliard|tusen|k(?![\p{L}])|'))?/#
    }

    /// The amounts in `text`, in order.
    public static func amounts(in text: String) -> [Match] {
        // Every amount has a digit; the pattern is slow to run over text that has none.
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }
        let folded = NameKey.searchable(text)
        var result: [Match] = []
        for match in folded.matches(of: amountPattern.regex) {
            // Part of a word or a code (`Rv7`, `5G`), or of a reference or date (`2021/123`): not an amount.
            if match.range.lowerBound > folded.startIndex {
                let previous = folded[folded.index(before: match.range.lowerBound)]
                let currencyBefore = currencyWordEnds(folded[..<match.range.lowerBound])
                if (previous.isLetter && !currencyBefore) || previous.isNumber || previous == "/" { continue }
            }
            let rest = folded[match.range.upperBound...]
            if match.output.mult == nil, let next = rest.first {
                if (next.isLetter && !currencyWordStarts(rest)) || next.isNumber { continue }
                if next == "/", let afterSlash = rest.dropFirst().first, afterSlash.isNumber { continue }
            }
            let digits = match.output.int.filter { $0.isNumber }
            let grouped = match.output.int.count != digits.count
            let fraction = match.output.frac.map(String.init) ?? ""
            guard let base = Double(fraction.isEmpty ? String(digits) : "\(digits).\(fraction)") else {
                continue
            }
            let multiplier = match.output.mult.map { multiplierValue(String($0)) } ?? 1
            let currency =
                currencyWordEnds(folded[..<match.range.lowerBound]) || rest.hasPrefix(",-")
                || currencyWordStarts(rest)
            let marked = multiplier > 1 || currency || grouped
            if !marked, digits.count == 4, let year = Int(digits), (1900...2199).contains(year) { continue }
            let value = base * Double(multiplier)
            guard value < 1e13 else { continue }
            result.append(Match(amount: Int(value.rounded()), isMarked: marked, text: String(match.output.0)))
        }
        return result
    }

    /// Whether `text` starts with a currency word (`kr`, `kr.`, `kroner`, `NOK`), after white space.
    private static func currencyWordStarts(_ text: Substring) -> Bool {
        currencyWords.contains(String(text.drop(while: \.isWhitespace).prefix(while: \.isLetter)))
    }

    /// Whether `text` ends with a currency word (`kr`, `kr.`, `NOK`), before white space.
    private static func currencyWordEnds(_ text: Substring) -> Bool {
        var rest = text
        while let last = rest.last, last.isWhitespace || last == "." { rest = rest.dropLast() }
        let word = rest.reversed().prefix(while: \.isLetter)
        return currencyWords.contains(String(word.reversed()))
    }

    private static let currencyWords: Set<String> = ["kr", "kroner", "krone", "nok"]

    private static func multiplierValue(_ word: String) -> Int {
        let w = word.filter { $0.isLetter || $0 == "'" }
        if w.hasPrefix("mrd") || w.hasPrefix("milliard") { return 1_000_000_000 }
        if w.hasPrefix("mill") || w.hasPrefix("mnok") { return 1_000_000 }
        if w.hasPrefix("tusen") || w == "k" || w == "'" { return 1_000 }
        return 1
    }
}
