import TextLayout
import TiltakLanguage
import TiltakLayout
import TiltakModel

/// The agenda for the annual revision meeting (`revisjon`) of one year.
struct RevisionAgenda {
    let plan: Plan
    /// The year of the meeting.
    let year: Int
    let width: Int
    /// The report's language.
    let language: Language

    /// The view: `heading`, `meta`, `sections` (each with `heading`, `intro`, `actions` and `lines`).
    func view() -> [String: Any] {
        let blocks = ActionBlock(plan: plan, width: width, language: language)
        let text = ActionText(plan: plan, language: language)
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
        let status = [MunicipalityReport.statusLine(language)]
        let unsettled = open.filter { !$0.timeframe.isKnown || $0.responsible.isEmpty }
        let doubts = sorted.filter { $0.flags.contains(.realismDoubt) }
        let issues = PlanValidator.validate(plan)
        let sections: [[String: Any]] = [
            section(
                .plannedHeading(year: year), intro: .plannedIntro(year: year),
                actions: scheduled.map { blocks.view($0, fields: text.standardFields($0), extra: status) }),
            section(
                .overdueHeading, intro: .overdueIntro(year: year),
                actions: overdue.map {
                    blocks.view($0, fields: text.standardFields($0), extra: status)
                }
            ),
            section(
                .ongoingHeading, intro: .ongoingIntro,
                actions: (groups[.ongoing] ?? []).map {
                    blocks.view(
                        $0,
                        fields: [
                            (text.label(.timeframe), text.timeframe($0)),
                            (text.label(.responsible), text.parties($0.responsible)),
                        ])
                }),
            section(
                .unsettledHeading, intro: .unsettledIntro,
                actions: unsettled.map { blocks.view($0, fields: unsettledFields($0, text: text)) }),
            section(
                .doubtsHeading, intro: .doubtsIntro,
                actions: doubts.map {
                    blocks.view(
                        $0,
                        fields: [
                            (text.label(.responsible), text.parties($0.responsible)),
                            (text.label(.remark), $0.remark),
                        ])
                }),
            section(
                .duplicatesHeading, intro: .duplicatesIntro,
                actions: duplicates(sorted).map { group in
                    blocks.view(
                        group[0],
                        fields: [
                            (
                                ReportText.sameText.text(language),
                                group.dropFirst().map { SafeText.line($0.id.rawValue) }.joined(
                                    separator: ", ")
                            )
                        ])
                }),
            section(
                .findingsHeading, intro: .findingsIntro(issues.count),
                lines: issues.flatMap { issueLines($0, blocks: blocks) }),
        ]
        return [
            "heading": Heading.view(
                ReportText.revisionTitle(year: year, plan: plan.title).text(language), level: .title,
                width: width),
            "meta": ReportViews.planLines(
                plan, width: width, language: language,
                extra: [(ReportText.meetingYear.text(language), "\(year)")]),
            "sections": sections,
        ]
    }

    private func section(
        _ title: ReportText, intro: ReportText, actions: [[String: Any]] = [], lines: [String] = []
    ) -> [String: Any] {
        let empty = actions.isEmpty && lines.isEmpty
        return [
            "heading": Heading.view(title.text(language), level: .section, width: width),
            "intro": ReportViews.paragraph(
                empty ? DocumentWord.none.text(language) : intro.text(language), width: width),
            "actions": actions,
            "lines": lines,
        ]
    }

    private func unsettledFields(_ action: Action, text: ActionText) -> [(label: String, text: String)] {
        let lacks = ReportText.lacks(
            timeframe: !action.timeframe.isKnown, responsible: action.responsible.isEmpty)
        var fields: [(label: String, text: String)] = [
            (ReportText.missing.text(language), lacks.text(language))
        ]
        if !action.timeframe.text.isEmpty, !action.timeframe.isKnown {
            fields.append((text.label(.timeframe), ReportText.quoted(action.timeframe.text).text(language)))
        }
        fields.append((text.label(.responsible), text.parties(action.responsible)))
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

    /// One finding: the action id (or `Plan`) beside `FEIL: Felt: melding` (the mark for errors only,
    /// the field by its column's caption).
    private func issueLines(_ issue: ValidationIssue, blocks: ActionBlock) -> [String] {
        let place = issue.actionID.map { SafeText.line($0.rawValue) } ?? ReportText.wholePlan.text(language)
        let field = issue.field.map { "\($0.columnKey.text(language)): " } ?? ""
        let severity = issue.severity == .error ? ReportText.errorMark.text(language) + ": " : ""
        let message = IssueText.message(issue, language)
        return blocks.hanging(place, text: SafeText.line(severity + field + message))
    }
}
