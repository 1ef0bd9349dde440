/// The texts of the agenda and the returns report in bokmål.
extension AgendaText {
    public var nb: String {
        switch self {
        case .finishedHeading(let number): "\(number). Tiltak som er fullført – til avslutning"
        case .finishedIntro(let year):
            "Alle som skal rapportere, har rapportert tiltaket som fullført for \(year). Kan det avsluttes?"
        case .inProgressHeading(let number): "\(number). Tiltak i arbeid"
        case .inProgressIntro(let year):
            "Tiltak med rapport for \(year) som ikke er fullført: pågår, ikke startet, eller fullført "
                + "hos bare noen av partene. Hva gjenstår?"
        case .stoppedHeading(let number): "\(number). Tiltak som er utsatt eller avlyst"
        case .stoppedIntro(let year):
            "Tiltak som minst én part har rapportert som utsatt eller avlyst for \(year), med begrunnelsen "
                + "partene ga. Skal tiltaket endres, flyttes eller tas ut?"
        case .notReportedHeading(let number): "\(number). Ikke rapporterte tiltak, per part"
        case .notReportedIntro(let year):
            "Tiltak som ingen har rapportert status for i \(year), under hver part som skal rapportere. "
                + "Et tiltak som flere deler, er oppført under hver av dem."
        case .overdueHeading(let number): "\(number). Forsinkede tiltak"
        case .overdueIntro(let year):
            "Tiltak med tidsramme som gikk ut før \(year), der den siste rapporten sier at de ikke er "
                + "fullført. Tiltak som ingen har rapportert på, er ikke med her. Skal tidsrammen endres?"
        case .unsettledHeading(let number): "\(number). Til avklaring: tidsramme eller ansvarlig mangler"
        case .doubtsHeading(let number): "\(number). Tvil om realisme"
        case .duplicatesHeading(let number): "\(number). Like tiltakstekster"
        case .findingsHeading(let number): "\(number). Datakvalitet"
        case .reports: "Rapporter"
        case .sectionName(let word):
            switch word {
            case .finished: "Fullført"
            case .inProgress: "I arbeid"
            case .postponedOrCancelled: "Utsatt eller avlyst"
            case .notReported: "Ikke rapportert"
            case .overdue: "Forsinket"
            case .toSettle: "Til avklaring"
            }
        case .endedIn(let year): "Tidsrammen gikk ut i \(year)"
        case .returnsTitle(let year, let plan): "Innsamling \(year) – \(plan)"
        case .statusYear: "Statusår"
        case .returnsHeading: "1. Levering per part"
        case .returnsIntro(let returned, let parties, let year):
            "\(returned) av \(Language.bokmal.count(parties, .party)) har levert rapporter for \(year)."
        case .owingHeading: "2. Manglende rapporter per part"
        case .owingIntro(let year): "Tiltak der parten ikke har rapportert status for \(year)."
        case .nothingOwed: "Alle parter har rapportert på alle tiltakene."
        case .andMore(let count): "… og \(count) til"
        case .returned: "Levert"
        case .returnedOn(let date): "Levert \(date)"
        case .notReturned: "Ikke levert"
        case .party: "Part"
        case .delivery: "Levering"
        case .date: "Dato"
        case .file: "Fil"
        case .reportCount: "Rapporter"
        case .missingCount: "Mangler"
        case .section: "Del"
        }
    }
}
