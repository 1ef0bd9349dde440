import TiltakLanguage

/// How far an action has come, as a reporting party says.
///
/// The raw value is the nynorsk word, which plan files store; documents show ``text(_:)`` in their
/// language.
public enum ActionStatus: String, Hashable, Sendable, CaseIterable {
    case notStarted = "Ikkje starta"
    case inProgress = "Pågår"
    case done = "Fullført"
    case postponed = "Utsett"
    case cancelled = "Avlyst"

    /// The status `text` names, matched case- and accent-insensitively, in nynorsk and bokmål
    /// (`fullfort`, `FULLFØRT`, `Ikke startet`, `Utsatt`, `Ferdig`); `nil` for anything else.
    public init?(text: String) {
        let key = NameKey.make(text).replacingÆØÅ()
        guard let status = ActionStatus.spellings[key] else { return nil }
        self = status
    }

    /// The machine-friendly name used in plan files and JSON, e.g. `in-progress`.
    public var key: String {
        switch self {
        case .notStarted: "not-started"
        case .inProgress: "in-progress"
        case .done: "done"
        case .postponed: "postponed"
        case .cancelled: "cancelled"
        }
    }

    /// The status's word in the catalogue.
    public var word: StatusWord {
        switch self {
        case .notStarted: .notStarted
        case .inProgress: .inProgress
        case .done: .done
        case .postponed: .postponed
        case .cancelled: .cancelled
        }
    }

    /// The status in `language`: `Ikkje starta`, `Ikke startet`, `Not started`.
    public func text(_ language: Language) -> String { word.text(language) }

    /// The statuses in the order tables and counts show them: `Fullført`, `Pågår`, `Ikkje starta`,
    /// `Utsett`, `Avlyst`.
    public static let displayOrder: [ActionStatus] = [
        .done, .inProgress, .notStarted, .postponed, .cancelled,
    ]

    /// Whether the action needs no more work (finished or cancelled).
    public var isClosed: Bool { self == .done || self == .cancelled }

    private static let spellings: [String: ActionStatus] = {
        var table: [String: ActionStatus] = [:]
        let words: [ActionStatus: [String]] = [
            .notStarted: [
                "Ikkje starta", "Ikkje starta opp", "Ikke startet", "Ikke påbegynt", "Ikkje påbyrja",
                "Not started",
            ],
            .inProgress: [
                "Pågår", "Pågåande", "Pågående", "Starta", "Startet", "I gang", "Igang", "Under arbeid",
                "In progress",
            ],
            .done: [
                "Fullført", "Ferdig", "Gjennomført", "Utført", "Avslutta", "Avsluttet", "Done", "Completed",
            ],
            .postponed: ["Utsett", "Utsatt", "Forseinka", "Forsinket", "Postponed"],
            .cancelled: ["Avlyst", "Avbrote", "Avbrutt", "Kansellert", "Cancelled", "Canceled"],
        ]
        for (status, list) in words {
            let catalogue = Language.allCases.map { status.word.text($0) }
            for word in list + catalogue + [status.rawValue, status.key] {
                table[NameKey.make(word).replacingÆØÅ()] = status
            }
        }
        return table
    }()
}

extension String {
    /// Folds æ, ø and å to ae, o and a, so that `fullfort` matches `Fullført`.
    func replacingÆØÅ() -> String {
        var out = ""
        for c in self {
            switch c {
            case "æ": out += "ae"
            case "ø": out += "o"
            case "å": out += "a"
            default: out.append(c)
            }
        }
        return out
    }
}

/// One party's status for one action in one revision year.
public struct StatusReport: Hashable, Sendable {
    /// The action.
    public var actionID: ActionID
    /// The revision year the report is for.
    public var year: Int
    /// The reporting party's code (a municipality for task workbooks).
    public var party: String
    /// The status.
    public var status: ActionStatus
    /// The party's comment, as written.
    public var comment: String
    /// When the report was collected.
    public var collected: CalendarDate
    /// The file it came from, if known.
    public var source: String?

    /// Creates a report.
    public init(
        actionID: ActionID, year: Int, party: String, status: ActionStatus, comment: String = "",
        collected: CalendarDate, source: String? = nil
    ) {
        self.actionID = actionID
        self.year = year
        self.party = party
        self.status = status
        self.comment = comment
        self.collected = collected
        self.source = source
    }

    /// What a report is about: one party's status of one action in one year. A plan keeps one
    /// report per key (a later one replaces the earlier).
    public struct Key: Hashable, Sendable {
        /// The action.
        public var actionID: ActionID
        /// The revision year.
        public var year: Int
        /// The reporting party's code.
        public var party: String

        /// Creates a key.
        public init(actionID: ActionID, year: Int, party: String) {
            self.actionID = actionID
            self.year = year
            self.party = party
        }
    }

    /// The report's action, year and party.
    public var key: Key { Key(actionID: actionID, year: year, party: party) }
}

