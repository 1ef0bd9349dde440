/// Reads timeframes as secretariats write them, in nynorsk and bokmål.
///
/// Understood forms: a year (`2021`), a span (`2021 - 2022`, `2021–2022`, `2023-24`, `2021/22`),
/// a part of a year (`Vår 2021`, `Haust 2021`, `høsten 2022`, `mai 2021`, `Q2 2023`,
/// `2. kvartal 2023`, `1. halvår 2024`), recurring (`Årleg`, `Årlig`, `Kvart år`), continuous
/// (`Løpande`, `Kontinuerleg`), deadlines (`Innan 2025`, `Innen 2025`, `Før 2025`), starts
/// (`Frå 2022`, `Fra 2022`), and unknown (blank, `?`, `??`). Words of doubt (`?? Realistisk`)
/// are ignored here; ``DoubtReader`` flags them.
public enum TimeframeReader {
    /// Reads `text` into a timeframe.
    public static func read(_ text: String) -> Timeframe {
        Timeframe(text: text.trimmingWhitespace, kind: kind(of: text))
    }

    /// The meaning of `text`.
    public static func kind(of text: String) -> Timeframe.Kind {
        var words = tokens(NameKey.searchable(text))
        words.removeAll { noise.contains($0) }
        if words.isEmpty { return .unknown }
        if words.count == 1, let only = words.first {
            if annual.contains(only) { return .annual }
            if continuous.contains(only) { return .continuous }
        }
        if words.count == 2, annualPairs.contains(words.joined(separator: " ")) { return .annual }
        if words.count >= 2, continuousPairs.contains(words.joined(separator: " ")) { return .continuous }
        return dated(words) ?? .unrecognised
    }

    // MARK: - Dated forms

    private static func dated(_ words: [String]) -> Timeframe.Kind? {
        switch words.count {
        case 1:
            return yearOrSpan(words[0])
        case 2:
            let (first, second) = (words[0], words[1])
            if let year = year(second) {
                if let part = part(first) { return .year(year, part: part) }
                if untilWords.contains(first) { return .until(year) }
                if fromWords.contains(first) { return .starting(year) }
            }
            if let year = year(first), let part = part(second) { return .year(year, part: part) }
            return nil
        case 3:
            // "2021 - 2022" split by spaces, "2. kvartal 2023", "1 kv 2023", "2021 til 2022", "2021 og 2022"
            if let a = year(words[0]), ["-", "til", "og", "to"].contains(words[1]),
                let b = endYear(words[2], after: a)
            {
                return a <= b ? .span(from: a, to: b) : nil
            }
            if let ordinal = ordinal(words[0]), let year = year(words[2]) {
                if quarterWords.contains(words[1]), (1...4).contains(ordinal) {
                    return .year(year, part: .quarter(ordinal))
                }
                if halfWords.contains(words[1]), (1...2).contains(ordinal) {
                    return .year(year, part: .half(ordinal))
                }
            }
            if ["første", "fyrste"].contains(words[0]), halfWords.contains(words[1]),
                let year = year(words[2])
            {
                return .year(year, part: .half(1))
            }
            if ["andre", "siste"].contains(words[0]), halfWords.contains(words[1]), let year = year(words[2])
            {
                return .year(year, part: .half(2))
            }
            if untilWords.contains(words[0]), words[1] == "utgangen", let year = year(words[2]) {
                return .until(year)
            }
            return nil
        case 4:
            // "innan utgangen av 2025", "fra og med 2022", "til og med 2024"
            if words[1...2] == ["og", "med"], let year = year(words[3]) {
                if words[0] == "fra" || words[0] == "frå" { return .starting(year) }
                if words[0] == "til" { return .until(year) }
            }
            if untilWords.contains(words[0]), words[2] == "av", let year = year(words[3]) {
                return .until(year)
            }
            return nil
        default:
            return nil
        }
    }

    private static func yearOrSpan(_ word: String) -> Timeframe.Kind? {
        if let year = year(word) { return .year(year, part: nil) }
        // 2021-2022, 2023-24, 2021/22
        for separator in ["-", "/"] {
            let parts = word.split(separator: Character(separator), omittingEmptySubsequences: false)
            if parts.count == 2, let a = year(String(parts[0])) {
                if let b = endYear(String(parts[1]), after: a) { return a <= b ? .span(from: a, to: b) : nil }
                if parts[1].hasPrefix("q") || parts[1].hasPrefix("h"), let part = part(String(parts[1])) {
                    return .year(a, part: part)
                }
                if let month = Int(parts[1]), parts[1].count == 2, (1...12).contains(month) {
                    return .year(a, part: .month(month))
                }
            }
        }
        // q2-2023 is handled by tokens; "q22023" is not a timeframe.
        return nil
    }

    /// The end of a span: a full year, or two digits that continue the start (`2023-24`).
    private static func endYear(_ word: String, after start: Int) -> Int? {
        if let full = year(word) { return full }
        if word.count == 2, word.allSatisfy({ $0.isASCII && $0.isNumber }), let short = Int(word) {
            let candidate = start / 100 * 100 + short
            return candidate > start && candidate - start <= 30 ? candidate : nil
        }
        return nil
    }

