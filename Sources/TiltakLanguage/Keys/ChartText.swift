/// The titles and axis words of the council workbook's overview charts that no table shares.
public enum ChartText: Phrase, Hashable, CaseIterable {
    /// The chart of unfinanced actions per focus area, stacked by financing need.
    case unfinancedByAreaAndNeed
    /// The value axis of the unfinanced-actions chart (`Ufinansierte tiltak`).
    case unfinancedActions
    /// The chart of actions per year, with a bar for those without a timeframe.
    case actionsPerYear
}
