import TiltakModel

/// A small hand-made plan for queries and validation: two focus areas, seven actions, 2021–2024.
enum SamplePlan {
    static let period = PlanPeriod(first: 2021, last: 2024)

    static let focusAreas = [
        FocusArea(code: "NK", name: "Næringsliv og kompetanseutvikling", themes: ["Næring", "Kompetanse"]),
        FocusArea(code: "KM", name: "Klima og miljø", themes: ["Klima"]),
    ]

    /// An action with registered parties by code; `unregistered:` names go to the involved cell.
    static func action(
        _ id: ActionID, _ area: String, _ theme: String, _ timeframe: Timeframe.Kind, text: String? = nil,
        responsible: [String] = [], involved: [String] = [], unregistered: [String] = [], remark: String = "",
        financing: Financing = .none, flags: Set<ActionFlag> = []
    ) -> Action {
        Action(
            id: id, text: text ?? "Tiltak \(id)", focusArea: area, theme: theme,
            timeframe: Timeframe(text: timeframe.canonical, kind: timeframe),
            responsible: PartyCell(
                text: responsible.joined(separator: ", "), parties: responsible.map { .registered($0) }),
            involved: PartyCell(
                text: (involved + unregistered).joined(separator: ", "),
                parties: involved.map { .registered($0) } + unregistered.map { .unregistered($0) }),
            remark: remark, financing: financing, flags: flags)
    }

    static let actions: [Action] = [
        action(
            "NK-1", "NK", "Næring", .annual, responsible: ["TR"], involved: ["KOM", "RR"],
            remark: "Krev finansiering, 50 000 pr. år",
            financing: Financing(need: .needsFinancing, cost: Cost(amount: 50_000, recurrence: .perYear))),
        action("NK-2", "NK", "Næring", .year(2021, part: nil), responsible: ["GOL"], involved: ["RR"]),
        action(
            "NK-10", "NK", "Kompetanse", .year(2022, part: nil), responsible: ["KOM"],
            remark: "Kostnad 1.mill. pr. år",
            financing: Financing(need: .costEstimate, cost: Cost(amount: 1_000_000, recurrence: .perYear))),
        action(
            "KM-1", "KM", "Klima", .span(from: 2022, to: 2023), responsible: ["RR", "KOM"],
            involved: ["VIKEN", "GOL"],
            remark: "Kostnad 200 000 pr. år",
            financing: Financing(need: .costEstimate, cost: Cost(amount: 200_000, recurrence: .perYear))),
        action("KM-2", "KM", "Klima", .unknown, responsible: ["KOM"], remark: "Gol er pilot"),
        action(
            "KM-3", "KM", "Klima", .year(2023, part: nil), responsible: ["HOL"],
            unregistered: ["Eige prosjekt"],
            remark: "Prosjekt Kostnad 250 000",
            financing: Financing(need: .costEstimate, cost: Cost(amount: 250_000, recurrence: .once))),
        action(
            "KM-4", "KM", "Klima", .unknown, responsible: ["RR"], remark: "Innanfor budsjett, 100 000 pr. år",
            financing: Financing(need: .financed, cost: Cost(amount: 100_000, recurrence: .perYear))),
    ]

    struct InvalidDate: Error {}

    static func make(actions: [Action] = actions, focusAreas: [FocusArea] = focusAreas) throws -> Plan {
        guard let date = CalendarDate(year: 2021, month: 4, day: 10) else { throw InvalidDate() }
        return Plan(
            id: "sample-2021-2024", title: "Prøveplan", region: "Hallingdal", period: period,
            revision: Revision(date: date, label: "Utkast"), registry: HallingdalRegistry.make(),
            focusAreas: focusAreas, actions: actions)
    }
}
