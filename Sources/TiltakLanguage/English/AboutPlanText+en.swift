/// The words of the `About the plan` sheet in English.
extension AboutPlanText {
    public var en: String {
        switch self {
        case .focusAreasHeading: "Focus areas"
        case .appendixHeading: "Appendix"
        case .partTimeResidentsHeading: "Part-time residents"
        case .averagePersonsPerDay: "Average persons per day, total"
        case .uncountedShare: "Share not counted"
        case .uncountedPersons: "Added for those not counted"
        case .guestNightsPerDay: "Guest nights per day, average"
        case .guestNightsPerYear: "Guest nights per year"
        }
    }
}
