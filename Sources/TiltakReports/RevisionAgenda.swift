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

    /// The view: `heading`, `meta`, `sections` (each with `heading`, `intro`, `actions`, `groups`
    /// and `lines`; a group has `heading` and `lines`).
    ///
    /// The sections follow ``MeetingAgenda``: finished (to close), under way, postponed or
    /// cancelled, not reported (by party), overdue, to be settled; then realism in doubt,
    /// identical texts and data quality. An action block in the first three and in the overdue
    /// section lists each party's status and comment for the year.
    func view() -> [String: Any] {
        let blocks = ActionBlock(plan: plan, width: width, language: language)
        let text = ActionText(plan: plan, language: language)
        let agenda = MeetingAgenda(plan: plan, year: year)
        let sorted = plan.actions.sorted { $0.id < $1.id }
        let doubts = sorted.filter { $0.flags.contains(.realismDoubt) }
        let issues = PlanValidator.validate(plan)
        func reported(_ action: Action, note: String? = nil, latest: Bool = false) -> [String: Any] {
            var fields: [(label: String, text: String)] = [
                (text.label(.timeframe), text.timeframe(action)),
                (text.label(.responsible), text.parties(action.responsible)),
            ]
            if let note { fields.append((DocumentWord.note.text(language), note)) }
            let entries = latest ? agenda.latestEntries(action) : agenda.entries(action)
            return blocks.view(action, fields: fields, extra: reportLines(entries, blocks: blocks))
        }
        let sections: [[String: Any]] = [
            section(
                AgendaText.finishedHeading(number: 1), intro: AgendaText.finishedIntro(year: year),
                actions: agenda.actions(.finished).map { reported($0) }),
            section(
                AgendaText.inProgressHeading(number: 2), intro: AgendaText.inProgressIntro(year: year),
                actions: agenda.actions(.inProgress).map { reported($0) }),
            section(
                AgendaText.stoppedHeading(number: 3), intro: AgendaText.stoppedIntro(year: year),
                actions: agenda.actions(.postponedOrCancelled).map { reported($0) }),
            section(
                AgendaText.notReportedHeading(number: 4), intro: AgendaText.notReportedIntro(year: year),
                groups: notReportedGroups(agenda, blocks: blocks, text: text)),
            section(
                AgendaText.overdueHeading(number: 5), intro: AgendaText.overdueIntro(year: year),
                actions: agenda.actions(.overdue).map { action in
                    reported(
                        action,
                        note: agenda.overdueEnd(of: action).map { AgendaText.endedIn($0).text(language) },
                        latest: true)
                }),
            section(
                AgendaText.unsettledHeading(number: 6), intro: ReportText.unsettledIntro,
                actions: agenda.actions(.toSettle).map {
                    blocks.view($0, fields: unsettledFields($0, text: text))
                }),
            section(
                AgendaText.doubtsHeading(number: 7), intro: ReportText.doubtsIntro,
                actions: doubts.map {
                    blocks.view(
                        $0,
                        fields: [
                            (text.label(.responsible), text.parties($0.responsible)),
                            (text.label(.remark), $0.remark),
                        ] + text.doubtField($0))
                }),
            section(
                AgendaText.duplicatesHeading(number: 8), intro: ReportText.duplicatesIntro,
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
                AgendaText.findingsHeading(number: 9), intro: ReportText.findingsIntro(issues.count),
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
        _ title: some Phrase, intro: some Phrase, actions: [[String: Any]] = [],
        groups: [[String: Any]] = [], lines: [String] = []
    ) -> [String: Any] {
        let empty = actions.isEmpty && groups.isEmpty && lines.isEmpty
        return [
            "heading": Heading.view(title.text(language), level: .section, width: width),
            "intro": ReportViews.paragraph(
                empty ? DocumentWord.none.text(language) : intro.text(language), width: width),
            "actions": actions,
            "groups": groups,
            "lines": lines,
        ]
    }

    /// `Rapportar:` and under it each party's status and comment for the year, by party name:
    /// `Gol:  Fullført – vedteke i juni`; `Ikkje rapportert` for a party that has not reported.
    private func reportLines(_ entries: [MeetingAgenda.Entry], blocks: ActionBlock) -> [String] {
        guard !entries.isEmpty else { return [] }
        let names = entries.map { plan.registry.displayName(.registered($0.party)) }
        let inner = 2
        let total = max(20, width - blocks.indent - inner)
        // A long party name goes on a line of its own rather than squeeze the text column.
        let fitted = LabelledBlock(fitting: names, totalWidth: total)
        let block = LabelledBlock(labelWidth: min(fitted.labelWidth, total / 2), totalWidth: total)
        let pad = String(repeating: " ", count: inner)
        var lines = [AgendaText.reports.text(language) + ":"]
        for (entry, name) in zip(entries, names) {
            lines += block.lines(label: name, text: Self.reportText(entry.report, year: year, language)).map {
                $0.isEmpty ? "" : pad + $0
            }
        }
        return lines
    }

    /// A report as the agenda of `year` shows it: the status (with its year when it is another
    /// year's), and the comment after a dash (on one line); `Ikkje rapportert` for none.
    static func reportText(_ report: StatusReport?, year: Int, _ language: Language) -> String {
        guard let report else { return StatusWord.notReported.text(language) }
        let comment = report.comment.split(whereSeparator: \.isNewline).joined(separator: " ")
        let status = report.status.text(language) + (report.year == year ? "" : " (\(report.year))")
        return comment.isEmpty ? status : "\(status) – \(comment)"
    }

    /// The actions nobody reported on, one group per party that should have: `Ål (12 tiltak)`
    /// and a line per action (id, text and timeframe).
    private func notReportedGroups(_ agenda: MeetingAgenda, blocks: ActionBlock, text: ActionText)
        -> [[String: Any]]
    {
        agenda.notReportedByParty().map { group in
            let name =
                group.party.map { plan.registry.displayName(.registered($0)) }
                ?? DocumentWord.noResponsible.text(language)
            let title = DocumentWord.withCount(SafeText.line(name), actions: group.actions.count).text(
                language)
            return [
                "heading": Heading.view(title, level: .subsection, width: width),
                "lines": group.actions.flatMap { action in
                    blocks.hanging(
                        SafeText.line(action.id.rawValue),
                        text: SafeText.line("\(action.text) (\(text.timeframe(action)))"))
                },
            ]
        }
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
