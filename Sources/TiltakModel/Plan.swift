import TiltakLanguage

/// An action programme (*handlingsprogram*) with its strategic frame: goal, focus areas, parties and actions.
public struct Plan: Hashable, Sendable {
    /// Stable identifier, e.g. `hallingdal-2021-2024`; used for file names.
    public var id: String
    /// Title as the council writes it.
    public var title: String
    /// The region the plan belongs to, e.g. `Hallingdal`.
    public var region: String
    /// The body that owns the plan, e.g. `Regionrådet for Hallingdal`.
    public var owner: String
    /// Written language of the plan's texts.
    public var language: PlanLanguage
    /// First and last year the plan covers.
    public var period: PlanPeriod
    /// The revision this file describes.
    public var revision: Revision
    /// The overarching goal (*overordna mål*).
    public var goal: String
    /// Whom the parties send their task workbooks back to, as free text (name, e-mail, phone), if
    /// the plan says (`contact`).
    public var contact: String = ""
    /// Every party the plan names, with aliases.
    public var registry: PartyRegistry
    /// Focus areas (*innsatsområde*) in plan order, each with its themes and result goals.
    public var focusAreas: [FocusArea]
    /// Every action in plan order.
    public var actions: [Action]
    /// Administrative tasks considered for cooperation (an appendix of the plan), if any.
    public var appendix: Appendix?
    /// The part-time-resident estimate (*Deltidsinnbyggjaren*), if the plan has one.
    public var partTimeResidents: PartTimeResidentEstimate?
    /// Status reports collected from the parties, by action, year and party.
    public var statusReports: [StatusReport] = []
    /// The plan's earlier revisions, oldest first (kept by `tiltak revise` in the status ledger), so
    /// that a task workbook of an earlier revision returned late is still known.
    public var earlierRevisions: [Revision] = []

    /// Creates a plan from its parts.
    public init(
        id: String, title: String, region: String = "", owner: String = "",
        language: PlanLanguage = .nynorsk, period: PlanPeriod, revision: Revision,
        goal: String = "", registry: PartyRegistry = PartyRegistry(), focusAreas: [FocusArea] = [],
        actions: [Action] = [], appendix: Appendix? = nil,
        partTimeResidents: PartTimeResidentEstimate? = nil
    ) {
        self.id = id
        self.title = title
        self.region = region
        self.owner = owner
        self.language = language
        self.period = period
        self.revision = revision
        self.goal = goal
        self.registry = registry
        self.focusAreas = focusAreas
        self.actions = actions
        self.appendix = appendix
        self.partTimeResidents = partTimeResidents
    }

    /// The focus area with this code, or `nil`.
    public func focusArea(code: String) -> FocusArea? {
        focusAreas.first { $0.code == code }
    }

    /// The action with this id, or `nil`.
    public func action(id: ActionID) -> Action? {
        actions.first { $0.id == id }
    }

    /// Every action by its id, the first of several with the same id (as ``action(id:)`` finds
    /// it): for a caller that looks up many actions.
    public func actionsByID() -> [ActionID: Action] {
        Dictionary(actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every focus area by its code, the first of several with the same code (as
    /// ``focusArea(code:)`` finds it): for a caller that looks up many.
    public func focusAreasByCode() -> [String: FocusArea] {
        Dictionary(focusAreas.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// The language of a plan's texts, and of the documents made from it: `nn`, `nb` or `en`.
public typealias PlanLanguage = Language

/// The years a plan covers, both ends included.
public struct PlanPeriod: Hashable, Sendable {
    /// First year of the plan.
    public var first: Int
    /// Last year of the plan.
    public var last: Int

    /// Creates a period; `first` must not be after `last`.
    public init(first: Int, last: Int) {
        self.first = min(first, last)
        self.last = max(first, last)
    }

    /// The years of the period in order.
    public var years: ClosedRange<Int> { first...last }

    /// The period as nynorsk text, e.g. `2021–2024`.
    public var text: String { first == last ? "\(first)" : "\(first)–\(last)" }
}

/// A revision of the plan: when it was made and what the council calls it.
public struct Revision: Hashable, Sendable {
    /// The revision date.
    public var date: CalendarDate
    /// The label, e.g. `Utkast pr. 10. april 2021`.
    public var label: String
    /// The day the parties' task workbooks are due back, if the plan sets one (`revision.deadline`).
    public var deadline: CalendarDate?

    /// Creates a revision.
    public init(date: CalendarDate, label: String, deadline: CalendarDate? = nil) {
        self.date = date
        self.label = label
        self.deadline = deadline
    }
}

/// A calendar day without time of day or zone.
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Year, e.g. 2021.
    public var year: Int
    /// Month, 1–12.
    public var month: Int
    /// Day of month, 1–31.
    public var day: Int

    /// Creates a date; returns `nil` for a day that does not exist.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
            day <= CalendarDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The first of January of `year` (clamped to 1–9999).
    public static func januaryFirst(_ year: Int) -> CalendarDate {
        CalendarDate(unchecked: min(max(year, 1), 9999), 1, 1)
    }

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses an ISO date `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The date as `YYYY-MM-DD`.
    public var iso: String {
        let y = String(year).leftPadded(to: 4)
        return "\(y)-\(String(month).leftPadded(to: 2))-\(String(day).leftPadded(to: 2))"
    }

    public var description: String { iso }

    /// Seconds from 1970-01-01T00:00:00Z to noon UTC of this day (noon keeps every zone on the same day).
    public var unixNoonUTC: Int {
        // Days from civil, after Howard Hinnant's algorithm.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        return days * 86_400 + 12 * 3_600
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
