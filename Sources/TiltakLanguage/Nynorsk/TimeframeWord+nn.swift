/// Timeframes in nynorsk.
extension TimeframeWord {
    public var nn: String {
        switch self {
        case .annual: "Årleg"
        case .continuous: "Løpande"
        case .unknown: "Ukjend"
        case .until(let year): "Innan \(year)"
        case .starting(let year): "Frå \(year)"
        case .spring(let year): "Vår \(year)"
        case .summer(let year): "Sommar \(year)"
        case .autumn(let year): "Haust \(year)"
        case .winter(let year): "Vinter \(year)"
        case .month(let month, let year): "\(monthName(month, Self.nnMonths)) \(year)"
        case .quarter(let quarter, let year): "\(quarter). kvartal \(year)"
        case .half(let half, let year): "\(half). halvår \(year)"
        }
    }

    /// The months in nynorsk, lower case as Språkrådet writes them.
    static let nnMonths = [
        "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
        "november", "desember",
    ]
}
