/// Flags in English.
extension FlagWord {
    public var en: String {
        switch self {
        case .realismDoubt: "Realism in doubt"
        case .uncertainResponsible: "Responsible uncertain"
        case .openQuestion: "Open question"
        case .tentative: "Suggestion (in parentheses)"
        }
    }
}
