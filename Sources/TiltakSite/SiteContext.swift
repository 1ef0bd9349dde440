import TiltakLanguage
import TiltakModel

/// What every page of a site shares: the plan, the language, the status year's reports, the file
/// names, and the pieces each page's view starts from.
struct SiteContext: Sendable {
    /// The plan.
    let plan: Plan
    /// The site's language.
    let language: Language
    /// The status reports of the year the site shows.
    let board: StatusBoard
    /// The file names.
    let paths: SitePaths
    /// The parties that get a page, in registry order.
    let parties: [Party]
    /// Every status report of each action, all years.
    let history: [ActionID: [StatusReport]]
    /// The position in the plan of each action, the first of several with the same id.
    let indexByID: [ActionID: Int]
    /// The position of each party in the registry, for ordering reports.
    private let registryOrder: [String: Int]

    /// The context of `plan` in `language`, with the status of `year` (default: the plan's status year).
    init(plan: Plan, language: Language, year: Int?) {
        self.plan = plan
        self.language = language
        board = StatusBoard(plan: plan, year: year)
        let parties = plan.registry.parties.filter { party in
            plan.actions.contains { action in
                Self.names(party.code, in: action.responsible, plan: plan)
                    || Self.names(party.code, in: action.involved, plan: plan)
            }
        }
        self.parties = parties
        paths = SitePaths(plan: plan, parties: parties)
        history = Dictionary(grouping: plan.statusReports, by: \.actionID)
        var indexes: [ActionID: Int] = [:]
        for (index, action) in plan.actions.enumerated() where indexes[action.id] == nil {
            indexes[action.id] = index
        }
        indexByID = indexes
        var order: [String: Int] = [:]
        for (index, party) in plan.registry.parties.enumerated() where order[party.code] == nil {
            order[party.code] = index
        }
        registryOrder = order
    }

    /// A party's place in the registry (parties it lacks after, by code).
    func partyOrder(_ code: String) -> Int { registryOrder[code] ?? Int.max }

    /// Whether `cell` names the party `code` or a group it belongs to.
    static func names(_ code: String, in cell: PartyCell, plan: Plan) -> Bool {
        cell.parties.contains { $0 == .registered(code) || plan.registry.reference($0, covers: code) }
    }

    /// The year the site shows.
    var year: Int { board.year }

    /// The view every page starts from: language, links to the root, the navigation's words and
    /// the page's title; `depth` is how many folders below the root the page is.
    func page(title: String, depth: Int) -> [String: Any] {
        func link(_ path: String) -> String { SitePaths.href(path, depth: depth) }
        return [
            "lang": language.rawValue,
            "title": title,
            "siteTitle": plan.title,
            "styleSheet": link(SitePaths.styleSheet),
            "script": link(SitePaths.script),
            "skipLink": SiteText.skipLink.text(language),
            "navigationLabel": SiteText.navigation.text(language),
            "navigation": [
                (SiteText.frontPage, SitePaths.frontPage),
                (SiteText.parties, SitePaths.partyList),
                (SiteText.unfinancedPage, SitePaths.unfinancedPage),
                (SiteText.revisionPage(year: year), SitePaths.revisionPage),
            ].map { word, path -> [String: Any] in ["label": word.text(language), "href": link(path)] },
            "footer": SiteText.footer(plan: plan.title, revision: plan.revision.label).text(language),
        ]
    }

    /// Party names of a cell, `(uviss)` after them when it carries a question mark; `empty`
    /// (default `Ikkje avklart`) when it names none.
    func parties(_ cell: PartyCell, empty: String? = nil) -> String {
        guard !cell.isEmpty else { return empty ?? ReportText.notSettled.text(language) }
        let names = plan.registry.displayNames(cell)
        return cell.isUncertain ? names + " " + ChangeWord.uncertain.text(language) : names
    }

    /// The stated cost, or `Ikkje oppgitt` (`Uleseleg beløp` for an amount that could not be read).
    func cost(_ action: Action) -> String {
        if let cost = action.financing.cost { return Kroner.format(cost, language) }
        return (action.financing.hasUnreadableAmount ? ReportText.unreadableAmount : .notStated).text(language)
    }

    /// The party's display name.
    func name(_ code: String) -> String { plan.registry.displayName(.registered(code)) }
}
