/// The web site's words, in nynorsk.
extension SiteText {
    public var nn: String {
        switch self {
        case .folder: "nettstad"
        case .skipLink: "Gå til hovudinnhaldet"
        case .navigation: "Hovudmeny"
        case .frontPage: "Framside"
        case .focusAreas: "Innsatsområde"
        case .parties: "Partar"
        case .unfinancedPage: "Ufinansierte tiltak"
        case .revisionPage(let year): "Revisjon \(year)"
        case .goal: "Overordna mål"
        case .progress(let year): "Framdrift \(year)"
        case .areaTableCaption(let year): "Tiltak per innsatsområde, med status for \(year)"
        case .unfinancedCount: "Ufinansierte"
        case .total: "I alt"
        case .actionTableCaption(let name): "Tiltak under «\(name)»"
        case .partyStatus: "Status per part"
        case .history: "Statushistorikk"
        case .historyCaption(let id): "Statusrapportar for \(id) per år og part"
        case .year: "År"
        case .collected: "Samla inn"
        case .noReports: "Ingen statusrapportar enno."
        case .partyIntro(let responsible, let involved):
            "Ansvarleg for \(responsible) tiltak, involvert i \(involved)."
        case .actionTitle(let id): "Tiltak \(id)"
        case .partyTitle(let name): "Tiltak for \(name)"
        case .partyTableCaption(let name): "Tiltaka til \(name), med rolle og status"
        case .partiesCaption: "Partar med tiltak"
        case .filterHeading: "Filtrer tiltaka"
        case .all: "Alle"
        case .municipality: "Kommune"
        case .onlyUnfinanced: "Berre ufinansierte"
        case .shownTemplate: "Viser {n} av {m} tiltak."
        case .factsCaption: "Fakta om tiltaket"
        case .footer(let plan, let revision): "\(plan). \(revision). Laga med Tiltak."
        case .costTotals: "Kostnader"
        case .needCaption(let need): "\(need): tiltak, ansvarleg og kostnad"
        case .sumsCaption: "Kostnader for dei ufinansierte tiltaka"
        case .noActions: "Ingen tiltak."
        case .agendaCaption(let section): "\(section): tiltak og status"
        case .publishAbstract: "Skriv planen og framdrifta som ein statisk, universelt utforma nettstad."
        case .publishDiscussion:
            """
            Skriv ei framside, ei side per innsatsområde, per part og per tiltak (tiltak/<ID>.html), ufinansierte tiltak og revisjonssaka, med stilark og eit lite filterskript, alt som filer i mappa. Alle filene blir skrivne, eller ingen.

            Døme:
              tiltak publish
              tiltak publish --plan plan.yaml --year 2022 --out /srv/www/handlingsprogram
              tiltak publish --language en --templates my-templates/
            """
        case .publishOut:
            "Mappa nettstaden blir skriven til. Standard: nettstad (site for engelske dokument)."
        case .publishYear: "Statusåret sida viser framdrift for. Standard: statusåret til planen."
        case .publishTemplates:
            "Ei mappe med eigne malar (site/ og <språk>/site/) som erstattar dei med same namn."
        case .published(let files, let folder, let actions):
            "Skreiv \(files) filer til \(folder)/ (\(actions) tiltak)."
        case .removedPages(let pages):
            "Fjerna \(pages.count) \(pages.count == 1 ? "side" : "sider") som ikkje lenger er med: \(pages.joined(separator: ", "))."
        case .party: "Part"
        case .kind: "Type"
        case .throughGroup(let group, let actions): "Gjennom \(group): \(actions) tiltak til."
        }
    }
}
