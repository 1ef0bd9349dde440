import TiltakLanguage

/// Starting the next revision of a plan, and the actions that are late.
public enum PlanRevision {
    /// Why a plan cannot be revised to a year.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// The year is not after the plan's current revision year.
        case yearNotAfter(year: Int, current: Int)

        public var description: String {
            switch self {
            case .yearNotAfter(let year, let current):
                "Året \(year) må vere etter revisjonsåret i planen (\(current))."
            }
        }
    }

    /// The next revision and what changed on the way.
    public struct Result: Hashable, Sendable {
        /// The plan of the new revision.
        public var plan: Plan
        /// Actions closed by this revision (finished or cancelled in the previous status year), in id order.
        public var closed: [ActionID]
        /// Actions reported unfinished whose timeframe ended before the new revision year.
        public var overdue: [OverdueAction]
        /// Open actions nobody (or not every party expected to) reported on in the previous status
        /// year, with no report of progress: *Ikkje rapportert*, in id order. Not overdue: nobody said so.
        public var unreported: [ActionID] = []
    }

    /// Starts the revision of `year` from `plan`.
    ///
    /// The revision date moves to `year` (same month and day, or 1 January when that day does not
    /// exist, e.g. 29 February), the label becomes `Revisjon <year>` (in the plan's language). Actions whose overall status in
    /// the previous ``Plan/statusYear`` is `Fullført` or `Avlyst` are kept but marked closed
    /// (``Action/isClosed``). Ids, actions, texts and status reports are kept as they are.
    public static func revise(_ plan: Plan, to year: Int) throws(Failure) -> Result {
        let current = plan.revision.date.year
        guard year > current else { throw .yearNotAfter(year: year, current: current) }
        var next = plan
        let date = plan.revision.date
        next.revision = Revision(
            date: CalendarDate(year: year, month: date.month, day: date.day) ?? .januaryFirst(year),
            label: NewPlanText.revision(year: year).text(plan.language))
        var closed: [ActionID] = []
        let board = StatusBoard(plan: plan)
        for index in next.actions.indices where !next.actions[index].isClosed {
            if board.reported(plan.actions[index])?.status?.isClosed == true {
                next.actions[index].isClosed = true
                closed.append(next.actions[index].id)
            }
        }
        let unreported = next.actions.filter { !$0.isClosed && board.overall($0).status == nil }.map(\.id)
        return Result(
            plan: next, closed: closed.sorted(), overdue: next.overdueActions(),
            unreported: unreported.sorted())
    }
}

/// An action reported unfinished whose timeframe ended before the year it is looked at from.
public struct OverdueAction: Hashable, Sendable {
    /// The action.
    public var actionID: ActionID
    /// The timeframe as written.
    public var timeframe: String
    /// The last year of the timeframe.
    public var endYear: Int

    /// The warning: `Tidsramma «2021» gjekk ut i 2021, men tiltaket er ikkje fullført.`
    public var warning: ValidationMessage { .overdue(timeframe: timeframe, endYear: endYear) }
}

extension Plan {
    /// Whether `action` needs no more work: closed by a revision, or its latest reported overall
    /// status (in ``statusYear`` or the latest earlier year with reports) is `Fullført` or `Avlyst`.
    public func isFinished(_ action: Action) -> Bool {
        isFinished(action, reports: statusReports)
    }

    /// ``isFinished(_:)`` judged from `reports`, which hold every report of the plan on `action`
    /// (reports on other actions are ignored): a caller that looks at many actions groups the
    /// plan's reports by action once.
    public func isFinished(_ action: Action, reports: [StatusReport]) -> Bool {
        if action.isClosed { return true }
        let own = reports.filter { $0.actionID == action.id && $0.year <= statusYear }
        guard let latest = own.lazy.map(\.year).max() else { return false }
        return overallStatus(
            of: action, latest: Self.latestOfEachParty(own.lazy.filter { $0.year == latest })
        )
        .status?.isClosed == true
    }

    /// The last year of `action`'s timeframe when it ended before `year` and the action is reported
    /// unfinished (``isReportedUnfinished(_:reports:)``); otherwise `nil`. Annual and continuous
    /// actions end with the period. An action nobody reported on is not overdue: it is *Ikkje rapportert*.
    ///
    /// `reports`, when given, hold every report of the plan on `action` (see
    /// ``isFinished(_:reports:)``).
    public func overdueEnd(of action: Action, asOf year: Int? = nil, reports: [StatusReport]? = nil) -> Int? {
        guard let end = action.timeframe.bounds(in: period)?.upperBound, end < (year ?? statusYear),
            isReportedUnfinished(action, reports: reports ?? statusReports)
        else { return nil }
        return end
    }

    /// Whether the reports say `action` is not finished: it is open, and in the latest year with
    /// reports (``statusYear`` or earlier) its overall status is `Ikkje starta`, `Pågår` or `Utsett`,
    /// or a party reported one of them. `reports` hold every report of the plan on `action`.
    public func isReportedUnfinished(_ action: Action, reports: [StatusReport]) -> Bool {
        if action.isClosed { return false }
        let own = reports.filter { $0.actionID == action.id && $0.year <= statusYear }
        guard let latest = own.lazy.map(\.year).max() else { return false }
        let latestReports = Self.latestOfEachParty(own.lazy.filter { $0.year == latest })
        if latestReports.contains(where: { !$0.status.isClosed }) { return true }
        guard let status = overallStatus(of: action, latest: latestReports).status else { return false }
        return !status.isClosed
    }

    /// The actions reported unfinished whose timeframe ended before `year` (default: the revision
    /// year), in id order.
    public func overdueActions(asOf year: Int? = nil) -> [OverdueAction] {
        let reports = Dictionary(grouping: statusReports, by: \.actionID)
        return actions.compactMap { action in
            overdueEnd(of: action, asOf: year, reports: reports[action.id] ?? []).map {
                OverdueAction(actionID: action.id, timeframe: action.timeframe.text, endYear: $0)
            }
        }.sorted { $0.actionID < $1.actionID }
    }
}
