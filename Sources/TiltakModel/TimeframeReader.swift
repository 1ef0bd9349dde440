/// Reads timeframes as secretariats write them, in nynorsk and bokmål.
///
/// Understood forms: a year (`2021`), a span (`2021 - 2022`, `2021–2022`, `2023-24`, `2021/22`),
/// a part of a year (`Vår 2021`, `Haust 2021`, `høsten 2022`, `Høst 22`, `mai 2021`, `Q2 2023`,
/// `2. kvartal 2023`, `1. halvår 2024`), recurring (`Årleg`, `Årlig`, `Kvart år`), continuous
/// (`Løpande`, `Kontinuerleg`), deadlines (`Innan 2025`, `Innen 2025`, `Før 2025`), starts
/// (`Frå 2022`, `Fra 2022`, `Oppstart 2022`, `Frå hausten 2022`), dates (`31.12.2022`,
/// `Innan 31.12.2022`), recurring work with bounds (`Årleg frå 2022`), lists of years
/// (`2021, 2022`), and unknown (blank, `?`, `??`). Words of doubt (`?? Realistisk`,
/// `ikkje realistisk`) are ignored here; ``FlagReader`` flags them.
public enum TimeframeReader {
    /// Reads `text` into a timeframe.
    public static func read(_ text: String) -> Timeframe {
        Timeframe(text: text.trimmingWhitespace, kind: kind(of: text))
    }

    /// The meaning of `text`.
    public static func kind(of text: String) -> Timeframe.Kind {
        let words = withoutDoubt(tokens(NameKey.searchable(text)))
        if words.isEmpty { return .unknown }
        if words.count == 1, let only = words.first {
            if annual.contains(only) { return .annual }
            if continuous.contains(only) { return .continuous }
        }
        if words.count == 2, annualPairs.contains(words.joined(separator: " ")) { return .annual }
        if words.count >= 2, continuousPairs.contains(words.joined(separator: " ")) { return .continuous }
        // Recurring or continuous work with bounds (`Årleg frå 2022`, `Løpande til 2023`): the bounds say when.
        if words.count >= 2, annual.contains(words[0]) || continuous.contains(words[0]),
            let bounded = dated(Array(words.dropFirst()))
        {
            switch bounded {
            case .starting, .until, .span: return bounded
            default: break
            }
        }
        return dated(words) ?? .unrecognised
    }

    /// The words without words of doubt (`realistisk`, `ikkje realistisk`, `usikker`).
    private static func withoutDoubt(_ words: [String]) -> [String] {
        var result: [String] = []
        for word in words {
            if noise.contains(word) {
                // "ikkje realistisk", "lite realistisk": the negation belongs to the doubt.
                if doubtQualifiers.contains(result.last ?? "") { result.removeLast() }
                continue
            }
            result.append(word)
        }
        return result
    }

    // MARK: - Dated forms

