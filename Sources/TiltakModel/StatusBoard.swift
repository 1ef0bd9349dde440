import TiltakLanguage

/// The status reports of one year, indexed by action, for the sheets, reports and lists that
/// show status: the overall status, the breakdown of shared actions and progress counts.
///
/// Building it once per document keeps a plan without reports (or a very long one) cheap: an
/// action nobody reported on costs a dictionary look-up.
public struct StatusBoard: Sendable {
    /// The plan.
    public let plan: Plan
    /// The revision year the reports are for.
    public let year: Int
    /// The latest report of each party, per action, sorted by party code.
    private let byAction: [ActionID: [StatusReport]]

    /// The board for `year` (default: the plan's ``Plan/statusYear``).
    public init(plan: Plan, year: Int? = nil) {
        self.plan = plan
        let year = year ?? plan.statusYear
        self.year = year
        var latest: [ActionID: [String: StatusReport]] = [:]
        for report in plan.statusReports where report.year == year {
            latest[report.actionID, default: [:]][report.party] = report
        }
        byAction = latest.mapValues { $0.values.sorted { $0.party < $1.party } }
    }

    /// Whether any action has a report for the year.
    public var hasReports: Bool { !byAction.isEmpty }

    /// The latest report of each party on `action`, by party code.
    public func reports(_ action: Action) -> [StatusReport] {
        byAction[action.id] ?? []
    }

    /// The report `party` gave on `action`, if any.
    public func report(_ action: Action, party: String) -> StatusReport? {
        byAction[action.id]?.first { $0.party == party }
    }

    /// The overall status of `action`, or `nil` when nobody reported on it.
    public func reported(_ action: Action) -> OverallStatus? {
        guard let reports = byAction[action.id] else { return nil }
        return plan.overallStatus(of: action, latest: reports)
    }

    /// The overall status of `action`; *Ikkje rapportert* (no status) when nobody reported on it.
    public func overall(_ action: Action) -> OverallStatus {
        if let reported = reported(action) { return reported }
        let expected = plan.expectedReporters(for: action)
        return OverallStatus(
            status: nil, breakdown: expected.map { (party: $0, status: nil) }, doneCount: 0,
            expectedCount: expected.count)
    }

    /// The breakdown of a shared action in `language`: `Flå: –; Gol: Pågår – vedtak i juni; Ål:
    /// Fullført` (party names, each party's status or `–`, and its comment when it wrote one); `nil`
    /// for an action that is not shared or has no reports.
    public func breakdownText(_ action: Action, _ language: Language) -> String? {
        guard let overall = reported(action), overall.isShared else { return nil }
        let reports = reports(action)
        return overall.breakdown.map { entry in
            let name = plan.registry.displayName(.registered(entry.party))
            guard let status = entry.status else { return "\(name): –" }
            let comment = reports.first { $0.party == entry.party }?.comment ?? ""
            return "\(name): \(status.text(language))"
                + (comment.isEmpty ? "" : " – \(Self.oneLine(comment))")
        }.joined(separator: "; ")
    }

    /// The comment that goes with the status, in `language`: for a shared action `2 av 6 fullført. `
    /// and the breakdown, for a single reporter its comment; empty when nobody reported.
    public func comment(_ action: Action, _ language: Language) -> String {
        guard let overall = reported(action) else { return "" }
        if let breakdown = breakdownText(action, language) {
            let progress = StatusWord.doneOf(done: overall.doneCount, expected: overall.expectedCount)
            return "\(progress.text(language)). \(breakdown)"
        }
        return reports(action).first?.comment ?? ""
    }

    /// The status as one line for reports, in `language`: the overall text, with a single
    /// reporter's comment after a dash (`Fullført – vedteke i juni`).
    public func statusLine(_ action: Action, _ language: Language) -> String {
        let overall = overall(action)
        guard !overall.isShared, let comment = reports(action).first?.comment, !comment.isEmpty else {
            return overall.text(language)
        }
        return "\(overall.text(language)) – \(Self.oneLine(comment))"
    }

    /// How many of `actions` have each overall status.
    public func progress(_ actions: [Action]) -> StatusProgress {
        var progress = StatusProgress()
        for action in actions {
            progress.add(reported(action)?.status)
        }
        return progress
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}

/// Counts of actions by overall status.
public struct StatusProgress: Hashable, Sendable {
    /// The columns in display order: the statuses, then *Ikkje rapportert*.
    public static let columns: [ActionStatus?] = [
        .done, .inProgress, .notStarted, .postponed, .cancelled, nil,
    ]

    /// The column captions in `language`: `Fullført`, `Pågår`, `Ikkje starta`, `Utsett`, `Avlyst`,
    /// `Ikkje rapportert`.
    public static func captions(_ language: Language) -> [String] {
        columns.map { $0?.text(language) ?? StatusWord.notReported.text(language) }
    }

    /// Counts per status.
    public private(set) var counts: [ActionStatus: Int] = [:]
    /// Actions nobody reported on.
    public private(set) var unreported = 0

    /// Empty counts.
    public init() {}

    /// Counts one action with `status` (`nil`: not reported).
    public mutating func add(_ status: ActionStatus?) {
        if let status { counts[status, default: 0] += 1 } else { unreported += 1 }
    }

    /// The count in a column of ``columns``.
    public func count(_ status: ActionStatus?) -> Int {
        status.map { counts[$0] ?? 0 } ?? unreported
    }

    /// The counts in ``columns`` order.
    public var values: [Int] { Self.columns.map(count) }

    /// All counted actions.
    public var total: Int { counts.values.reduce(unreported, +) }
}
