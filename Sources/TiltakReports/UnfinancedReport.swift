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
                ? []
                : doubts.map { blocks.view($0, fields: shortFields($0, text: text) + text.doubtField($0)) },
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
        // Every cost states how it adds up over the period: `250 000 kr (eingongs, 2021)`,
        // `3 000 000 kr = 1 000 000 kr × 3 år (2022–2024)`.
        if let basis = plan.costBasis(of: action) {
            let total = Kroner.format(basis.total, language)
            let text = basis.text(language)
            fields.append(
                (
                    ReportText.overPeriod.text(language),
                    basis.cost.recurrence == .once ? "\(total) (\(text))" : "\(total) = \(text)"
                ))
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

    /// The totals: one-off, yearly and over the period; then over the period by financing need, by
    /// responsible party and by year; then the note and the rule. Amounts are right-aligned; a group
    /// none of whose actions states a cost shows `ikkje oppgitt`, a total holding an estimate ` *`.
    private func totals(_ actions: [Action]) -> [String] {
        guard !actions.isEmpty else { return sums(actions) }
        let byNeed = Financing.Need.allCases.compactMap { need -> (String, CostGroup)? in
            let group = plan.costGroup(actions.lazy.filter { $0.financing.need == need })
            return group.actions == 0 ? nil : (need.text(language), group)
        }
        let text = ActionText(plan: plan, language: language)
        let byResponsible = byResponsible(actions, text: text).map { ($0.name, plan.costGroup($0.actions)) }
        let years = plan.costYears(actions)
        var yearRows = years.years.map { entry in
            ["\(entry.year)", Kroner.format(entry.amount, language) + (entry.hasEstimate ? mark : "")]
        }
        if years.withoutYear > 0 {
            yearRows.append([CostText.withoutYear.text(language), Kroner.format(years.withoutYear, language)])
        }
        let yearTable = TextTable(
            columns: [
                TextTable.Column(CostText.byYear.text(language), minWidth: 12),
                TextTable.Column(ReportText.amount.text(language), alignment: .right),
            ],
            maxWidth: width)
        let estimated = plan.costGroup(actions).hasEstimate
        let rule = ReportViews.paragraph(
            CostText.rule(remaining: plan.remainingYearsText).text(language), width: width)
        return sums(actions) + [""] + groupTable(CostText.byNeed, byNeed) + [""]
            + groupTable(CostText.byResponsible, byResponsible) + [""] + yearTable.renderLines(yearRows)
            + [""] + rule
            + (estimated
                ? [""] + ReportViews.paragraph(CostText.estimateNote.text(language), width: width) : [])
    }

    /// The mark of a total that holds an estimate.
    private var mark: String { " " + CostText.estimateMark.text(language) }

    /// A table of groups: the name, the actions, those with a cost, and their total over the period.
    private func groupTable(_ heading: CostText, _ groups: [(String, CostGroup)]) -> [String] {
        let table = TextTable(
            columns: [
                TextTable.Column(heading.text(language), minWidth: 12),
                TextTable.Column(CostText.actions.text(language), alignment: .right),
                TextTable.Column(CostText.withCost.text(language), alignment: .right),
                TextTable.Column(CostText.overPeriod.text(language), alignment: .right),
            ],
            maxWidth: width)
        return table.renderLines(
            groups.map { name, group in
                [
                    name, "\(group.actions)", "\(group.withCost)",
                    group.isNotStated
                        ? CostText.notStated.text(language)
                        : Kroner.format(group.total, language) + (group.hasEstimate ? mark : ""),
                ]
            })
    }

    /// The sums table: one-off, yearly and over the period, and the note on how many state a cost.
    private func sums(_ actions: [Action]) -> [String] {
        let totals = plan.costTotals(of: actions)
        // Without any stated cost the sums are not 0 but unknown.
        func amount(_ value: Int) -> String {
            totals.actionsWithCost == 0 && !actions.isEmpty
                ? CostText.notStated.text(language) : Kroner.format(value, language)
        }
        let rows = [
            [ReportText.oneOffCosts.text(language), amount(totals.oneOff)],
            [ReportText.yearlyCosts.text(language), amount(totals.perYear)],
            [
                ReportText.overPlanPeriod(plan.period.text).text(language),
                amount(totals.overPeriod),
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
