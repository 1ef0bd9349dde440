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
    /// The actions that name each party (by code) in their responsible or involved cell, groups
    /// not expanded, in plan order, with the party's role (responsible when it is in both).
    let named: [String: [(index: Int, role: Role)]]
    /// The position in the plan of each action, the first of several with the same id.
    let indexByID: [ActionID: Int]
    /// The municipalities a remark names as pilot (``Plan/pilots(of:)``), by action position; only
    /// actions with a pilot.
    let pilots: [Int: Set<String>]
    /// Each municipality with the codes of the groups it belongs to, space-separated.
    let municipalityGroups: [(party: Party, groups: String)]
    /// The position of each party in the registry, for ordering reports.
    private let registryOrder: [String: Int]

    /// The context of `plan` in `language`, with the status of `year` (default: the plan's status year).
    init(plan: Plan, language: Language, year: Int?) {
        self.plan = plan
        self.language = language
        board = StatusBoard(plan: plan, year: year)
        // Each party's actions, in one pass: the parties a cell names, groups not expanded.
        var named: [String: [(index: Int, role: Role)]] = [:]
        for (index, action) in plan.actions.enumerated() {
            var roles: [String: Role] = [:]
            for reference in action.involved.parties {
                if let code = reference.code { roles[code] = .involved }
            }
            for reference in action.responsible.parties {
                if let code = reference.code { roles[code] = .responsible }
            }
            for (code, role) in roles { named[code, default: []].append((index: index, role: role)) }
        }
        for code in named.keys { named[code]?.sort { $0.index < $1.index } }
        self.named = named
        var pilots: [Int: Set<String>] = [:]
        for (index, action) in plan.actions.enumerated() {
            let codes = plan.pilots(of: action).map(\.code)
            if !codes.isEmpty { pilots[index] = Set(codes) }
        }
        self.pilots = pilots
        // A party named in an action, or a member of a group that is, gets a page.
        var withPage = Set(named.keys)
        for code in named.keys { withPage.formUnion(plan.registry.party(code: code)?.members ?? []) }
        let parties = plan.registry.parties.filter { withPage.contains($0.code) }
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
        let groups = plan.registry.parties.filter { !$0.members.isEmpty }
        municipalityGroups = plan.registry.municipalities.map { municipality in
            (
                municipality,
                groups.filter { $0.members.contains(municipality.code) }.map(\.code).joined(separator: " ")
            )
        }
    }

    /// A party's place in the registry (parties it lacks after, by code).
    func partyOrder(_ code: String) -> Int { registryOrder[code] ?? Int.max }

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
        return (action.financing.hasUnreadableAmount ? ReportText.unreadableAmount : .notStated).text(
            language)
    }

    /// The overall status of `action` for the year in words; `Ikkje rapportert` without expanding
    /// its groups when nobody reported (what ``StatusBoard/overall(_:)`` then says too).
    func statusText(_ action: Action) -> String {
        board.reported(action)?.text(language) ?? StatusWord.notReported.text(language)
    }

    /// The party's display name.
    func name(_ code: String) -> String { plan.registry.displayName(.registered(code)) }
}
