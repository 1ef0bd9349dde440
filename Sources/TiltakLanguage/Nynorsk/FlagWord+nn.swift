/// Flags in nynorsk.
extension FlagWord {
    public var nn: String {
        switch self {
        case .realismDoubt: "Tvil om realisme"
        case .uncertainResponsible: "Uviss ansvarleg"
        case .openQuestion: "Ope spørsmål"
        case .tentative: "Forslag (i parentes)"
        }
    }
}
