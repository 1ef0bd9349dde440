/// The severity words in bokmål.
extension SeverityWord {
    public var nb: String {
        switch self {
        case .error: "feil"
        case .warning: "advarsel"
        case .note: "merknad"
        case .conflict: "konflikt"
        }
    }
}
