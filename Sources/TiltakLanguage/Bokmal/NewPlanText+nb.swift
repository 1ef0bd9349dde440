/// Words Tiltak writes into a new plan, in bokmål.
extension NewPlanText {
    public var nb: String {
        switch self {
        case .importedFrom(let file): "Importert fra \(file)"
        case .municipalityGroup: "Kommunene"
        case .revision(let year): "Revisjon \(year)"
        }
    }
}
