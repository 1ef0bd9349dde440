import TiltakLanguage
import TiltakModel

/// The revision agenda of the year as a page: the open actions by what their parties reported
/// (``MeetingAgenda``), then the overdue ones and those to settle.
enum RevisionPage {
    static func page(_ context: SiteContext) -> SitePage {
        let plan = context.plan
        let language = context.language
        let path = SitePaths.revisionPage
        let depth = SitePage.depth(path)
        let agenda = MeetingAgenda(plan: plan, year: context.year)
        let year = context.year
        let sections: [[String: Any]] = MeetingAgenda.Section.allCases.enumerated().map { offset, section in
            let number = offset + 1
            let (heading, intro) = words(section, number: number, year: year)
            func rows(_ actions: [Action]) -> [[String: Any]] {
                actions.compactMap { action in
                    guard let index = context.indexByID[action.id] else { return nil }
                    return [
                        "id": action.id.rawValue,
                        "href": SitePaths.href(context.paths.action(index), depth: depth),
                        "text": action.text,
                        "responsible": context.parties(action.responsible),
                        "status": agenda.board.reported(action) == nil
                            ? StatusWord.notReported.text(language)
                            : agenda.board.statusLine(action, language),
                    ]
                }
            }
            let headingText = heading.text(language)
            // The actions nobody reported on come party by party, by the responsible parties the
            // action names (a group once, not each of its members).
            let groups: [(name: String?, actions: [Action])] =
                section == .notReported
                ? notReportedByParty(agenda.actions(section), context: context)
                : [(nil, agenda.actions(section))].filter { !$0.actions.isEmpty }
            return [
                "heading": headingText,
                "intro": intro?.text(language) ?? "",
                "hasIntro": intro != nil,
                "groups": groups.map { group -> [String: Any] in
                    let caption = [headingText, group.name].compactMap { $0 }.joined(separator: " – ")
                    return [
                        "subheading": group.name ?? "",
                        "hasSubheading": group.name != nil,
                        "caption": SiteText.agendaCaption(caption).text(language),
                        "rows": rows(group.actions),
                    ]
                },
                "hasRows": !groups.isEmpty,
            ]
        }
        let title = SiteText.revisionPage(year: year).text(language)
        let view: [String: Any] = [
            "heading": ReportText.revisionTitle(year: year, plan: plan.title).text(language),
            "header": [
                "id": ColumnKey.id.text(language),
                "text": ColumnKey.text.text(language),
                "responsible": ColumnKey.responsible.text(language),
                "status": ColumnKey.status.text(language),
            ],
            "sections": sections,
            "none": SiteText.noActions.text(language),
        ]
        return SitePage(path, template: "revisjon", title: title, context: context, view: view)
    }

    /// `actions` grouped by each responsible party they name, in registry order (unknown codes by
    /// code), then those without one under `Utan ansvarleg`.
    private static func notReportedByParty(_ actions: [Action], context: SiteContext) -> [(
        name: String?, actions: [Action]
    )] {
        var byParty: [String: [Action]] = [:]
        var nobody: [Action] = []
        for action in actions {
            let codes = action.responsible.parties.compactMap(\.code)
            if codes.isEmpty { nobody.append(action) }
            for code in Set(codes) { byParty[code, default: []].append(action) }
        }
        var result: [(name: String?, actions: [Action])] = byParty.keys.sorted {
            (context.partyOrder($0), $0) < (context.partyOrder($1), $1)
        }.map { (context.name($0), byParty[$0] ?? []) }
        if !nobody.isEmpty {
            result.append((DocumentWord.noResponsible.text(context.language), nobody))
        }
        return result
    }

    /// The heading and introduction of a section.
    private static func words(_ section: MeetingAgenda.Section, number: Int, year: Int) -> (
        AgendaText, AgendaText?
    ) {
        switch section {
        case .finished: (.finishedHeading(number: number), .finishedIntro(year: year))
        case .inProgress: (.inProgressHeading(number: number), .inProgressIntro(year: year))
        case .postponedOrCancelled: (.stoppedHeading(number: number), .stoppedIntro(year: year))
        case .notReported: (.notReportedHeading(number: number), .notReportedIntro(year: year))
        case .overdue: (.overdueHeading(number: number), .overdueIntro(year: year))
        case .toSettle: (.unsettledHeading(number: number), nil)
        }
    }
}
