import TiltakLanguage

/// How a municipality takes part in an action.
public enum Role: String, Hashable, Sendable, Comparable {
    /// Responsible (*Ansvar*).
    case responsible
    /// Involved (*Involvert*).
    case involved

    /// The role's name in the catalogue.
    public var word: RoleWord {
        switch self {
        case .responsible: .responsible
        case .involved: .involved
        }
    }

    /// The role in `language` (`Ansvar`, `Involvert`).
    public func text(_ language: Language) -> String { word.text(language) }

    public static func < (a: Role, b: Role) -> Bool { a == .responsible && b == .involved }
}

/// An action seen from one party: its role and whether it comes through a group.
public struct Assignment: Hashable, Sendable {
    /// The action.
    public var action: Action
    /// Responsible or involved.
    public var role: Role
    /// The group the party takes part through, if not named directly (e.g. `KOM`).
    public var throughGroup: String?
    /// Whether the remark names the party as pilot (`Gol er pilot`, ``Plan/pilots(of:)``).
    public var isPilot = false

    /// The role as task workbooks show it in `language`: `Ansvar`, or `Ansvar (pilot)` for a pilot.
    public func roleText(_ language: Language) -> String {
        isPilot ? "\(role.text(language)) (\(RoleWord.pilot.text(language)))" : role.text(language)
    }
}

/// Known costs added up.
public struct CostTotals: Hashable, Sendable {
    /// Sum of one-off costs.
    public var oneOff: Int = 0
    /// Sum of yearly costs.
    public var perYear: Int = 0
    /// One-off costs plus yearly costs times the years of the plan period the action is active.
    public var overPeriod: Int = 0
    /// Actions with a known cost.
    public var actionsWithCost: Int = 0

    /// Creates totals.
    public init(oneOff: Int = 0, perYear: Int = 0, overPeriod: Int = 0, actionsWithCost: Int = 0) {
        self.oneOff = oneOff
        self.perYear = perYear
        self.overPeriod = overPeriod
        self.actionsWithCost = actionsWithCost
    }
}

extension Plan {
    /// Actions a party is responsible for. With `throughGroups`, a municipality also gets the
    /// actions of its municipality group, and a group's members' own actions are not added.
    public func actions(responsible party: PartyReference, throughGroups: Bool = true) -> [Action] {
        actions.filter { action in
            action.responsible.parties.contains { ref in
                ref == party
                    || (throughGroups && party.code.map { registry.reference(ref, covers: $0) } == true)
            }
        }
    }

    /// The actions a municipality is responsible for or involved in, directly or through a group.
    ///
    /// An action where it is both responsible and involved appears once, as responsible.
    public func assignments(for code: String) -> [Assignment] {
        var result: [Assignment] = []
        for action in actions {
            var assignment: Assignment
            if let via = participation(of: code, in: action.responsible) {
                assignment = Assignment(
                    action: action, role: .responsible, throughGroup: via.isEmpty ? nil : via)
            } else if let via = participation(of: code, in: action.involved) {
                assignment = Assignment(
                    action: action, role: .involved, throughGroup: via.isEmpty ? nil : via)
            } else {
                continue
            }
            assignment.isPilot = pilots(of: action).contains { $0.code == code }
            result.append(assignment)
        }
        return result
    }

    /// `""` when `code` is named directly, the group's code when through a group, `nil` when absent.
    private func participation(of code: String, in cell: PartyCell) -> String? {
        if cell.parties.contains(.registered(code)) { return "" }
        for ref in cell.parties {
            if let group = ref.code, registry.reference(ref, covers: code) { return group }
        }
        return nil
    }

    /// Actions active in `year` (annual and continuous actions are active in every year of the period).
    public func actions(activeIn year: Int) -> [Action] {
        actions.filter { $0.timeframe.isActive(in: year, period: period) }
    }

    /// Actions whose timeframe is not known.
    public var actionsWithoutTimeframe: [Action] { actions.filter { !$0.timeframe.isKnown } }

    /// Actions with this financing need.
    public func actions(financing need: Financing.Need) -> [Action] {
        actions.filter { $0.financing.need == need }
    }

    /// Actions that lack secured funding.
    public var unfinancedActions: [Action] { actions.filter(\.isUnfinanced) }

    /// Actions of a focus area (by code), optionally of one theme.
    public func actions(area code: String, theme: String? = nil) -> [Action] {
        actions.filter { $0.focusArea == code && (theme == nil || $0.theme == theme) }
    }

    /// The actions of every focus area by area code, each in plan order: ``actions(area:theme:)``
    /// for all areas in one pass over the actions.
    public func actionsByArea() -> [String: [Action]] {
        Dictionary(grouping: actions, by: \.focusArea)
    }

    /// The focus area a name means (code, name, short name, heading or alias).
    public func focusArea(named name: String) -> FocusArea? {
        focusAreas.first { $0.isNamed(name) }
    }

    /// The cost of one action over the plan period (``costBasis(of:)``): one-off cost once, yearly
    /// cost times the active years, or for an unknown timeframe the rest of the period (an estimate).
    public func costOverPeriod(of action: Action) -> Int? {
        costBasis(of: action)?.total
    }

    /// Known costs of `actions` added up.
    public func costTotals(of actions: [Action]) -> CostTotals {
        var totals = CostTotals()
        for action in actions {
            guard let cost = action.financing.cost else { continue }
            totals.actionsWithCost += 1
            switch cost.recurrence {
            case .once: totals.oneOff += cost.amount
            case .perYear: totals.perYear += cost.amount
            }
            totals.overPeriod += costOverPeriod(of: action) ?? 0
        }
        return totals
    }

    /// Municipalities that a remark names as pilot (`Gol er pilot`, `Pilot: Gol`, `Gol som pilotkommune`).
    public func pilots(of action: Action) -> [Party] {
        let remark = NameKey.searchable(action.remark)
        guard remark.contains("pilot") else { return [] }
        // Words are looked up through the registry, so aliases count too (`Nes er pilot`, `Aal er pilot`).
        let named = Set(
            remark.split(whereSeparator: { !$0.isLetter }).compactMap { word in
                registry.resolve(word).flatMap { $0.kind == .municipality ? $0.code : nil }
            })
        return registry.municipalities.filter { named.contains($0.code) }
    }
}
