import TiltakLanguage
import TiltakModel

/// One page per action at `tiltak/<id>.html`: its facts, each party's status for the year and the
/// status history across years from the collected reports.
enum ActionPage {
    /// The page of the action at `index` in the plan.
    static func page(_ index: Int, context: SiteContext) -> SitePage {
        let plan = context.plan
        let language = context.language
        let action = plan.actions[index]
        let path = context.paths.action(index)
        let depth = SitePage.depth(path)
        let row = ActionRow(context: context)
        var facts: [(String, String)] = [
            (ColumnKey.focusArea.text(language), plan.focusAreasByArea(action.focusArea)),
            (ColumnKey.theme.text(language), action.theme.isEmpty ? "–" : action.theme),
            (ColumnKey.timeframe.text(language), action.timeframe.display(language)),
            (ColumnKey.responsible.text(language), context.parties(action.responsible)),
            (ColumnKey.involved.text(language), context.parties(action.involved, empty: "–")),
            (ColumnKey.financing.text(language), action.financing.summary(registry: plan.registry, language)),
            (ColumnKey.cost.text(language), context.cost(action)),
        ]
        if let basis = plan.costBasis(of: action) {
            facts.append(
                (
                    ColumnKey.costOverPeriod.text(language),
                    "\(Kroner.format(basis.total, language)) (\(basis.text(language)))"
                ))
        }
        if !action.remark.isEmpty { facts.append((ColumnKey.remark.text(language), action.remark)) }
        if !action.flags.isEmpty {
            facts.append(
                (
                    DocumentWord.note.text(language),
                    action.sortedFlags.map { $0.text(language) }.joined(separator: ", ")
                ))
        }
        facts.append((ColumnKey.status.text(language), context.statusText(action)))
        let history = (context.history[action.id] ?? []).sorted { a, b in
            (b.year, context.partyOrder(a.party), a.party) < (a.year, context.partyOrder(b.party), b.party)
        }
        let area = context.paths.area(action.focusArea)
        let title = SiteText.actionTitle(id: action.id.rawValue).text(language)
        let view: [String: Any] = [
            "heading": title,
            "text": action.text,
            "areaLink": area.map {
                [
                    [
                        "href": SitePaths.href($0, depth: depth),
                        "label": plan.focusAreasByArea(action.focusArea),
                    ]
                ]
            } ?? [],
            "factsCaption": SiteText.factsCaption.text(language),
            "facts": facts.map { ["label": $0.0, "value": $0.1] },
            "reportsHeading": SiteText.partyStatus.text(language) + " " + String(context.year),
            "reports": row.reports(action),
            "hasReports": !context.board.reports(action).isEmpty,
            "noReports": SiteText.noReports.text(language),
            "historyHeading": SiteText.history.text(language),
            "hasHistory": !history.isEmpty,
            "history": [
                "caption": SiteText.historyCaption(id: action.id.rawValue).text(language),
                "year": SiteText.year.text(language),
                "party": SiteText.party.text(language),
                "status": ColumnKey.status.text(language),
                "comment": ColumnKey.comment.text(language),
                "collected": SiteText.collected.text(language),
            ],
            "historyRows": history.map { report -> [String: Any] in
                [
                    "year": report.year,
                    "party": context.name(report.party),
                    "status": report.status.text(language),
                    "statusKey": report.status.key,
                    "comment": report.comment,
                    "collected": report.collected.iso,
                ]
            },
            "partyLabel": SiteText.party.text(language),
            "statusLabel": ColumnKey.status.text(language),
            "commentLabel": ColumnKey.comment.text(language),
        ]
        return SitePage(path, template: "tiltaksside", title: title, context: context, view: view)
    }
}

extension Plan {
    /// The name of the focus area `code` as a heading shows it, or the code when the plan lacks it.
    fileprivate func focusAreasByArea(_ code: String) -> String {
        guard let area = focusArea(code: code) else { return code }
        return area.name
    }
}
