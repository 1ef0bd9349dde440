/// The web site's words, in bokmål.
extension SiteText {
    public var nb: String {
        switch self {
        case .folder: "nettstad"
        case .skipLink: "Gå til hovedinnholdet"
        case .navigation: "Hovedmeny"
        case .frontPage: "Forside"
        case .focusAreas: "Innsatsområder"
        case .parties: "Parter"
        case .unfinancedPage: "Ufinansierte tiltak"
        case .revisionPage(let year): "Revisjon \(year)"
        case .goal: "Overordnet mål"
        case .progress(let year): "Fremdrift \(year)"
        case .areaTableCaption(let year): "Tiltak per innsatsområde, med status for \(year)"
        case .unfinancedCount: "Ufinansierte"
        case .total: "I alt"
        case .actionTableCaption(let name): "Tiltak under «\(name)»"
        case .partyStatus: "Status per part"
        case .history: "Statushistorikk"
        case .historyCaption(let id): "Statusrapporter for \(id) per år og part"
        case .year: "År"
        case .collected: "Samlet inn"
        case .noReports: "Ingen statusrapporter ennå."
        case .partyIntro(let responsible, let involved):
            "Ansvarlig for \(responsible) tiltak, involvert i \(involved)."
        case .actionTitle(let id): "Tiltak \(id)"
        case .partyTitle(let name): "Tiltak for \(name)"
        case .partyTableCaption(let name): "Tiltakene til \(name), med rolle og status"
        case .partiesCaption: "Parter med tiltak"
        case .filterHeading: "Filtrer tiltakene"
        case .all: "Alle"
        case .municipality: "Kommune"
        case .onlyUnfinanced: "Bare ufinansierte"
        case .shownTemplate: "Viser {n} av {m} tiltak."
        case .factsCaption: "Fakta om tiltaket"
        case .footer(let plan, let revision): "\(plan). \(revision). Laget med Tiltak."
        case .costTotals: "Kostnader"
        case .needCaption(let need): "\(need): tiltak, ansvarlig og kostnad"
        case .sumsCaption: "Kostnader for de ufinansierte tiltakene"
        case .noActions: "Ingen tiltak."
        case .agendaCaption(let section): "\(section): tiltak og status"
        case .publishAbstract: "Skriv planen og fremdriften som et statisk, universelt utformet nettsted."
        case .publishDiscussion:
            """
            Skriver en forside, en side per innsatsområde, per part og per tiltak (tiltak/<ID>.html), ufinansierte tiltak og revisjonssaken, med stilark og et lite filterskript, alt som filer i mappen. Alle filene blir skrevet, eller ingen.

            Eksempler:
              tiltak publish
              tiltak publish --plan plan.yaml --year 2022 --out /srv/www/handlingsprogram
              tiltak publish --language en --templates my-templates/
            """
        case .publishOut: "Mappen nettstedet skrives til. Standard: nettstad (site for engelske dokumenter)."
        case .publishYear: "Statusåret siden viser fremdrift for. Standard: statusåret til planen."
        case .publishTemplates:
            "En mappe med egne maler (site/ og <språk>/site/) som erstatter dem med samme navn."
        case .published(let files, let folder, let actions):
            "Skrev \(files) filer til \(folder)/ (\(actions) tiltak)."
        case .removedPages(let pages):
            "Fjernet \(pages.count) \(pages.count == 1 ? "side" : "sider") som ikke lenger er med: \(pages.joined(separator: ", "))."
        case .party: "Part"
        case .kind: "Type"
        case .throughGroup(let group, let actions): "Gjennom \(group): \(actions) tiltak til."
        }
    }
}
