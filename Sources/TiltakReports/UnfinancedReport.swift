import TextLayout
import TiltakLanguage
import TiltakModel

/// The audit of unfinanced actions (`ufinansiert`): by financing need, then by responsible
/// party, with source and cost; the cost totals; then the actions whose realism the plan
/// doubts and those whose amount could not be read.
struct UnfinancedReport {
    let plan: Plan
    let width: Int
    /// The report's language.
    let language: Language

    /// The view: `heading`, `meta`, `needs` (each with `heading` and `parties`, each with
    /// `heading` and `actions`), `totalsHeading`, `totals`, `doubtsHeading`, `doubts`,
    /// `unreadableHeading`, `unreadable`.
    func view() -> [String: Any] {
        let unfinanced = plan.unfinancedActions
        let blocks = ActionBlock(plan: plan, width: width, language: language)
        let text = ActionText(plan: plan, language: language)
        let needs: [[String: Any]] = Financing.Need.allCases.compactMap { need in
            let actions = unfinanced.filter { $0.financing.need == need }
            guard !actions.isEmpty else { return nil }
            return [
                "heading": Heading.view(
                    DocumentWord.withCount(need.text(language), actions: actions.count).text(language),
                    level: .section,
                    width: width),
                "parties": byResponsible(actions, text: text).map { group -> [String: Any] in
                    [
                        "heading": Heading.view(
                            ReportText.responsibleGroup(group.name).text(language), level: .subsection,
                            width: width),
                        "actions": group.actions.map { blocks.view($0, fields: fields($0, text: text)) },
                    ]
                },
            ]
        }
        let doubts = plan.actions.filter { $0.flags.contains(.realismDoubt) }.sorted { $0.id < $1.id }
        let unreadable = plan.actions.filter(\.financing.hasUnreadableAmount).sorted { $0.id < $1.id }
        let none = ReportViews.paragraph(DocumentWord.none.text(language), width: width)
        return [
            "heading": Heading.view(
                ReportText.unfinancedTitle(plan: plan.title).text(language), level: .title, width: width),
            "meta": ReportViews.planLines(
                plan, width: width, language: language,
                extra: [
                    (
                        ReportText.unfinanced.text(language),
                        ReportText.ofActions(unfinanced.count, total: plan.actions.count).text(language)
                    )
                ]),
            "needs": needs,
            "totalsHeading": Heading.view(
                ReportText.unfinancedCosts.text(language), level: .section, width: width),
            "totals": totals(unfinanced),
            "doubtsHeading": Heading.view(
                ReportText.realismDoubts.text(language), level: .section, width: width),
            "doubts": doubts.isEmpty
                ? [] : doubts.map { blocks.view($0, fields: shortFields($0, text: text)) },
            "noDoubts": doubts.isEmpty ? none : [],
            "unreadableHeading": Heading.view(
                ReportText.unreadableAmounts.text(language), level: .section, width: width),
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
            (text.label(.timeframe), text.timeframe(action)),
            (text.label(.source), text.source(action)),
            (ReportText.cost.text(language), text.cost(action)),
        ]
        if let overPeriod = plan.costOverPeriod(of: action), action.financing.cost?.recurrence == .perYear {
            fields.append((ReportText.overPeriod.text(language), Kroner.format(overPeriod, language)))
        }
        if let resource = action.financing.resource, !resource.isEmpty {
            fields.append((ReportText.resource.text(language), resource))
        }
        if !action.remark.isEmpty { fields.append((text.label(.remark), action.remark)) }
        return fields
    }

    private func shortFields(_ action: Action, text: ActionText) -> [(label: String, text: String)] {
        var fields: [(label: String, text: String)] = [
            (text.label(.responsible), text.parties(action.responsible)),
            (text.label(.financing), text.financing(action)),
        ]
        if !action.remark.isEmpty { fields.append((text.label(.remark), action.remark)) }
        return fields
    }

    /// The totals table: one-off, yearly and over the period, amounts right-aligned.
    private func totals(_ actions: [Action]) -> [String] {
        let totals = plan.costTotals(of: actions)
        let rows = [
            [ReportText.oneOffCosts.text(language), Kroner.format(totals.oneOff, language)],
            [ReportText.yearlyCosts.text(language), Kroner.format(totals.perYear, language)],
            [
                ReportText.overPlanPeriod(plan.period.text).text(language),
                Kroner.format(totals.overPeriod, language),
            ],
        ]
        let table = TextTable(
            columns: [
                TextTable.Column(DocumentWord.sum.text(language), minWidth: 12),
                TextTable.Column(ReportText.amount.text(language), alignment: .right),
            ],
            maxWidth: width)
        let note = ReportViews.paragraph(
            ReportText.costNote(actionsWithCost: totals.actionsWithCost).text(language), width: width)
        return table.renderLines(rows) + [""] + note
    }
}
