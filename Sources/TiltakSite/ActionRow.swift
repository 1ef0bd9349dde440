import TiltakLanguage
import TiltakModel

/// An action as a row of the site's action tables, with what the filter script reads in its
/// `data-` attributes (status key, municipality codes, active years, unfinanced).
struct ActionRow {
    let context: SiteContext

    /// The row of the action at `index` in the plan, on a page `depth` folders below the root.
    func view(_ index: Int, depth: Int) -> [String: Any] {
        let action = context.plan.actions[index]
        let language = context.language
        let board = context.board
        let plan = context.plan
        // The municipalities and groups the action names: the filter script finds a municipality's
        // actions through its groups too (each choice names its groups).
        var codes: [String] = []
        for reference in action.responsible.parties + action.involved.parties {
            guard let code = reference.code, !codes.contains(code),
                let party = plan.registry.party(code: code),
                party.kind == .municipality || !party.members.isEmpty
            else { continue }
            codes.append(code)
        }
        let years = plan.period.years.filter { action.timeframe.isActive(in: $0, period: plan.period) }
        return [
            "id": action.id.rawValue,
            "href": SitePaths.href(context.paths.action(index), depth: depth),
            "text": action.text,
            "timeframe": action.timeframe.display(language),
            "responsible": context.parties(action.responsible),
            "involved": context.parties(action.involved, empty: "–"),
            "financing": action.financing.summary(registry: plan.registry, language),
            "cost": context.cost(action),
            "status": context.statusText(action),
            "statusKey": board.reported(action)?.status?.key ?? "not-reported",
            "reports": reports(action),
            "hasReports": !board.reports(action).isEmpty,
            "unfinanced": action.isUnfinanced ? "1" : "0",
            "municipalities": codes.joined(separator: " "),
            "years": years.map(String.init).joined(separator: " "),
        ]
    }

    /// Each party's report on `action` for the year: party, status and comment.
    func reports(_ action: Action) -> [[String: Any]] {
        context.board.reports(action).map { report in
            [
                "party": context.name(report.party),
                "status": report.status.text(context.language),
                "comment": report.comment,
                "hasComment": !report.comment.isEmpty,
            ]
        }
    }

    /// The words of an action table's header, and its caption.
    func header(caption: String) -> [String: Any] {
        let language = context.language
        return [
            "caption": caption,
            "id": ColumnKey.id.text(language),
            "text": ColumnKey.text.text(language),
            "timeframe": ColumnKey.timeframe.text(language),
            "responsible": ColumnKey.responsible.text(language),
            "involved": ColumnKey.involved.text(language),
            "financing": ColumnKey.financing.text(language),
            "cost": ColumnKey.cost.text(language),
            "status": ColumnKey.status.text(language),
        ]
    }

    /// The filter form's words and choices: statuses, municipalities and years.
    func filter() -> [String: Any] {
        let language = context.language
        let plan = context.plan
        let statuses: [[String: Any]] = StatusProgress.columns.map { status in
            [
                "value": status?.key ?? "not-reported",
                "label": status?.text(language) ?? StatusWord.notReported.text(language),
            ]
        }
        return [
            "heading": SiteText.filterHeading.text(language),
            "all": SiteText.all.text(language),
            "statusLabel": ColumnKey.status.text(language),
            "statuses": statuses,
            "municipalityLabel": SiteText.municipality.text(language),
            "municipalities": context.municipalityGroups.map { entry in
                ["value": entry.party.code, "label": entry.party.name, "groups": entry.groups]
            },
            "yearLabel": SiteText.year.text(language),
            "years": plan.period.years.map { ["value": "\($0)", "label": "\($0)"] },
            "unfinancedLabel": SiteText.onlyUnfinanced.text(language),
            "shown": SiteText.shownTemplate.text(language),
        ]
    }
}
