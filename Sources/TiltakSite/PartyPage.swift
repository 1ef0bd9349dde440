import TiltakLanguage
import TiltakModel

/// The list of parties, and one page per party: the actions that name it, its role in each (as
/// pilot when the remark says so) and its own status for the year; of the actions of a group it
/// belongs to, those where it is pilot or has reported for the year, and a link to the group's page
/// for the rest (listed there once, not on every member's page, so that the site grows with the
/// actions and reports, not with actions × members).
enum PartyPage {
    /// One function that builds the list of parties, then one per party that builds its page (run
    /// on any thread).
    static func makers(_ context: SiteContext) -> [@Sendable () -> SitePage] {
        var makers: [@Sendable () -> SitePage] = [{ list(context) }]
        for party in context.parties {
            guard let path = context.paths.party(party.code) else { continue }
            makers.append { page(party, path: path, context: context) }
        }
        return makers
    }

    /// The page of `party` at `path`.
    private static func page(_ party: Party, path: String, context: SiteContext) -> SitePage {
        let plan = context.plan
        let language = context.language
        let rows = ActionRow(context: context)
        let groups = plan.registry.parties.filter { !$0.members.isEmpty }
        do {
            let depth = SitePage.depth(path)
            let named = context.named[party.code] ?? []
            let responsible = named.count { $0.role == .responsible }
            let involved = named.count - responsible
            // Its own actions, then those of its groups where it is pilot or reported for the year.
            var entries = named.map { (index: $0.index, role: $0.role, group: String?.none) }
            var listed = Set(named.map(\.index))
            for group in groups where group.members.contains(party.code) {
                for entry in context.named[group.code] ?? [] where !listed.contains(entry.index) {
                    let action = plan.actions[entry.index]
                    guard
                        context.pilots[entry.index]?.contains(party.code) == true
                            || context.board.report(action, party: party.code) != nil
                    else { continue }
                    listed.insert(entry.index)
                    entries.append((index: entry.index, role: entry.role, group: group.name))
                }
            }
            entries.sort { $0.index < $1.index }
            let actionRows: [[String: Any]] = entries.map { entry in
                let action = plan.actions[entry.index]
                var row = rows.view(entry.index, depth: depth)
                var role = entry.role.text(language)
                if entry.role == .responsible, context.pilots[entry.index]?.contains(party.code) == true {
                    role += " (\(RoleWord.pilot.text(language)))"
                }
                if let group = entry.group {
                    role = ReportText.roleThrough(role: role, group: group).text(language)
                }
                row["role"] = role
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
            return SitePage(
                path, template: "part", title: title, context: context,
                view: [
                    "heading": title,
                    "intro": SiteText.partyIntro(responsible: responsible, involved: involved).text(
                        language),
                    "table": header,
                    "rows": actionRows,
                    "hasRows": !actionRows.isEmpty,
                    "groups": through,
                ])
        }
    }

    /// The list of parties with their counts of actions by role.
    private static func list(_ context: SiteContext) -> SitePage {
        let language = context.language
        let list: [[String: Any]] = context.parties.compactMap { party in
            guard let path = context.paths.party(party.code) else { return nil }
            let named = context.named[party.code] ?? []
            let responsible = named.count { $0.role == .responsible }
            return [
                "name": party.name,
                "href": SitePaths.href(path, depth: 1),
                "kind": party.kind.text(language),
                "responsible": responsible,
                "involved": named.count - responsible,
            ]
        }
        let title = SiteText.parties.text(language)
        return SitePage(
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
    }
}
