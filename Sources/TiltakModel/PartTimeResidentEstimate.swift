/// The plan's estimate of part-time residents (*Deltidsinnbyggjaren*): inputs, and results computed from them.
///
/// Average persons per day from mobile data, plus a share not counted (no mobile, SIM deviations),
/// minus deductions (own residents, external labour, through traffic, day tourism), gives guest
/// nights per day; times 365 gives guest nights per year.
public struct PartTimeResidentEstimate: Hashable, Sendable {
    /// A deduction line.
    public struct Deduction: Hashable, Sendable {
        /// The label as written.
        public var label: String
        /// Persons per day to subtract.
        public var persons: Int

        /// Creates a deduction.
        public init(label: String, persons: Int) {
            self.label = label
            self.persons = persons
        }
    }

    /// The figures the plan itself states, kept to check the computation.
    public struct Stated: Hashable, Sendable {
        public var uncountedPersons: Int?
        public var guestNightsPerDay: Int?
        public var guestNightsPerYear: Int?

        /// Creates the stated figures.
        public init(
            uncountedPersons: Int? = nil, guestNightsPerDay: Int? = nil, guestNightsPerYear: Int? = nil
        ) {
            self.uncountedPersons = uncountedPersons
            self.guestNightsPerDay = guestNightsPerDay
            self.guestNightsPerYear = guestNightsPerYear
        }
    }

    public var title: String
    /// Average persons present per day, all counted.
    public var averagePersonsPerDay: Int
    /// Share added for persons the data misses (0.06 for 6 %).
    public var uncountedShare: Double
    /// The label of the added share, as written.
    public var uncountedLabel: String
    /// Deductions, in order.
    public var deductions: [Deduction]
    /// The plan's own results.
    public var stated: Stated

    /// Creates an estimate.
    public init(
        title: String = "Deltidsinnbyggjaren", averagePersonsPerDay: Int, uncountedShare: Double,
        uncountedLabel: String = "", deductions: [Deduction], stated: Stated = Stated()
    ) {
        self.title = title
        self.averagePersonsPerDay = averagePersonsPerDay
        self.uncountedShare = uncountedShare
        self.uncountedLabel = uncountedLabel
        self.deductions = deductions
        self.stated = stated
    }

    /// Persons added for the uncounted share, rounded to whole persons.
    public var uncountedPersons: Int { Int((Double(averagePersonsPerDay) * uncountedShare).rounded()) }

    /// Guest nights per day: persons plus the uncounted share minus the deductions.
    public var guestNightsPerDay: Int {
        averagePersonsPerDay + uncountedPersons - deductions.reduce(0) { $0 + $1.persons }
    }

    /// Guest nights per year (365 days).
    public var guestNightsPerYear: Int { guestNightsPerDay * 365 }

    /// Stated figures that differ from the computed ones, as (name, stated, computed).
    public var discrepancies: [(name: String, stated: Int, computed: Int)] {
        var result: [(String, Int, Int)] = []
        if let s = stated.uncountedPersons, s != uncountedPersons {
            result.append(("uncountedPersons", s, uncountedPersons))
        }
        if let s = stated.guestNightsPerDay, s != guestNightsPerDay {
            result.append(("guestNightsPerDay", s, guestNightsPerDay))
        }
        if let s = stated.guestNightsPerYear, s != guestNightsPerYear {
            result.append(("guestNightsPerYear", s, guestNightsPerYear))
        }
        return result
    }
}
