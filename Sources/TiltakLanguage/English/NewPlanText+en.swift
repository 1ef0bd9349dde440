/// Words Tiltak writes into a new plan, in English.
extension NewPlanText {
    public var en: String {
        switch self {
        case .importedFrom(let file): "Imported from \(file)"
        case .municipalityGroup: "The municipalities"
        case .revision(let year): "Revision \(year)"
        }
    }
}
