import TextLayout
import TiltakModel

/// The audit of unfinanced actions (`ufinansiert`): by financing need, then by responsible
/// party, with source and cost; the cost totals; then the actions whose realism the plan
/// doubts and those whose amount could not be read.
struct UnfinancedReport {
    let plan: Plan
    let width: Int

    /// The view: `heading`, `meta`, `needs` (each with `heading` and `parties`, each with
    /// `heading` and `actions`), `totalsHeading`, `totals`, `doubtsHeading`, `doubts`,
    /// `unreadableHeading`, `unreadable`.
    func view() -> [String: Any] {
        let unfinanced = plan.unfinancedActions
        let blocks = ActionBlock(plan: plan, width: width)
        let text = ActionText(plan: plan)
        let needs: [[String: Any]] = Financing.Need.allCases.compactMap { need in
            let actions = unfinanced.filter { $0.financing.need == need }
            guard !actions.isEmpty else { return nil }
            return [
                "heading": Heading.view(
                    "\(need.nynorsk) (\(ReportViews.count(actions.count, "tiltak", "tiltak")))",
                    level: .section,
                    width: width),
                "parties": byResponsible(actions, text: text).map { group -> [String: Any] in
                    [
                        "heading": Heading.view("Ansvar: " + group.name, level: .subsection, width: width),
                        "actions": group.actions.map { blocks.view($0, fields: fields($0, text: text)) },
                    ]
                },
            ]
        }
        let doubts = plan.actions.filter { $0.flags.contains(.realismDoubt) }.sorted { $0.id < $1.id }
        let unreadable = plan.actions.filter(\.financing.hasUnreadableAmount).sorted { $0.id < $1.id }
        let none = ReportViews.paragraph("Ingen.", width: width)
        return [
            "heading": Heading.view("Ufinansierte tiltak – \(plan.title)", level: .title, width: width),
            "meta": ReportViews.planLines(
                plan, width: width,
                extra: [
                    (
                        "Ufinansiert",
                        "\(unfinanced.count) av \(ReportViews.count(plan.actions.count, "tiltak", "tiltak"))"
                    )
                ]),
            "needs": needs,
            "totalsHeading": Heading.view("Kostnader for ufinansierte tiltak", level: .section, width: width),
            "totals": totals(unfinanced),
            "doubtsHeading": Heading.view("Tiltak med tvil om realisme", level: .section, width: width),
            "doubts": doubts.isEmpty
                ? [] : doubts.map { blocks.view($0, fields: shortFields($0, text: text)) },
            "noDoubts": doubts.isEmpty ? none : [],
            "unreadableHeading": Heading.view(
                "Tiltak med beløp som ikkje kunne lesast", level: .section, width: width),
            "unreadable": unreadable.map { blocks.view($0, fields: shortFields($0, text: text)) },
            "noUnreadable": unreadable.isEmpty ? none : [],
        ]
    }

    /// Actions grouped by the names of their responsible parties, groups by name and
    /// `Ikkje avklart` last; each group's actions by id.
    private func byResponsible(_ actions: [Action], text: ActionText) -> [(name: String, actions: [Action])] {
        var groups: [String: [Action]] = [:]
        for action in actions {
            groups[SafeText.line(text.parties(action.responsible)), default: []].append(action)
        }
        let unassigned = SafeText.line(text.parties(PartyCell()))
        return groups.keys.sorted { a, b in
            (a == unassigned ? 1 : 0, a.lowercased()) < (b == unassigned ? 1 : 0, b.lowercased())
        }.map { ($0, (groups[$0] ?? []).sorted { $0.id < $1.id }) }
    }

    private func fields(_ action: Action, text: ActionText) -> [(label: String, text: String)] {
        var fields: [(label: String, text: String)] = [
            ("Tidsramme", text.timeframe(action)),
            ("Kjelde", text.source(action)),
            ("Kostnad", text.cost(action)),
        ]
        if let overPeriod = plan.costOverPeriod(of: action), action.financing.cost?.recurrence == .perYear {
            fields.append(("Over perioden", Kroner.format(overPeriod)))
        }
        if let resource = action.financing.resource, !resource.isEmpty {
            fields.append(("Ressurs", resource))
        }
        if !action.remark.isEmpty { fields.append(("Merknad", action.remark)) }
        return fields
    }

    private func shortFields(_ action: Action, text: ActionText) -> [(label: String, text: String)] {
        var fields: [(label: String, text: String)] = [
            ("Ansvar", text.parties(action.responsible)),
            ("Finansiering", text.financing(action)),
        ]
        if !action.remark.isEmpty { fields.append(("Merknad", action.remark)) }
        return fields
    }

    /// The totals table: one-off, yearly and over the period, amounts right-aligned.
    private func totals(_ actions: [Action]) -> [String] {
        let totals = plan.costTotals(of: actions)
        let rows = [
            ["Eingongskostnader", Kroner.format(totals.oneOff)],
            ["Årlege kostnader (per år)", Kroner.format(totals.perYear)],
            ["Over planperioden \(plan.period.text)", Kroner.format(totals.overPeriod)],
        ]
        let table = TextTable(
            columns: [TextTable.Column("Sum", minWidth: 12), TextTable.Column("Beløp", alignment: .right)],
            maxWidth: width)
        let note = ReportViews.paragraph(
            "Summane gjeld dei \(ReportViews.count(totals.actionsWithCost, "tiltaket", "tiltaka")) som har "
                + "oppgitt kostnad; dei andre ufinansierte tiltaka har ingen kostnad i planen.",
            width: width)
        return table.renderLines(rows) + [""] + note
    }
}
