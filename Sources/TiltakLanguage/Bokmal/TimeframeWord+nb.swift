/// Timeframes in bokmål.
extension TimeframeWord {
    public var nb: String {
        switch self {
        case .annual: "Årlig"
        case .continuous: "Løpende"
        case .unknown: "Ukjent"
        case .until(let year): "Innen \(year)"
        case .starting(let year): "Fra \(year)"
        case .spring(let year): "Vår \(year)"
        case .summer(let year): "Sommer \(year)"
        case .autumn(let year): "Høst \(year)"
        case .winter(let year): "Vinter \(year)"
        case .month(let month, let year): "\(monthName(month, Self.nbMonths)) \(year)"
        case .quarter(let quarter, let year): "\(quarter). kvartal \(year)"
        case .half(let half, let year): "\(half). halvår \(year)"
        }
    }

    /// The months in bokmål, lower case as Språkrådet writes them.
    static let nbMonths = [
        "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
        "november", "desember",
    ]
}