    private static func dated(_ words: [String]) -> Timeframe.Kind? {
        // "ferdig innan 2023": one deadline word is enough.
        if words.count >= 3, untilWords.contains(words[0]), untilWords.contains(words[1]) {
            return dated(Array(words.dropFirst()))
        }
        // "ikkje før 2023": not before, so from then on.
        if words.count >= 3, ["ikkje", "ikke"].contains(words[0]),
            ["før", "innan", "innen"].contains(words[1])
        {
            return dated(Array(words.dropFirst(2))).flatMap(startOf)
        }
        // A deadline or a start before any dated form: "Innan 31.12.2022", "Frå hausten 2022", "Frå 2022 til 2024".
        if words.count >= 2, untilWords.contains(words[0]) || fromWords.contains(words[0]),
            let rest = dated(Array(words.dropFirst()))
        {
            let isUntil = untilWords.contains(words[0])
            switch rest {
            case .year(let year, _): return isUntil ? .until(year) : .starting(year)
            case .span(let from, let to): return isUntil ? .until(to) : .span(from: from, to: to)
            default: break
            }
        }
        // A list of years: "2021, 2022", "2021 2022 2023".
        if words.count >= 2 {
            let years = words.compactMap(year)
            if years.count == words.count, zip(years, years.dropFirst()).allSatisfy({ $0 < $1 }),
                let first = years.first, let last = years.last
            {
                return .span(from: first, to: last)
            }
        }
        switch words.count {
        case 1:
            return yearOrSpan(words[0])
        case 2:
            let (first, second) = (words[0], words[1])
            if let year = year(second) {
                if let part = part(first) { return .year(year, part: part) }
                if tertials.contains(first) { return .year(year, part: nil) }
                if untilWords.contains(first) { return .until(year) }
                if fromWords.contains(first) { return .starting(year) }
            }
            // "Høst 22", "Vår 23": a season with a two-digit year. (A month with two digits may be a
            // day, `mai 15`, and is not read.)
            if let season = seasons[first], let short = twoDigitYear(second) {
                return .year(short, part: season)
            }
            if let year = year(first), let part = part(second) { return .year(year, part: part) }
            if let year = year(first), tertials.contains(second) { return .year(year, part: nil) }
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

    /// The start of a dated form, as an open-ended start.
    private static func startOf(_ kind: Timeframe.Kind) -> Timeframe.Kind? {
        switch kind {
        case .year(let year, _), .span(let year, _), .starting(let year): .starting(year)
        default: nil
        }
    }

    private static func yearOrSpan(_ word: String) -> Timeframe.Kind? {
        if let year = year(word) { return .year(year, part: nil) }
        if let (year, month) = date(word) { return .year(year, part: .month(month)) }
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
            // Q2-2023, Q2/2023, H1-2024
            if parts.count == 2, let b = year(String(parts[1])), let part = part(String(parts[0])) {
                return .year(b, part: part)
            }
        }
        return nil
    }

    /// Year and month of a date: `31.12.2022`, `1.7.2022`, `2022-06-30`.
    private static func date(_ word: String) -> (Int, Int)? {
        func number(_ s: Substring, digits: ClosedRange<Int>) -> Int? {
            guard digits.contains(s.count), s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(s)
        }
        let dotted = word.split(separator: ".", omittingEmptySubsequences: false)
        if dotted.count == 3, let day = number(dotted[0], digits: 1...2),
            let month = number(dotted[1], digits: 1...2), let year = year(String(dotted[2])),
            (1...31).contains(day), (1...12).contains(month)
        {
            return (year, month)
        }
        let iso = word.split(separator: "-", omittingEmptySubsequences: false)
        if iso.count == 3, let year = year(String(iso[0])), let month = number(iso[1], digits: 2...2),
            let day = number(iso[2], digits: 2...2), (1...31).contains(day), (1...12).contains(month)
        {
            return (year, month)
        }
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

    /// `22` as 2022: two digits, read in this century.
    private static func twoDigitYear(_ word: String) -> Int? {
        guard word.count == 2, word.allSatisfy({ $0.isASCII && $0.isNumber }), let short = Int(word) else {
            return nil
        }
        return 2000 + short
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
            // "2.kvartal", "1.halvår": an ordinal written against its word.
            if let dot = word.firstIndex(of: "."), dot != word.startIndex,
                word[..<dot].allSatisfy({ $0.isASCII && $0.isNumber }), word[..<dot].count <= 2,
                let next = word[word.index(after: dot)...].first, next.isLetter
            {
                words.append(String(word[...dot]))
                word = String(word[word.index(after: dot)...])
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
    /// Words that make the doubt word after them stronger, not a timeframe (`ikkje realistisk`).
    private static let doubtQualifiers: Set<String> = ["ikkje", "ikke", "lite", "svært", "veldig", "neppe"]
    /// Tertials (`T2 2023`): a third of a year, read as the year.
    private static let tertials: Set<String> = ["t1", "t2", "t3", "1t", "2t", "3t"]
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
        "ferdig",
        "ferdigstilt", "ferdigstilling", "frist",
    ]
    private static let fromWords: Set<String> = [
        "frå", "fra", "fom", "f.o.m", "etter", "from", "after", "oppstart", "start", "startar", "starter",
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
