/// The words the documents share, in bokmål.
extension DocumentWord {
    public var nb: String {
        switch self {
        case .sum: "Sum"
        case .field: "Felt"
        case .before: "Før"
        case .after: "Etter"
        case .none: "Ingen."
        case .note: "Merk"
        case .responsibleParty: "Ansvarlig"
        case .noResponsible: "Uten ansvarlig"
        case .noTheme: "Uten tema"
        case .actions: "Tiltak"
        case .actionCount: "Antall tiltak"
        case .withCount(let title, let actions): "\(title) (\(Language.bokmal.count(actions, .action)))"
        case .progressByArea(let year): "Fremdrift per innsatsområde (status \(year))"
        case .progressByResponsible(let year): "Fremdrift per ansvarlig (status \(year))"
        case .owner: "Eier"
        }
    }
}