/// An action's status in a year, derived from the reports of the parties that share it.
public struct OverallStatus: Hashable, Sendable {
    /// The derived status, or `nil` when nobody has reported.
    public var status: ActionStatus?
    /// The parties expected to report, in registry order, each with its status if reported.
    public var breakdown: [(party: String, status: ActionStatus?)]
    /// How many of the expected parties have reported `Fullført`.
    public var doneCount: Int
    /// How many parties are expected to report.
    public var expectedCount: Int

    /// The status in `language`, with every report that the headline does not say in brackets:
    /// `Fullført`, `Pågår (2 av 6 fullført, 1 avlyst, 2 ikkje rapportert)`, `Utsett (2 av 6 avlyst)`,
    /// `Ikkje rapportert (1 av 6: Avlyst)`, `Ikkje rapportert`.
    ///
    /// The counts are out of ``expectedCount``, the parties expected to report, not the parties that
    /// did; the statuses come in the order of ``StatusProgress/columns``.
    public func text(_ language: Language) -> String {
        let headline = status?.text(language) ?? StatusWord.notReported.text(language)
        let details = detail(language)
        return details.isEmpty ? headline : "\(headline) (\(details))"
    }

    /// What ``text(_:)`` shows in brackets: the reports the headline does not say, `""` when it
    /// says them all (nobody reported, or every expected party reported the headline's status).
    public func detail(_ language: Language) -> String {
        let reported = reportedCount
        guard reported > 0 else { return "" }
        let present = ActionStatus.displayOrder.compactMap { status -> (ActionStatus, Int)? in
            let n = count(status)
            return n > 0 ? (status, n) : nil
        }
        guard let status else {
            // Reports came in, but not from everyone and none of progress: say what came in.
            let what =
                present.count == 1
                ? present[0].0.text(language)
                : present.map { StatusWord.counted($0.0.word, count: $0.1, expected: nil).text(language) }
                    .joined(separator: ", ")
            return StatusWord.reportedOf(reported: reported, expected: expectedCount).text(language) + ": "
                + what
        }
        var parts: [String] = []
        // Progress says how many are done, also none; done says it when not everyone is.
        let showsDone = isShared && (status == .inProgress || (status == .done && doneCount < expectedCount))
        if showsDone {
            parts.append(StatusWord.doneOf(done: doneCount, expected: expectedCount).text(language))
        }
        for (other, n) in present where other != status && !(showsDone && other == .done) {
            let expected = parts.isEmpty ? expectedCount : nil
            parts.append(StatusWord.counted(other.word, count: n, expected: expected).text(language))
        }
        let unreported = expectedCount - reported
        if unreported > 0 {
            let expected = parts.isEmpty ? expectedCount : nil
            parts.append(
                StatusWord.counted(.notReported, count: unreported, expected: expected).text(language))
        }
        return parts.joined(separator: ", ")
    }

    /// How many of the expected parties reported `status`.
    public func count(_ status: ActionStatus) -> Int {
        breakdown.lazy.filter { $0.status == status }.count
    }

    /// How many of the expected parties reported at all.
    public var reportedCount: Int { breakdown.lazy.filter { $0.status != nil }.count }

    /// Whether several parties share the action.
    public var isShared: Bool { expectedCount > 1 }

    public static func == (a: OverallStatus, b: OverallStatus) -> Bool {
        a.status == b.status && a.doneCount == b.doneCount && a.expectedCount == b.expectedCount
            && a.breakdown.map(\.party) == b.breakdown.map(\.party)
            && a.breakdown.map(\.status) == b.breakdown.map(\.status)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(status)
        hasher.combine(doneCount)
        hasher.combine(expectedCount)
    }
}

extension Plan {
    /// The year statuses are reported for by default: the revision year.
    public var statusYear: Int { revision.date.year }

    /// The parties expected to report on an action: its responsible parties, then the
    /// municipalities involved in it, with groups expanded to their members (each municipality
    /// does its own part of a shared action, and finds it in its task workbook).
    public func expectedReporters(for action: Action) -> [String] {
        reporters(for: action).expected
    }

    /// The responsible parties of an action by code, groups expanded to their members: the
    /// parties whose reports decide its overall status (``overallStatus(of:year:)``).
    public func responsibleReporters(for action: Action) -> [String] {
        reporters(for: action).responsible
    }

    /// ``responsibleReporters(for:)`` and ``expectedReporters(for:)`` in one pass (a group of
    /// hundreds of members costs a set look-up per member, not a scan).
    func reporters(for action: Action) -> (responsible: [String], expected: [String]) {
        var result: [String] = []
        var seen: Set<String> = []
        for reference in action.responsible.parties {
            for member in registry.expand(reference) {
                if let code = member.code, seen.insert(code).inserted { result.append(code) }
            }
        }
        let responsible = result
        for reference in action.involved.parties {
            for member in registry.expand(reference) {
                guard let code = member.code, registry.party(code: code)?.kind == .municipality else {
                    continue
                }
                if seen.insert(code).inserted { result.append(code) }
            }
        }
        return (responsible, result)
    }

