import TiltakLanguage
import TiltakModel

/// The list of parties, and one page per party with actions: its actions, its role in each
/// (through a group, as pilot) and its own status for the year.
enum PartyPage {
    static func pages(_ context: SiteContext) -> [SitePage] {
        let plan = context.plan
        let language = context.language
        let rows = ActionRow(context: context)
        var list: [[String: Any]] = []
        var pages: [SitePage] = []
        for party in context.parties {
            guard let path = context.paths.party(party.code) else { continue }
            let depth = SitePage.depth(path)
            let assignments = plan.assignments(for: party.code)
            let responsible = assignments.count { $0.role == .responsible }
            let involved = assignments.count - responsible
            list.append([
                "name": party.name,
                "href": SitePaths.href(path, depth: 1),
                "kind": party.kind.text(language),
                "responsible": responsible,
                "involved": involved,
            ])
            let actionRows: [[String: Any]] = assignments.compactMap { assignment in
                guard let index = context.indexByID[assignment.action.id] else { return nil }
                var row = rows.view(index, depth: depth)
                var role = assignment.roleText(language)
                if let group = assignment.throughGroup {
                    role = ReportText.roleThrough(role: role, group: context.name(group)).text(language)
                }
                row["role"] = role
                row["ownStatus"] =
                    context.board.report(assignment.action, party: party.code)?.status.text(language)
                    ?? StatusWord.notReported.text(language)
                return row
            }
            var header = rows.header(caption: SiteText.partyTableCaption(party.name).text(language))
            header["role"] = ColumnKey.role.text(language)
            header["ownStatus"] = SiteText.partyStatus.text(language)
            let title = SiteText.partyTitle(party.name).text(language)
            pages.append(
                SitePage(
                    path, template: "part", title: title, context: context,
                    view: [
                        "heading": title,
                        "intro": SiteText.partyIntro(responsible: responsible, involved: involved).text(language),
                        "table": header,
                        "rows": actionRows,
                        "filter": rows.filter(),
                    ]))
        }
        let title = SiteText.parties.text(language)
        let index = SitePage(
            SitePaths.partyList, template: "partar", title: title, context: context,
            view: [
                "heading": title,
                "table": [
                    "caption": SiteText.partiesCaption.text(language),
                    "name": SiteText.party.text(language),
                    "kind": SiteText.kind.text(language),
                    "responsible": RoleWord.responsible.text(language),
                    "involved": RoleWord.involved.text(language),
                ],
                "rows": list,
            ])
        return [index] + pages
    }
}
