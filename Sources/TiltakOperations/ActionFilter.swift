import TiltakLanguage
import TiltakModel

/// The filters of `tiltak list`, resolved against a plan.
public struct ActionFilter: Sendable {
    /// A party responsible for the actions (name, alias or code).
    public var responsible: String?
    /// With `responsible`: only actions naming the party itself, not through its group.
    public var directOnly = false
    /// A municipality responsible for or involved in the actions.
    public var municipality: String?
    /// A year the actions are active in.
    public var year: Int?
    /// A focus area (code, name or short name).
    public var area: String?
    /// Only actions without secured financing.
    public var unfinanced = false
    /// A status (`Pågår`, `fullfort`) or `ikkje rapportert`, for the plan's status year: an action
    /// matches when its overall status is that, or when any party's latest report for the year is.
    public var status: String?

    /// Creates a filter; every criterion left out matches all actions.
    public init(
        responsible: String? = nil, directOnly: Bool = false, municipality: String? = nil, year: Int? = nil,
        area: String? = nil, unfinanced: Bool = false, status: String? = nil
    ) {
        self.responsible = responsible
        self.directOnly = directOnly
        self.municipality = municipality
        self.year = year
        self.area = area
        self.unfinanced = unfinanced
        self.status = status
    }

    /// The matching actions, with the municipality's role when filtering by municipality.
    public func apply(to plan: Plan) throws -> [(action: Action, role: Role?)] {
        var result: [(Action, Role?)] = plan.actions.map { ($0, nil) }
        if let name = responsible {
            let party = try resolve(name, in: plan)
            let ids = Set(
                plan.actions(responsible: .registered(party.code), throughGroups: !directOnly).map(\.id))
            result = result.filter { ids.contains($0.0.id) }
        }
        if let name = municipality {
            let party = try resolve(name, in: plan)
            guard party.kind == .municipality else {
                let names = plan.registry.municipalities.map(\.name)
                throw UsageError(CommandMessage.notAMunicipality(name: name, municipalities: names))
            }
            let roles = Dictionary(plan.assignments(for: party.code).map { ($0.action.id, $0.role) }) {
                a, _ in a
            }
            result = result.compactMap { entry in roles[entry.0.id].map { (entry.0, $0) } }
        }
        if let year {
            result = result.filter { $0.0.timeframe.isActive(in: year, period: plan.period) }
        }
        if let name = area {
            guard let found = plan.focusArea(named: name) else {
                let names = plan.focusAreas.map { "\($0.code) (\($0.name))" }
                throw UsageError(CommandMessage.unknownFocusArea(name: name, areas: names))
            }
            result = result.filter { $0.0.focusArea == found.code }
        }
        if unfinanced {
            result = result.filter { $0.0.isUnfinanced }
        }
        if let name = status {
            let wanted = try Self.status(named: name)
            let board = StatusBoard(plan: plan)
            result = result.filter { entry in
                board.overall(entry.0).status == wanted
                    || (wanted != nil && board.reports(entry.0).contains { $0.status == wanted })
            }
        }
        return result
    }

    /// The status `name` means: a status in any spelling `ActionStatus(text:)` reads, or `nil` for
    /// *Ikkje rapportert* (also `ikke rapportert`, `not-reported`).
    static func status(named name: String) throws -> ActionStatus? {
        if let status = ActionStatus(text: name) { return status }
        let key = NameKey.make(name)
        if ["ikkjerapportert", "ikkerapportert", "notreported", "ingen", "none"].contains(key) { return nil }
        let allowed =
            ActionStatus.allCases.map { $0.text(.messages) } + [StatusWord.notReported.text(.messages)]
        throw UsageError(CommandMessage.unknownStatus(name: name, allowed: allowed))
    }

    private func resolve(_ name: String, in plan: Plan) throws -> Party {
        if let party = plan.registry.resolve(name) ?? plan.registry.party(code: name) { return party }
        let close = plan.registry.parties.map(\.name).filter {
            NameKey.make($0).hasPrefix(String(NameKey.make(name).prefix(3)))
        }
        throw UsageError(CommandMessage.unknownParty(name: name, suggestions: close))
    }
}
