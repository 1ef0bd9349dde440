/// The words the documents share, in nynorsk.
extension DocumentWord {
    public var nn: String {
        switch self {
        case .sum: "Sum"
        case .field: "Felt"
        case .before: "Før"
        case .after: "Etter"
        case .none: "Ingen."
        case .note: "Merk"
        case .responsibleParty: "Ansvarleg"
        case .noResponsible: "Utan ansvarleg"
        case .noTheme: "Utan tema"
        case .actions: "Tiltak"
        case .actionCount: "Tal på tiltak"
        case .withCount(let title, let actions): "\(title) (\(Language.nynorsk.count(actions, .action)))"
        case .progressByArea(let year): "Framdrift per innsatsområde (status \(year))"
        case .progressByResponsible(let year): "Framdrift per ansvarleg (status \(year))"
        case .owner: "Eigar"
        }
    }
}
