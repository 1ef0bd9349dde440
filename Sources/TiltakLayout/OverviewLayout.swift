import TiltakLanguage

/// The layout of the council workbook's `Oversikt` sheet, as far as a reader needs it: the plan
/// facts under the title, one row per fact, its label in the first column and its value in the
/// second.
public enum OverviewLayout {
    /// The sheet.
    public static let sheet = SheetKey.overview

    /// The facts, in row order.
    public static let facts: [FactKey] = [.period, .revision, .revisionDate, .sourceFile, .sha256]

    /// The row of the first fact (zero-based); the plan's title is in the first row.
    public static let firstFactRow = 2
    /// The column of the labels (zero-based).
    public static let labelColumn = 0
    /// The column of the values (zero-based).
    public static let valueColumn = 1
}
