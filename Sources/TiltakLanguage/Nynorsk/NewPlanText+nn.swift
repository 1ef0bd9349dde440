/// Words Tiltak writes into a new plan, in nynorsk.
extension NewPlanText {
    public var nn: String {
        switch self {
        case .importedFrom(let file): "Importert frå \(file)"
        case .municipalityGroup: "Kommunane"
        case .revision(let year): "Revisjon \(year)"
        }
    }
}
