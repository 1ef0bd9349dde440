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
            let rows: [[String: Any]] = agenda.actions(section).compactMap { action in
                guard let index = context.indexByID[action.id] else { return nil }
                return [
                    "id": action.id.rawValue,
                    "href": SitePaths.href(context.paths.action(index), depth: depth),
                    "text": action.text,
                    "responsible": context.parties(action.responsible),
                    "status": agenda.board.statusLine(action, language),
                ]
            }
            let headingText = heading.text(language)
            return [
                "heading": headingText,
                "intro": intro?.text(language) ?? "",
                "hasIntro": intro != nil,
                "caption": SiteText.agendaCaption(headingText).text(language),
                "rows": rows,
                "hasRows": !rows.isEmpty,
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

    /// The heading and introduction of a section.
    private static func words(_ section: MeetingAgenda.Section, number: Int, year: Int) -> (AgendaText, AgendaText?) {
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