    /// The latest report of each party for `action` in `year`.
    public func reports(for action: ActionID, year: Int) -> [StatusReport] {
        Self.latestOfEachParty(statusReports.lazy.filter { $0.actionID == action && $0.year == year })
    }

    /// The last of `reports` from each party, by party code.
    static func latestOfEachParty(_ reports: some Sequence<StatusReport>) -> [StatusReport] {
        var latest: [String: StatusReport] = [:]
        for report in reports { latest[report.party] = report }
        return latest.values.sorted { $0.party < $1.party }
    }

    /// The status of `action` in `year` (default: ``statusYear``), derived from its reports.
    ///
    /// The rule never hides a report (``OverallStatus/text(_:)`` names every status that differs
    /// from the headline) and counts out of the parties expected to report
    /// (``expectedReporters(for:)``, plus any other party that reported). The responsible parties'
    /// reports decide the headline (``responsibleReporters(for:)``; everyone's when no responsible
    /// party is registered); the involved municipalities' reports are counted and shown:
    ///
    /// - nobody reported: no status (*Ikkje rapportert*);
    /// - every deciding party reported `Fullført` or `Avlyst`: `Fullført` when any said `Fullført`,
    ///   else `Avlyst`;
    /// - any deciding party reported `Fullført` or `Pågår`: `Pågår`;
    /// - some deciding party has not reported: no status, with what came in
    ///   (`Ikkje rapportert (1 av 6: Avlyst)`);
    /// - every deciding party reported the same status: that status;
    /// - otherwise (`Ikkje starta`, `Utsett` and `Avlyst` mixed): `Ikkje starta` when any said so,
    ///   else `Utsett`.
    public func overallStatus(of action: Action, year: Int? = nil) -> OverallStatus {
        overallStatus(of: action, latest: reports(for: action.id, year: year ?? statusYear))
    }

    /// The status of `action` derived from `reports`: the latest report of each party on it in one
    /// year, as ``reports(for:year:)`` gives them (a caller that looks at many actions indexes them once).
    public func overallStatus(of action: Action, latest reports: [StatusReport]) -> OverallStatus {
        let reporters = reporters(for: action)
        var expected = reporters.expected
        var seen = Set(expected)
        for report in reports where seen.insert(report.party).inserted { expected.append(report.party) }
        let byParty = Dictionary(reports.map { ($0.party, $0.status) }) { _, last in last }
        let breakdown = expected.map { (party: $0, status: byParty[$0]) }
        let statuses = breakdown.map(\.status)
        let done = statuses.filter { $0 == .done }.count
        // The responsible parties decide; without a registered responsible party, everyone does.
        let deciding = reporters.responsible
        let status = Self.derivedStatus(deciding.isEmpty ? statuses : deciding.map { byParty[$0] })
        return OverallStatus(
            status: status, breakdown: breakdown, doneCount: done, expectedCount: expected.count)
    }

    /// The overall status of `statuses`, one per party expected to report (`nil`: not reported),
    /// by the rule of ``overallStatus(of:year:)``.
    static func derivedStatus(_ statuses: [ActionStatus?]) -> ActionStatus? {
        let given = statuses.compactMap { $0 }
        guard let first = given.first else { return nil }
        let everyone = given.count == statuses.count
        if everyone, given.allSatisfy(\.isClosed) { return given.contains(.done) ? .done : .cancelled }
        if given.contains(where: { $0 == .done || $0 == .inProgress }) { return .inProgress }
        guard everyone else { return nil }
        if given.allSatisfy({ $0 == first }) { return first }
        return given.contains(.notStarted) ? .notStarted : .postponed
    }

    /// Adds reports, replacing an earlier report of the same party for the same action and year
    /// (the first such report, when the plan holds several).
    ///
    /// - Returns: The reports that were replaced.
    @discardableResult
    public mutating func merge(_ reports: [StatusReport]) -> [StatusReport] {
        // Where each party's report for an action and year stands, found once for all reports.
        var slots: [StatusReport.Key: Int] = [:]
        for (index, report) in statusReports.enumerated() where slots[report.key] == nil {
            slots[report.key] = index
        }
        var replaced: [StatusReport] = []
        for report in reports {
            if let index = slots[report.key] {
                replaced.append(statusReports[index])
                statusReports[index] = report
            } else {
                slots[report.key] = statusReports.count
                statusReports.append(report)
            }
        }
        statusReports.sort { ($0.actionID, $0.year, $0.party) < ($1.actionID, $1.year, $1.party) }
        return replaced
    }

    /// The latest report of each party for each action and year, by ``StatusReport/Key``: what
    /// ``reports(for:year:)`` gives for one action and year, for all of them in one pass.
    public func latestReports() -> [StatusReport.Key: StatusReport] {
        var latest: [StatusReport.Key: StatusReport] = [:]
        latest.reserveCapacity(statusReports.count)
        for report in statusReports { latest[report.key] = report }
        return latest
    }
}
