/// Timeframes in English.
extension TimeframeWord {
    public var en: String {
        switch self {
        case .annual: "Annual"
        case .continuous: "Continuous"
        case .unknown: "Unknown"
        case .until(let year): "By \(year)"
        case .starting(let year): "From \(year)"
        case .spring(let year): "Spring \(year)"
        case .summer(let year): "Summer \(year)"
        case .autumn(let year): "Autumn \(year)"
        case .winter(let year): "Winter \(year)"
        case .month(let month, let year): "\(monthName(month, Self.enMonths)) \(year)"
        case .quarter(let quarter, let year): "Q\(quarter) \(year)"
        case .half(let half, let year): "H\(half) \(year)"
        }
    }

    /// The months in English.
    static let enMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
}
