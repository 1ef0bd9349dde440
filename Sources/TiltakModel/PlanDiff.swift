import TiltakLanguage

/// What changed between two revisions of a plan, action by action (matched by id).
///
/// Values are display strings as the council reads them, in the language the diff is made in:
/// parties by the registry's display name (each plan's own registry), timeframes as documents
/// show them (`2021–2022`, `Årleg`), financing as need, source and cost, and status as the overall
/// status in each plan's ``Plan/statusYear``. Each party's report (status and comment) for each
/// year that came, went or changed is a change of its own (``Field/report``). Two spellings with
/// the same meaning (`2021 - 2022` and `2021–2022`) are no change.
public struct PlanDiff: Hashable, Sendable {
    /// What happened to an action.
    public enum Kind: String, Hashable, Sendable, CaseIterable, Comparable {
        /// In the new revision only.
        case added
        /// In the old revision only.
        case removed
        /// Moved to another focus area or theme.
        case moved
        /// A field changed.
        case changed

        /// The kind's word in the catalogue.
        public var word: ChangeWord {
            switch self {
            case .added: .added
            case .removed: .removed
            case .moved: .moved
            case .changed: .changed
            }
        }

        /// The kind in `language`, for sheets and reports (`Nytt`, `Endra`).
        public func text(_ language: Language) -> String { word.text(language) }

        public static func < (a: Kind, b: Kind) -> Bool {
            (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
        }
    }

    /// The field a change concerns, in the order the plan's columns come.
    public enum Field: Hashable, Sendable, CaseIterable, Comparable {
        /// Focus area and theme (for ``Kind/moved``).
        case placement
        case text, timeframe, responsible, involved, financing, remark, status
        /// One party's status report and comment for one year (``Change/detail`` says which).
        case report
        /// Whether a revision closed the action.
        case closed

        /// The field's name in `language`: the caption of its column (`Tidsramme`, `Involvert`), or
        /// `Innsatsområde / tema` and `Avslutta`.
        public func text(_ language: Language) -> String {
            switch self {
            case .placement: ChangeWord.placement.text(language)
            case .text: ColumnKey.text.text(language)
            case .timeframe: ColumnKey.timeframe.text(language)
            case .responsible: ColumnKey.responsible.text(language)
            case .involved: ColumnKey.involved.text(language)
            case .financing: ColumnKey.financing.text(language)
            case .remark: ColumnKey.remark.text(language)
            case .status: ColumnKey.status.text(language)
            case .report: ChangeWord.report.text(language)
            case .closed: ChangeWord.closed.text(language)
            }
        }

        public static func < (a: Field, b: Field) -> Bool {
            (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
        }
    }

    /// One change of one action.
    public struct Change: Hashable, Sendable {
        /// What happened.
        public var kind: Kind
        /// The action.
        public var actionID: ActionID
        /// The field; for an added or removed action ``Field/text``.
        public var field: Field
        /// The value in the old revision (empty for an added action).
        public var old: String
        /// The value in the new revision (empty for a removed action).
        public var new: String
        /// For a ``Field/report``, the year and the party's code it is of; `nil` otherwise.
        public var report: ReportKey?

        /// Creates a change.
        public init(
            _ kind: Kind, _ actionID: ActionID, _ field: Field, old: String, new: String,
            report: ReportKey? = nil
        ) {
            self.kind = kind
            self.actionID = actionID
            self.field = field
            self.old = old
            self.new = new
            self.report = report
        }

        /// The field as the report and the sheet name it, in `language`: the column's caption, or
        /// for a report its year and the party's name (`Rapport 2021, Gol`), by `registry`.
        public func label(_ language: Language, registry: PartyRegistry) -> String {
            guard let report else { return field.text(language) }
            let party = registry.displayName(.registered(report.party))
            return ChangeWord.reportOf(year: report.year, party: party).text(language)
        }
    }

    /// Which report a ``Field/report`` change is of: the year and the reporting party's code.
    public struct ReportKey: Hashable, Sendable, Comparable {
        /// The revision year the report is for.
        public var year: Int
        /// The reporting party's code.
        public var party: String

        /// Creates a key.
        public init(year: Int, party: String) {
            self.year = year
            self.party = party
        }

        public static func < (a: ReportKey, b: ReportKey) -> Bool { (a.year, a.party) < (b.year, b.party) }
    }

    /// Every change, by action id, then kind, then field.
    public var changes: [Change]

    /// Compares `old` with `new`, with values in `language`.
    public init(old: Plan, new: Plan, language: Language = .nynorsk) {
        var changes: [Change] = []
        let oldByID = Dictionary(old.actions.map { ($0.id, $0) }) { first, _ in first }
        let newByID = Dictionary(new.actions.map { ($0.id, $0) }) { first, _ in first }
        let oldView = PlanDiff.Values(plan: old, language: language)
        let newView = PlanDiff.Values(plan: new, language: language)
        for id in Set(oldByID.keys).union(newByID.keys) {
            switch (oldByID[id], newByID[id]) {
            case (nil, let added?):
                changes.append(Change(.added, id, .text, old: "", new: added.text))
            case (let removed?, nil):
                changes.append(Change(.removed, id, .text, old: removed.text, new: ""))
            case (let before?, let after?):
                let placement = (oldView.placement(before), newView.placement(after))
                if placement.0 != placement.1 {
                    changes.append(Change(.moved, id, .placement, old: placement.0, new: placement.1))
                }
                for field in Field.allCases where field != .placement && field != .report {
                    let a = oldView.value(field, of: before)
                    let b = newView.value(field, of: after)
                    if a != b { changes.append(Change(.changed, id, field, old: a, new: b)) }
                }
                changes += Self.reportChanges(
                    id, old: oldView, new: newView, order: new.expectedReporters(for: after))
            case (nil, nil):
                break
            }
        }
        // A stable sort: the reports of one action keep the order reportChanges gave them.
        self.changes = changes.enumerated().sorted { x, y in
            let (a, b) = (x.element, y.element)
            if a.actionID != b.actionID { return a.actionID < b.actionID }
            if a.kind != b.kind { return a.kind < b.kind }
            if a.field != b.field { return a.field < b.field }
            return x.offset < y.offset
        }.map(\.element)
    }