    private static func year(_ word: String) -> Int? {
        guard word.count == 4, word.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(word),
            (1900...2199).contains(value)
        else { return nil }
        return value
    }

    private static func ordinal(_ word: String) -> Int? {
        var digits = word
        if digits.hasSuffix(".") { digits.removeLast() }
        return Int(digits)
    }

    private static func part(_ word: String) -> Timeframe.YearPart? {
        if let season = seasons[word] { return season }
        if let month = months[word] { return .month(month) }
        if word.count == 2, let first = word.first, let n = Int(String(word.dropFirst())) {
            if first == "q", (1...4).contains(n) { return .quarter(n) }
            if first == "h", (1...2).contains(n) { return .half(n) }
            if first == "t", (1...3).contains(n) { return .quarter(n) }  // tertial read as quarter-ish
        }
        if word.hasPrefix("kv"), let n = Int(word.dropFirst(2)), (1...4).contains(n) { return .quarter(n) }
        return nil
    }

    /// Splits into words, keeping `2021-2022` together but separating a lone dash.
    private static func tokens(_ text: String) -> [String] {
        var cleaned = ""
        for c in text {
            if "()[],;:!«»\"".contains(c) {
                cleaned.append(" ")
            } else if c == "?" {
                cleaned.append(" ")
            } else {
                cleaned.append(c)
            }
        }
        var words: [String] = []
        for raw in cleaned.split(separator: " ") {
            var word = String(raw)
            // A full stop ends a sentence or an abbreviation (`des.`, `2025.`), but keeps an ordinal (`2.`).
            while word.hasSuffix("."), word.count > 1, !isOrdinal(word) {
                word.removeLast()
            }
            if word.hasPrefix("-") && word.count > 1 {
                words.append("-")
                word.removeFirst()
            }
            if word.hasSuffix("-") && word.count > 1 {
                word.removeLast()
                words.append(word)
                words.append("-")
                continue
            }
            words.append(word)
        }
        // "q2 2023" style and "2023 q2" handled by dated(); nothing else to merge.
        return words
    }

    /// `1.` to `99.`: a number with a full stop that counts a quarter or half year.
    private static func isOrdinal(_ word: String) -> Bool {
        let digits = word.dropLast()
        return word.hasSuffix(".") && (1...2).contains(digits.count)
            && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    private static let noise: Set<String> = [
        "realistisk", "realisme", "urealistisk", "usikker", "usikkert", "på", "evt", "ca", "ca.", "i", "om",
        "cirka", "kanskje", "tbd", "-?",
    ]
    private static let annual: Set<String> = [
        "årleg", "årlig", "årlege", "årlige", "årvisst", "årviss", "annual", "yearly",
    ]
    private static let annualPairs: Set<String> = [
        "kvart år", "hvert år", "kvart år.", "kvart år,", "kvart år -",
    ]
    private static let continuous: Set<String> = [
        "løpande", "løpende", "kontinuerleg", "kontinuerlig", "fortløpande", "fortløpende", "pågåande",
        "pågående", "permanent", "varig", "ongoing", "continuous", "kontinuerlege", "planperioden",
    ]
    private static let continuousPairs: Set<String> = [
        "heile perioden", "hele perioden", "heile planperioden", "hele planperioden", "i planperioden",
        "gjennom heile perioden", "gjennom hele perioden", "planperioden", "heile tida", "hele tiden",
    ]
    private static let untilWords: Set<String> = [
        "innan", "innen", "før", "seinast", "senest", "til", "tom", "t.o.m", "by", "until", "before",
    ]
    private static let fromWords: Set<String> = [
        "frå", "fra", "fom", "f.o.m", "etter", "from", "after", "frå og",
    ]
    private static let quarterWords: Set<String> = ["kvartal", "kv", "kv.", "quarter"]
    private static let halfWords: Set<String> = ["halvår", "halvåret", "half"]
    private static let seasons: [String: Timeframe.YearPart] = [
        "vår": .spring, "våren": .spring, "spring": .spring,
        "sommar": .summer, "sommaren": .summer, "sommer": .summer, "sommeren": .summer, "summer": .summer,
        "haust": .autumn, "hausten": .autumn, "høst": .autumn, "høsten": .autumn, "autumn": .autumn,
        "vinter": .winter, "vinteren": .winter, "winter": .winter,
    ]
    private static let months: [String: Int] = {
        let names = [
            ["januar", "jan"], ["februar", "feb"], ["mars", "mar"], ["april", "apr"], ["mai"],
            ["juni", "jun"],
            ["juli", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["oktober", "okt"],
            ["november", "nov"], ["desember", "des"],
        ]
        var table: [String: Int] = [:]
        for (index, spellings) in names.enumerated() {
            for spelling in spellings { table[spelling] = index + 1 }
        }
        return table
    }()
}
