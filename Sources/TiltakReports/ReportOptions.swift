/// What a report covers and how wide its lines may be.
public struct ReportOptions: Sendable {
    /// The narrowest allowed line width.
    public static let minimumWidth = 60
    /// The widest allowed line width.
    public static let maximumWidth = 200

    /// The widest a line may be, in display columns (60–200).
    public var width: Int = 100
    /// The year of interest: the revision meeting's year, and the first year group of a
    /// municipality report. `nil` means the year of the plan's revision date.
    public var year: Int?
    /// For the municipality report: the municipality, by party code (`AAL`) or name (`Ål`).
    public var municipality: String?

    /// Options with the given width, year and municipality.
    public init(width: Int = 100, year: Int? = nil, municipality: String? = nil) {
        self.width = width
        self.year = year
        self.municipality = municipality
    }
}
