/// The texts of the agenda and the returns report in nynorsk.
extension AgendaText {
    public var nn: String {
        switch self {
        case .finishedHeading(let number): "\(number). Fullførte tiltak – til avslutting"
        case .finishedIntro(let year):
            "Alle som skal rapportere, har rapportert tiltaket som fullført for \(year). Kan det avsluttast?"
        case .inProgressHeading(let number): "\(number). Tiltak i arbeid"
        case .inProgressIntro(let year):
            "Tiltak med rapport for \(year) som ikkje er fullførte: pågår, ikkje starta, eller fullført "
                + "hos berre nokre av partane. Kva står att?"
        case .stoppedHeading(let number): "\(number). Utsette og avlyste tiltak"
        case .stoppedIntro(let year):
            "Tiltak som minst éin part har rapportert som utsett eller avlyst for \(year), med grunngjevinga "
                + "partane gav. Skal tiltaket endrast, flyttast eller takast ut?"
        case .notReportedHeading(let number): "\(number). Ikkje rapporterte tiltak, per part"
        case .notReportedIntro(let year):
            "Tiltak som ingen har rapportert status for i \(year), under kvar part som skal rapportere. "
                + "Eit tiltak som fleire deler, står under kvar av dei."
        case .overdueHeading(let number): "\(number). Forseinka tiltak"
        case .overdueIntro(let year):
            "Tiltak med tidsramme som gjekk ut før \(year), der den siste rapporten seier at dei ikkje er "
                + "fullførte. Tiltak som ingen har rapportert på, står ikkje her. Skal tidsramma endrast?"
        case .unsettledHeading(let number): "\(number). Til avklaring: tidsramme eller ansvarleg manglar"
        case .doubtsHeading(let number): "\(number). Tvil om realisme"
        case .duplicatesHeading(let number): "\(number). Like tiltakstekstar"
        case .findingsHeading(let number): "\(number). Datakvalitet"
        case .reports: "Rapportar"
        case .sectionName(let word):
            switch word {
            case .finished: "Fullført"
            case .inProgress: "I arbeid"
            case .postponedOrCancelled: "Utsett eller avlyst"
            case .notReported: "Ikkje rapportert"
            case .overdue: "Forseinka"
            case .toSettle: "Til avklaring"
            }
        case .endedIn(let year): "Tidsramma gjekk ut i \(year)"
        case .returnsTitle(let year, let plan): "Innsamling \(year) – \(plan)"
        case .statusYear: "Statusår"
        case .returnsHeading: "1. Levering per part"
        case .returnsIntro(let returned, let parties, let year):
            "\(returned) av \(Language.nynorsk.count(parties, .party)) har levert rapportar for \(year)."
        case .owingHeading: "2. Manglande rapportar per part"
        case .owingIntro(let year): "Tiltak der parten ikkje har rapportert status for \(year)."
        case .nothingOwed: "Alle partar har rapportert på alle tiltaka."
        case .andMore(let count): "… og \(count) til"
        case .returned: "Levert"
        case .returnedOn(let date): "Levert \(date)"
        case .notReturned: "Ikkje levert"
        case .party: "Part"
        case .delivery: "Levering"
        case .date: "Dato"
        case .file: "Fil"
        case .reportCount: "Rapportar"
        case .missingCount: "Manglar"
        case .section: "Del"
        }
    }
}
