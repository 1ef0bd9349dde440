import TiltakLanguage
import TiltakModel

/// The list of parties, and one page per party: the actions that name it, its role in each (as
/// pilot when the remark says so) and its own status for the year, then a link to the page of each
/// group it belongs to that has actions (its actions through the group are listed there once, not
/// on every member's page, so that the site grows with the actions, not with actions × members).
enum PartyPage {
    static func pages(_ context: SiteContext) -> [SitePage] {
        let plan = context.plan
        let language = context.language
        let rows = ActionRow(context: context)
        let groups = plan.registry.parties.filter { !$0.members.isEmpty }
        var list: [[String: Any]] = []
        var pages: [SitePage] = []
        for party in context.parties {
            guard let path = context.paths.party(party.code) else { continue }
            let depth = SitePage.depth(path)
            let named = context.named[party.code] ?? []
            let responsible = named.count { $0.role == .responsible }
            let involved = named.count - responsible
            list.append([
                "name": party.name,
                "href": SitePaths.href(path, depth: 1),
                "kind": party.kind.text(language),
                "responsible": responsible,
                "involved": involved,
            ])
            let actionRows: [[String: Any]] = named.map { entry in
                let action = plan.actions[entry.index]
                var row = rows.view(entry.index, depth: depth)
                let pilot =
                    entry.role == .responsible && plan.pilots(of: action).contains { $0.code == party.code }
                row["role"] =
                    pilot
                    ? "\(entry.role.text(language)) (\(RoleWord.pilot.text(language)))"
                    : entry.role.text(language)
                row["ownStatus"] =
                    context.board.report(action, party: party.code)?.status.text(language)
                    ?? StatusWord.notReported.text(language)
                return row
            }
            let through: [[String: Any]] = groups.compactMap { group in
                guard group.members.contains(party.code), let page = context.paths.party(group.code) else {
                    return nil
                }
                let count = context.named[group.code]?.count ?? 0
                return [
                    "text": SiteText.throughGroup(group: group.name, actions: count).text(language),
                    "href": SitePaths.href(page, depth: depth),
                ]
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
                        "intro": SiteText.partyIntro(responsible: responsible, involved: involved).text(
                            language),
                        "table": header,
                        "rows": actionRows,
                        "hasRows": !actionRows.isEmpty,
                        "groups": through,
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
