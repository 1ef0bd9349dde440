/// The words of the `Om planen` sheet in nynorsk.
extension AboutPlanText {
    public var nn: String {
        switch self {
        case .focusAreasHeading: "Innsatsområde"
        case .appendixHeading: "Vedlegg"
        case .partTimeResidentsHeading: "Deltidsinnbyggjaren"
        case .averagePersonsPerDay: "Snitt personar per dag, totalt"
        case .uncountedShare: "Del som ikkje er talde"
        case .uncountedPersons: "Tillegg for dei som ikkje er talde"
        case .guestNightsPerDay: "Gjestedøgn snitt per døgn"
        case .guestNightsPerYear: "Gjestedøgn per år"
        }
    }
}
