/// The severity words in English.
extension SeverityWord {
    public var en: String {
        switch self {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        case .conflict: "conflict"
        }
    }
}
