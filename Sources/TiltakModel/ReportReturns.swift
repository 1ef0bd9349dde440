/// Who has returned their status reports for a year (*innsamling*), and what each party still owes.
///
/// One entry per party expected to report on an open action (each party responsible for it,
/// groups expanded to their members: ``Plan/expectedReporters(for:)``), then any other party that
/// reported for the year; parties in registry order, then codes the registry does not know.
public struct ReportReturns: Sendable {
    /// One party's returns for the year.
    public struct Entry: Hashable, Sendable {
        /// The party's code.
        public var party: String
        /// How many actions it reported on for the year.
        public var reports: Int
        /// When its latest report for the year was collected; `nil` when it has not returned any.
        public var lastCollected: CalendarDate?
        /// The files its reports for the year came from, by name, each once.
        public var files: [String]
        /// The open actions it is expected to report on and has not, in id order.
        public var missing: [Action]

        /// Whether the party has returned any report for the year.
        public var hasReturned: Bool { reports > 0 }
    }

    /// The year the reports are for.
    public let year: Int
    /// One entry per party.
    public let entries: [Entry]

    /// The returns of `plan` for `year` (default: the plan's ``Plan/statusYear``).
    public init(plan: Plan, year: Int? = nil) {
        let year = year ?? plan.statusYear
        self.year = year
        var latest: [String: [ActionID: StatusReport]] = [:]
        for report in plan.statusReports where report.year == year {
            latest[report.party, default: [:]][report.actionID] = report
        }
        var missing: [String: [Action]] = [:]
        for action in plan.actions.sorted(by: { $0.id < $1.id }) where !action.isClosed {
            for party in plan.expectedReporters(for: action) {
                if missing[party] == nil { missing[party] = [] }
                if latest[party]?[action.id] == nil { missing[party]?.append(action) }
            }
        }
        var parties = Dictionary(uniqueKeysWithValues: missing.keys.map { ($0, ()) })
        for party in latest.keys { parties[party] = () }
        entries = MeetingAgenda.inRegistryOrder(parties, registry: plan.registry).map { party, _ in
            let reports = latest[party]?.values.map { $0 } ?? []
            return Entry(
                party: party, reports: reports.count, lastCollected: reports.map(\.collected).max(),
                files: Set(reports.compactMap(\.source)).sorted(), missing: missing[party] ?? [])
        }
    }

    /// The entries of the parties that have returned reports for the year.
    public var returned: [Entry] { entries.filter(\.hasReturned) }

    /// The entries of the parties that still owe a report, with the actions they owe.
    public var owing: [Entry] { entries.filter { !$0.missing.isEmpty } }
}
