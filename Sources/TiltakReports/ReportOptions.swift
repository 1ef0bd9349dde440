import TiltakLanguage
import TiltakModel

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
    /// The report's language; `nil` means the plan's.
    public var language: Language?

    /// Options with the given width, year, municipality and language.
    public init(width: Int = 100, year: Int? = nil, municipality: String? = nil, language: Language? = nil) {
        self.width = width
        self.year = year
        self.municipality = municipality
        self.language = language
    }

    /// The report's language for `plan`: ``language``, else the plan's.
    public func language(for plan: Plan) -> Language { language ?? plan.language }
}
