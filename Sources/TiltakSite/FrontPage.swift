import TiltakLanguage
import TiltakModel

/// The front page: the plan's goal, its focus areas with their action counts, unfinanced counts
/// and progress for the year, and links to the other pages.
enum FrontPage {
    static func page(_ context: SiteContext) -> SitePage {
        let plan = context.plan
        let language = context.language
        let board = context.board
        let byArea = plan.actionsByArea()
        let depth = 0
        func row(name: String, href: String?, actions: [Action]) -> [String: Any] {
            [
                "name": name,
                "href": href ?? "",
                "hasHref": href != nil,
                "actions": actions.count,
                "unfinanced": actions.count(where: \.isUnfinanced),
                "counts": board.progress(actions).values.map { ["value": $0] },
            ]
        }
        var rows = plan.focusAreas.map { area in
            row(
                name: area.name,
                href: context.paths.area(area.code).map { SitePaths.href($0, depth: depth) },
                actions: byArea[area.code] ?? [])
        }
        let known = Set(plan.focusAreas.map(\.code))
        let other = plan.actions.filter { !known.contains($0.focusArea) }
        if !other.isEmpty {
            rows.append(row(name: ReportText.noKnownFocusArea.text(language), href: nil, actions: other))
        }
        let view: [String: Any] = [
            "heading": plan.title,
            "meta": [
                plan.owner, plan.region, plan.period.text, plan.revision.label,
            ].filter { !$0.isEmpty }.joined(separator: " · "),
            "goalHeading": SiteText.goal.text(language),
            "goal": plan.goal,
            "hasGoal": !plan.goal.isEmpty,
            "areasHeading": SiteText.focusAreas.text(language),
            "progressHeading": SiteText.progress(year: context.year).text(language),
            "table": [
                "caption": SiteText.areaTableCaption(year: context.year).text(language),
                "area": ColumnKey.focusArea.text(language),
                "actions": DocumentWord.actions.text(language),
                "unfinanced": SiteText.unfinancedCount.text(language),
                "statuses": StatusProgress.captions(language).map { ["label": $0] },
            ],
            "rows": rows,
            "total": row(name: SiteText.total.text(language), href: nil, actions: plan.actions),
        ]
        return SitePage(
            SitePaths.frontPage, template: "framside", title: SiteText.frontPage.text(language),
            context: context, view: view)
    }
}
