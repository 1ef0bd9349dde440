/// What the revision meeting of one year goes through: every open action sorted by what its parties
/// reported for the year, so that no report is hidden and no missing report passes unnoticed.
///
/// Each open action (not closed by an earlier revision) is in exactly one of the four report
/// sections, decided from the latest report of each party for the year:
/// - ``Section/finished``: the overall status (``Plan/overallStatus(of:latest:)``) is `Fullført`:
///   every responsible party reported `Fullført` (or `Avlyst`, when some did `Fullført`), as
///   `revise` closes it;
/// - ``Section/postponedOrCancelled``: at least one party reported `Utsett` or `Avlyst`;
/// - ``Section/inProgress``: reported, but neither of the above (`Pågår`, `Ikkje starta`, or
///   finished by some parties while others have not reported);
/// - ``Section/notReported``: nobody reported on it for the year.
///
/// Two sections cut across them: ``Section/overdue`` (the timeframe ended before the year and a
/// party reported it unfinished — `Ikkje starta`, `Pågår` or `Utsett` — in the latest year up to
/// the meeting's with reports on it, so that the meeting after a revision still sees last year's
/// unfinished reports; an action nobody ever reported on is not overdue, it is not reported) and ``Section/toSettle`` (no known timeframe or no
/// responsible party).
public struct MeetingAgenda: Sendable {
    /// A section of the agenda, in agenda order.
    public enum Section: Int, Sendable, Hashable, CaseIterable {
        /// Finished by every party: to close.
        case finished
        /// Reported, not finished.
        case inProgress
        /// Postponed or cancelled by at least one party.
        case postponedOrCancelled
        /// Nobody reported.
        case notReported
        /// Timeframe ended before the year, reported unfinished.
        case overdue
        /// No known timeframe or no responsible party.
        case toSettle
    }

    /// One party's line on an action: its report for the year, or `nil` when it has not reported.
    public struct Entry: Hashable, Sendable {
        /// The party's code.
        public var party: String
        /// The party's latest report for the year, if any.
        public var report: StatusReport?
    }

    /// The plan.
    public let plan: Plan
    /// The year whose reports the meeting looks at.
    public let year: Int
    /// The reports of the year.
    public let board: StatusBoard
    /// The open actions of each section, in id order.
    public let sections: [Section: [Action]]
    /// For each action with reports up to the year: the latest of each party in the latest such year.
    private let latestByAction: [ActionID: [StatusReport]]

    /// The agenda of `plan` for `year` (default: the plan's ``Plan/statusYear``).
    public init(plan: Plan, year: Int? = nil) {
        self.plan = plan
        let board = StatusBoard(plan: plan, year: year)
        self.board = board
        self.year = board.year
        var sections: [Section: [Action]] = [:]
        let open = plan.actions.filter { !$0.isClosed }.sorted { $0.id < $1.id }
        latestByAction = Self.latestUpTo(board.year, reports: plan.statusReports)
        for action in open {
            let reports = board.reports(action)
            let section = Self.section(
                reports: reports, overall: plan.overallStatus(of: action, latest: reports))
            sections[section, default: []].append(action)
            if Self.isOverdue(action, reports: latestByAction[action.id] ?? [], plan: plan, year: board.year)
            {
                sections[.overdue, default: []].append(action)
            }
            if !action.timeframe.isKnown || action.responsible.isEmpty {
                sections[.toSettle, default: []].append(action)
            }
        }
        self.sections = sections
    }

    /// The open actions of `section`, in id order.
    public func actions(_ section: Section) -> [Action] { sections[section] ?? [] }

    /// Every party expected to report on `action` (in the order the plan names them, groups
    /// expanded), then any other party that reported on it, each with its report for the year.
    public func entries(_ action: Action) -> [Entry] {
        entries(action, reports: board.reports(action))
    }

