import TiltakLanguage
import TiltakModel

/// A focus area's page: its description and result goals, then its actions theme by theme, each
/// with timeframe, parties, financing, cost, overall status and each party's status and comment.
enum AreaPage {
    /// One function per focus area that builds its page (run on any thread).
    static func makers(_ context: SiteContext) -> [@Sendable () -> SitePage] {
        let plan = context.plan
        var indexes: [String: [Int]] = [:]
        for (index, action) in plan.actions.enumerated() {
            indexes[action.focusArea, default: []].append(index)
        }
        let byArea = indexes
        var seen: Set<String> = []
        return plan.focusAreas.compactMap { area -> (@Sendable () -> SitePage)? in
            guard let path = context.paths.area(area.code), seen.insert(area.code).inserted else {
                return nil
            }
            return { page(area, path: path, own: byArea[area.code] ?? [], context: context) }
        }
    }

    /// The page of `area` at `path`; `own` are the positions of its actions in the plan.
    private static func page(_ area: FocusArea, path: String, own: [Int], context: SiteContext) -> SitePage {
        let plan = context.plan
        let language = context.language
        let rows = ActionRow(context: context)
        let depth = SitePage.depth(path)
        var themes = area.themes
        for index in own where !themes.contains(plan.actions[index].theme) {
            themes.append(plan.actions[index].theme)
        }
        let groups: [[String: Any]] = themes.compactMap { theme in
            let members = own.filter { plan.actions[$0].theme == theme }
            guard !members.isEmpty else { return nil }
            let name = theme.isEmpty ? DocumentWord.noTheme.text(language) : theme
            return [
                "heading": name,
                "table": rows.header(caption: SiteText.actionTableCaption(name).text(language)),
                "rows": members.map { rows.view($0, depth: depth) },
            ]
        }
        let title = area.name
        let view: [String: Any] = [
            "heading": title,
            "description": area.description,
            "hasDescription": !area.description.isEmpty,
            "resultGoalsHeading": area.resultGoalsTitle ?? SheetKey.resultGoals.text(language),
            "hasResultGoals": !area.resultGoals.isEmpty,
            "resultGoals": area.resultGoals,
            "themes": groups,
            "filter": rows.filter(),
        ]
        return SitePage(path, template: "innsatsomrade", title: title, context: context, view: view)
    }
}