    /// The reports on `id` that came, went or changed (status or comment) between the revisions,
    /// each party's latest for each year: by year, then the parties in `order` (those expected
    /// to report), then any other party by code. Values are `Fullført – comment`.
    static func reportChanges(_ id: ActionID, old: Values, new: Values, order: [String]) -> [Change] {
        let before = old.reports(id)
        let after = new.reports(id)
        let rank = Dictionary(order.enumerated().map { ($1, $0) }) { first, _ in first }
        let keys = Set(before.keys).union(after.keys).sorted { a, b in
            if a.year != b.year { return a.year < b.year }
            let (x, y) = (rank[a.party] ?? Int.max, rank[b.party] ?? Int.max)
            return x != y ? x < y : a.party < b.party
        }
        return keys.compactMap { key in
            let a = before[key].map(old.reportText) ?? ""
            let b = after[key].map(new.reportText) ?? ""
            return a == b ? nil : Change(.changed, id, .report, old: a, new: b, report: key)
        }
    }

    /// Whether the revisions have the same actions with the same values.
    public var isEmpty: Bool { changes.isEmpty }

    /// The ids of the actions that changed in any way, in order.
    public var actionIDs: [ActionID] {
        var seen: Set<ActionID> = []
        return changes.map(\.actionID).filter { seen.insert($0).inserted }
    }

    /// How many actions were added, removed, moved and changed (an action counts once per kind).
    public func count(_ kind: Kind) -> Int {
        Set(changes.filter { $0.kind == kind }.map(\.actionID)).count
    }

    /// A summary in `language`: `2 nye, 1 fjerna, 1 flytta, 3 endra` or `Ingen endringar`.
    public func summary(_ language: Language) -> String {
        ChangeWord.summary(
            added: count(.added), removed: count(.removed), moved: count(.moved), changed: count(.changed)
        ).text(language)
    }

    /// The display value of `field` of `action` as it stands in `plan` (`""` when empty), in `language`.
    ///
    /// Indexes the plan's focus areas and status reports for each call: to show many actions'
    /// values, make the plan's ``Values`` once.
    public static func value(_ field: Field, of action: Action, in plan: Plan, language: Language = .nynorsk)
        -> String
    {
        Values(plan: plan, language: language).value(field, of: action)
    }

    /// The display values of one plan's actions in a language, with the plan's focus areas and status
    /// reports indexed once, so that showing each action costs look-ups, not scans.
    public struct Values: Sendable {
        /// The plan.
        public let plan: Plan
        /// The language of the values.
        public let language: Language
        /// The focus areas by code (the first of several with one code).
        private let areas: [String: FocusArea]
        /// The reports of the plan's status year.
        private let board: StatusBoard
        /// Each party's latest report for each year, by action.
        private let reportsByAction: [ActionID: [ReportKey: StatusReport]]

        /// The values of `plan`'s actions in `language`.
        public init(plan: Plan, language: Language = .nynorsk) {
            self.plan = plan
            self.language = language
            areas = plan.focusAreasByCode()
            board = StatusBoard(plan: plan)
            var reports: [ActionID: [ReportKey: StatusReport]] = [:]
            for report in plan.statusReports {
                reports[report.actionID, default: [:]][ReportKey(year: report.year, party: report.party)] =
                    report
            }
            reportsByAction = reports
        }

        /// Each party's latest report on `id` for each year.
        func reports(_ id: ActionID) -> [ReportKey: StatusReport] { reportsByAction[id] ?? [:] }

        /// A report as the diff shows it: the status in ``language``, and the comment after a dash
        /// (`Fullført – vedteke i juni`).
        func reportText(_ report: StatusReport) -> String {
            let status = report.status.text(language)
            let comment = report.comment.split(whereSeparator: \.isNewline).joined(separator: " ")
            return comment.isEmpty ? status : "\(status) – \(comment)"
        }

        func placement(_ action: Action) -> String {
            let area = areas[action.focusArea]?.name ?? action.focusArea
            return "\(area) / \(action.theme)"
        }

        /// The display value of `field` of `action` (`""` when empty).
        public func value(_ field: Field, of action: Action) -> String {
            switch field {
            case .placement: placement(action)
            case .text: action.text
            case .timeframe: action.timeframe.display(language)
            case .responsible: parties(action.responsible)
            case .involved: parties(action.involved)
            case .financing: financing(action.financing)
            case .remark: action.remark
            case .status: board.overall(action).text(language)
            case .report: ""
            case .closed: (action.isClosed ? ChangeWord.yes : .no).text(language)
            }
        }

        func parties(_ cell: PartyCell) -> String {
            let names = plan.registry.displayNames(cell)
            return cell.isUncertain && !names.isEmpty
                ? names + " " + ChangeWord.uncertain.text(language) : names
        }

        func financing(_ financing: Financing) -> String {
            guard financing.need != .none else { return "" }
            return financing.summary(registry: plan.registry, language)
        }
    }
}
