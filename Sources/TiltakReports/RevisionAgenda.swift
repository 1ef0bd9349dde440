import TextLayout
import TiltakModel

/// The agenda for the annual revision meeting (`revisjon`) of one year.
struct RevisionAgenda {
    let plan: Plan
    /// The year of the meeting.
    let year: Int
    let width: Int

    /// The view: `heading`, `meta`, `sections` (each with `heading`, `intro`, `actions` and `lines`).
    func view() -> [String: Any] {
        let blocks = ActionBlock(plan: plan, width: width)
        let text = ActionText(plan: plan)
        let sorted = plan.actions.sorted { $0.id < $1.id }
        // Closed actions (finished or cancelled at an earlier revision) need no follow-up.
        let open = sorted.filter { !$0.isClosed }
        let groups = Dictionary(grouping: open) { YearGroup($0, plan: plan, from: year) }
        let scheduled = open.filter { action in
            !action.timeframe.isOngoing && action.timeframe.bounds(in: plan.period)?.contains(year) == true
        }
        let reports = Dictionary(grouping: plan.statusReports, by: \.actionID)
        let overdue = open.filter {
            plan.overdueEnd(of: $0, asOf: year, reports: reports[$0.id] ?? []) != nil
        }
        let status = [MunicipalityReport.statusLine]
        let unsettled = open.filter { !$0.timeframe.isKnown || $0.responsible.isEmpty }
        let doubts = sorted.filter { $0.flags.contains(.realismDoubt) }
        let issues = PlanValidator.validate(plan)
        let sections: [[String: Any]] = [
            section(
                "1. Tiltak planlagde for \(year)",
                intro: "Tiltak med tidsramme i \(year). Kva er gjort, og kva står att?",
                actions: scheduled.map { blocks.view($0, fields: text.standardFields($0), extra: status) }),
            section(
                "2. Forseinka tiltak",
                intro:
                    "Tiltak med tidsramme som gjekk ut før \(year), og som ikkje er fullførte eller avlyste. Kva står att, og skal tidsramma endrast?",
                actions: overdue.map {
                    blocks.view($0, fields: text.standardFields($0), extra: status)
                }
            ),
            section(
                "3. Årlege og løpande tiltak",
                intro: "Tiltak som går kvart år eller heile tida.",
                actions: (groups[.ongoing] ?? []).map {
                    blocks.view(
                        $0,
                        fields: [("Tidsramme", text.timeframe($0)), ("Ansvar", text.parties($0.responsible))])
                }),
            section(
                "4. Til avklaring: tidsramme eller ansvarleg manglar",
                intro: "Kven skal ha ansvaret, og når skal tiltaket gjennomførast?",
                actions: unsettled.map { blocks.view($0, fields: unsettledFields($0, text: text)) }),
            section(
                "5. Tvil om realisme",
                intro:
                    "Planen tvilar på om desse tiltaka er realistiske. Skal dei vidareførast, endrast eller takast ut?",
                actions: doubts.map {
                    blocks.view(
                        $0, fields: [("Ansvar", text.parties($0.responsible)), ("Merknad", $0.remark)])
                }),
            section(
                "6. Like tiltakstekstar",
                intro: "Tiltak med same tekst. Skal dei slåast saman?",
                actions: duplicates(sorted).map { group in
                    blocks.view(
                        group[0],
                        fields: [
                            (
                                "Same tekst",
                                group.dropFirst().map { SafeText.line($0.id.rawValue) }.joined(
                                    separator: ", ")
                            )
                        ])
                }),
            section(
                "7. Datakvalitet",
                intro:
                    "\(ReportViews.count(issues.count, "merknad", "merknader")) frå kontrollen av planfila.",
                lines: issues.flatMap { issueLines($0, blocks: blocks) }),
        ]
        return [
            "heading": Heading.view("Revisjonsmøte \(year) – \(plan.title)", level: .title, width: width),
            "meta": ReportViews.planLines(plan, width: width, extra: [("Møteår", "\(year)")]),
            "sections": sections,
        ]
    }

    private func section(
        _ title: String, intro: String, actions: [[String: Any]] = [], lines: [String] = []
    ) -> [String: Any] {
        let empty = actions.isEmpty && lines.isEmpty
        return [
            "heading": Heading.view(title, level: .section, width: width),
            "intro": ReportViews.paragraph(empty ? "Ingen." : intro, width: width),
            "actions": actions,
            "lines": lines,
        ]
    }

    private func unsettledFields(_ action: Action, text: ActionText) -> [(label: String, text: String)] {
        var missing: [String] = []
        if !action.timeframe.isKnown { missing.append("tidsramme") }
        if action.responsible.isEmpty { missing.append("ansvarleg") }
        var fields: [(label: String, text: String)] = [("Manglar", missing.joined(separator: " og "))]
        if !action.timeframe.text.isEmpty, !action.timeframe.isKnown {
            fields.append(("Tidsramme", "«\(action.timeframe.text)»"))
        }
        fields.append(("Ansvar", text.parties(action.responsible)))
        return fields
    }

    /// Groups of two or more actions with the same text (ignoring case and spacing), by first id.
    private func duplicates(_ actions: [Action]) -> [[Action]] {
        var byText: [String: [Action]] = [:]
        var order: [String] = []
        for action in actions {
            let key = NameKey.searchable(action.text)
            guard !key.isEmpty else { continue }
            if byText[key] == nil { order.append(key) }
            byText[key, default: []].append(action)
        }
        return order.compactMap { byText[$0] }.filter { $0.count > 1 }
    }

    /// One finding: the action id (or `Planen`) beside `Felt: melding (åtvaring)`.
    private func issueLines(_ issue: ValidationIssue, blocks: ActionBlock) -> [String] {
        let place = issue.actionID.map { SafeText.line($0.rawValue) } ?? "Plan"
        let field = issue.field.map { "\($0.rawValue): " } ?? ""
        let severity = issue.severity == .error ? "FEIL: " : ""
        return blocks.hanging(place, text: SafeText.line(severity + field + issue.message))
    }
}
