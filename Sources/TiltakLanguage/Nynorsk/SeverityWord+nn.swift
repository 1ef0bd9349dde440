/// The severity words in nynorsk.
extension SeverityWord {
    public var nn: String {
        switch self {
        case .error: "feil"
        case .warning: "åtvaring"
        case .note: "merknad"
        case .conflict: "konflikt"
        }
    }
}
