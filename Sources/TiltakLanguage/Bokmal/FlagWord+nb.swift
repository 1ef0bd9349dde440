/// Flags in bokmål.
extension FlagWord {
    public var nb: String {
        switch self {
        case .realismDoubt: "Tvil om realisme"
        case .uncertainResponsible: "Usikker ansvarlig"
        case .openQuestion: "Åpent spørsmål"
        case .tentative: "Forslag (i parentes)"
        }
    }
}
