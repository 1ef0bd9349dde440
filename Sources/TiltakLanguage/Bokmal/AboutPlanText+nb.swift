/// The words of the `Om planen` sheet in bokmål.
extension AboutPlanText {
    public var nb: String {
        switch self {
        case .focusAreasHeading: "Innsatsområder"
        case .appendixHeading: "Vedlegg"
        case .partTimeResidentsHeading: "Deltidsinnbyggeren"
        case .averagePersonsPerDay: "Snitt personer per dag, totalt"
        case .uncountedShare: "Andel som ikke er telt"
        case .uncountedPersons: "Tillegg for dem som ikke er telt"
        case .guestNightsPerDay: "Gjestedøgn snitt per døgn"
        case .guestNightsPerYear: "Gjestedøgn per år"
        }
    }
}
