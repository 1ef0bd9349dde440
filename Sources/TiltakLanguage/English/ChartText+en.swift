/// The overview charts' words in English.
extension ChartText {
    public var en: String {
        switch self {
        case .unfinancedByAreaAndNeed: "Unfinanced actions per focus area, by financing need"
        case .unfinancedActions: "Unfinanced actions"
        case .actionsPerYear: "Active actions per year, and actions without a timeframe"
        }
    }
}
