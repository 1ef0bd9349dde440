/// A timeframe as documents show it (`Haust 2024`, `Høst 2024`, `Autumn 2024`); the plan file keeps
/// the timeframe as written and its canonical reading, which are not in any language.
///
/// Years and spans of years (`2021–2022`) are the same in every language and are not phrases.
public enum TimeframeWord: Phrase, Hashable {
    /// Every year (`Årleg`).
    case annual
    /// Continuously (`Løpande`).
    case continuous
    /// Not known (`Ukjend`).
    case unknown
    /// By the end of a year (`Innan 2025`).
    case until(Int)
    /// From a year on (`Frå 2022`).
    case starting(Int)
    /// Spring of a year (`Vår 2021`).
    case spring(Int)
    /// Summer of a year (`Sommar 2021`).
    case summer(Int)
    /// Autumn of a year (`Haust 2021`).
    case autumn(Int)
    /// Winter of a year (`Vinter 2021`).
    case winter(Int)
    /// A month (1–12) of a year, the month's name in lower case in Norwegian (`mai 2021`).
    case month(Int, year: Int)
    /// A quarter (1–4) of a year (`2. kvartal 2023`).
    case quarter(Int, year: Int)
    /// A half (1–2) of a year (`1. halvår 2024`).
    case half(Int, year: Int)
}

/// The name of `month` (1–12) from `names`; the number itself when out of range.
func monthName(_ month: Int, _ names: [String]) -> String {
    names.indices.contains(month - 1) ? names[month - 1] : String(month)
}
