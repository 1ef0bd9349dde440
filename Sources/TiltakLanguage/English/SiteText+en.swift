/// The web site's words, in English.
extension SiteText {
    public var en: String {
        switch self {
        case .folder: "site"
        case .skipLink: "Skip to main content"
        case .navigation: "Main menu"
        case .frontPage: "Front page"
        case .focusAreas: "Focus areas"
        case .parties: "Parties"
        case .unfinancedPage: "Unfinanced actions"
        case .revisionPage(let year): "Revision \(year)"
        case .goal: "Overall goal"
        case .progress(let year): "Progress \(year)"
        case .areaTableCaption(let year): "Actions per focus area, with their status for \(year)"
        case .unfinancedCount: "Unfinanced"
        case .total: "Total"
        case .actionTableCaption(let name): "Actions under “\(name)”"
        case .partyStatus: "Status per party"
        case .history: "Status history"
        case .historyCaption(let id): "Status reports on \(id) by year and party"
        case .year: "Year"
        case .collected: "Collected"
        case .noReports: "No status reports yet."
        case .partyIntro(let responsible, let involved):
            "Responsible for \(responsible) actions, involved in \(involved)."
        case .actionTitle(let id): "Action \(id)"
        case .partyTitle(let name): "Actions of \(name)"
        case .partyTableCaption(let name): "The actions of \(name), with role and status"
        case .partiesCaption: "Parties with actions"
        case .filterHeading: "Filter the actions"
        case .all: "All"
        case .municipality: "Municipality"
        case .onlyUnfinanced: "Unfinanced only"
        case .shownTemplate: "Showing {n} of {m} actions."
        case .factsCaption: "Facts about the action"
        case .footer(let plan, let revision): "\(plan). \(revision). Made with Tiltak."
        case .costTotals: "Costs"
        case .needCaption(let need): "\(need): actions, responsible party and cost"
        case .sumsCaption: "Costs of the unfinanced actions"
        case .noActions: "No actions."
        case .agendaCaption(let section): "\(section): actions and status"
        case .publishAbstract: "Writes the plan and its progress as a static, accessible web site."
        case .publishDiscussion:
            """
            Writes a front page, a page per focus area, per party and per action (tiltak/<ID>.html), the unfinanced actions and the revision agenda, with a style sheet and a small filter script, all as files in the folder. Every file is written, or none.

            Examples:
              tiltak publish
              tiltak publish --plan plan.yaml --year 2022 --out /srv/www/handlingsprogram
              tiltak publish --language en --templates my-templates/
            """
        case .publishOut:
            "The folder the site is written to. Default: site for English documents, else nettstad."
        case .publishYear: "The status year whose progress the site shows. Default: the plan's status year."
        case .publishTemplates:
            "A folder of your own templates (site/ and <language>/site/) replacing those of the same name."
        case .published(let files, let folder, let actions):
            "Wrote \(files) files to \(folder)/ (\(actions) actions)."
        case .removedPages(let pages):
            "Removed \(pages.count) \(pages.count == 1 ? "page" : "pages") no longer in the plan: \(pages.joined(separator: ", "))."
        case .party: "Party"
        case .kind: "Kind"
        case .throughGroup(let group, let actions): "Through \(group): \(actions) more actions."
        }
    }
}
