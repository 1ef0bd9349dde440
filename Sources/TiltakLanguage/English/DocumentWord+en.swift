/// The words the documents share, in English.
extension DocumentWord {
    public var en: String {
        switch self {
        case .sum: "Total"
        case .field: "Field"
        case .before: "Before"
        case .after: "After"
        case .none: "None."
        case .note: "Note"
        case .responsibleParty: "Responsible"
        case .noResponsible: "No responsible party"
        case .noTheme: "No theme"
        case .actions: "Actions"
        case .actionCount: "Number of actions"
        case .withCount(let title, let actions): "\(title) (\(Language.english.count(actions, .action)))"
        case .progressByArea(let year): "Progress by focus area (status \(year))"
        case .progressByResponsible(let year): "Progress by responsible party (status \(year))"
        case .owner: "Owner"
        }
    }
}