    /// ``entries(_:)`` with the reports that make an action overdue: the year's, or those of the
    /// latest earlier year with reports on it (each report says its year).
    public func latestEntries(_ action: Action) -> [Entry] {
        entries(action, reports: latestByAction[action.id] ?? [])
    }

    private func entries(_ action: Action, reports: [StatusReport]) -> [Entry] {
        var parties = plan.expectedReporters(for: action)
        for report in reports where !parties.contains(report.party) { parties.append(report.party) }
        return parties.map { party in Entry(party: party, report: reports.first { $0.party == party }) }
    }

    /// The actions nobody reported on, under each party expected to report on them (parties in
    /// registry order, then codes the registry does not know, by code); actions without a
    /// responsible party last, under `nil`. An action several parties share is under each of them.
    public func notReportedByParty() -> [(party: String?, actions: [Action])] {
        var byParty: [String: [Action]] = [:]
        var nobody: [Action] = []
        for action in actions(.notReported) {
            let expected = plan.expectedReporters(for: action)
            if expected.isEmpty { nobody.append(action) }
            for party in expected { byParty[party, default: []].append(action) }
        }
        var result = Self.inRegistryOrder(byParty, registry: plan.registry).map {
            (party: Optional($0.party), actions: $0.value)
        }
        if !nobody.isEmpty { result.append((party: nil, actions: nobody)) }
        return result
    }

    /// The last year of the timeframe of an overdue action in ``Section/overdue``, else `nil`.
    public func overdueEnd(of action: Action) -> Int? {
        guard Self.isOverdue(action, reports: latestByAction[action.id] ?? [], plan: plan, year: year) else {
            return nil
        }
        return action.timeframe.bounds(in: plan.period)?.upperBound
    }

    /// The section of an action with `reports` (the latest of each party for the year) and the
    /// overall status they give: finished when the overall status is `Fullført` (the responsible
    /// parties finished it, as ``PlanRevision`` closes it); else postponed or cancelled when any
    /// party reported so; else in progress.
    static func section(reports: [StatusReport], overall: OverallStatus) -> Section {
        guard !reports.isEmpty else { return .notReported }
        if overall.status == .done { return .finished }
        if reports.contains(where: { $0.status == .postponed || $0.status == .cancelled }) {
            return .postponedOrCancelled
        }
        return .inProgress
    }

    /// For each action, the latest report of each party in the latest year up to `year` with
    /// reports on it, by party code.
    static func latestUpTo(_ year: Int, reports: [StatusReport]) -> [ActionID: [StatusReport]] {
        var latestYear: [ActionID: Int] = [:]
        for report in reports where report.year <= year {
            latestYear[report.actionID] = max(latestYear[report.actionID] ?? report.year, report.year)
        }
        var byParty: [ActionID: [String: StatusReport]] = [:]
        for report in reports where report.year == latestYear[report.actionID] {
            byParty[report.actionID, default: [:]][report.party] = report
        }
        return byParty.mapValues { $0.values.sorted { $0.party < $1.party } }
    }

    /// Whether `action`'s timeframe ended before `year` and a party reported it unfinished.
    static func isOverdue(_ action: Action, reports: [StatusReport], plan: Plan, year: Int) -> Bool {
        guard let end = action.timeframe.bounds(in: plan.period)?.upperBound, end < year else { return false }
        return reports.contains { !$0.status.isClosed }
    }

    /// `values` by party code, in registry order, then the codes the registry does not know.
    static func inRegistryOrder<Value>(_ values: [String: Value], registry: PartyRegistry) -> [(
        party: String, value: Value
    )] {
        var result: [(party: String, value: Value)] = []
        var seen: Set<String> = []
        for party in registry.parties {
            guard let value = values[party.code], seen.insert(party.code).inserted else { continue }
            result.append((party: party.code, value: value))
        }
        for code in values.keys.sorted() where !seen.contains(code) {
            if let value = values[code] { result.append((party: code, value: value)) }
        }
        return result
    }
}
