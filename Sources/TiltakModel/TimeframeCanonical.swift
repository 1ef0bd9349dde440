import TiltakLanguage

/// The compact, unambiguous spelling of a timeframe's meaning used in plan files.
///
/// `annual`, `continuous`, `unknown`, `unrecognised`, `2021`, `2021-2022`, `spring 2021`,
/// `summer 2021`, `autumn 2021`, `winter 2021`, `2021-05` (a month), `2023-Q2`, `2024-H1`,
/// `until 2025`, `from 2022`.
extension Timeframe.Kind {
    /// The canonical spelling.
    public var canonical: String {
        switch self {
        case .annual: return "annual"
        case .continuous: return "continuous"
        case .unknown: return "unknown"
        case .unrecognised: return "unrecognised"
        case .until(let year): return "until \(year)"
        case .starting(let year): return "from \(year)"
        case .span(let from, let to): return "\(from)-\(to)"
        case .year(let year, let part):
            switch part {
            case nil: return "\(year)"
            case .spring: return "spring \(year)"
            case .summer: return "summer \(year)"
            case .autumn: return "autumn \(year)"
            case .winter: return "winter \(year)"
            case .month(let month): return "\(year)-\(String(month).leftPadded(to: 2))"
            case .quarter(let quarter): return "\(year)-Q\(quarter)"
            case .half(let half): return "\(year)-H\(half)"
            }
        }
    }

    /// Parses a canonical spelling; `nil` when `text` is not one.
    public init?(canonical text: String) {
        let words = text.trimmingWhitespace.split(separator: " ").map(String.init)
        func year(_ s: String) -> Int? {
            guard s.count == 4, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(s)
        }
        switch words.count {
        case 1:
            let word = words[0]
            switch word {
            case "annual": self = .annual
            case "continuous": self = .continuous
            case "unknown": self = .unknown
            case "unrecognised": self = .unrecognised
            default:
                if let y = year(word) {
                    self = .year(y, part: nil)
                    return
                }
                let parts = word.split(separator: "-").map(String.init)
                guard parts.count == 2, let y = year(parts[0]) else { return nil }
                let rest = parts[1]
                if let end = year(rest), end >= y {
                    self = .span(from: y, to: end)
                } else if rest.count == 2, let m = Int(rest), (1...12).contains(m),
                    rest.allSatisfy(\.isNumber)
                {
                    self = .year(y, part: .month(m))
                } else if rest.count == 2, rest.first == "Q", let q = Int(rest.dropFirst()),
                    (1...4).contains(q)
                {
                    self = .year(y, part: .quarter(q))
                } else if rest.count == 2, rest.first == "H", let h = Int(rest.dropFirst()),
                    (1...2).contains(h)
                {
                    self = .year(y, part: .half(h))
                } else {
                    return nil
                }
            }
        case 2:
            guard let y = year(words[1]) else { return nil }
            switch words[0] {
            case "until": self = .until(y)
            case "from": self = .starting(y)
            case "spring": self = .year(y, part: .spring)
            case "summer": self = .year(y, part: .summer)
            case "autumn": self = .year(y, part: .autumn)
            case "winter": self = .year(y, part: .winter)
            default: return nil
            }
        default:
            return nil
        }
    }
}

extension Timeframe {
    /// The timeframe as documents show it in `language`: `2021–2022`, `Årleg`, `Haust 2021`,
    /// `mai 2021`, `Ukjend` (`Høst 2021`, `Autumn 2021`); a timeframe that was not understood as
    /// written.
    public func display(_ language: Language) -> String {
        switch kind {
        case .unrecognised: return text.isEmpty ? TimeframeWord.unknown.text(language) : text
        case .span(let from, let to): return "\(from)–\(to)"
        case .year(let year, nil): return "\(year)"
        default: return word.map { $0.text(language) } ?? text
        }
    }

    /// The catalogue's word for the timeframe; `nil` for a year, a span of years and a timeframe
    /// that was not understood.
    public var word: TimeframeWord? {
        switch kind {
        case .annual: .annual
        case .continuous: .continuous
        case .unknown: .unknown
        case .until(let year): .until(year)
        case .starting(let year): .starting(year)
        case .year(let year, let part?):
            switch part {
            case .spring: .spring(year)
            case .summer: .summer(year)
            case .autumn: .autumn(year)
            case .winter: .winter(year)
            case .month(let month): .month(month, year: year)
            case .quarter(let quarter): .quarter(quarter, year: year)
            case .half(let half): .half(half, year: year)
            }
        case .year(_, nil), .span, .unrecognised: nil
        }
    }
}
