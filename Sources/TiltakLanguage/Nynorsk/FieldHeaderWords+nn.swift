/// The header words of a table's columns in nynorsk.
extension FieldHeaderWords {
    public var nn: String {
        switch self {
        case .id: "ID|Nr|Nummer|Tiltaksnr|Tiltak-ID|Tiltaksnummer|Løpenummer"
        case .focusArea:
            "Innsatsområde|Innsatsomrade|Satsingsområde|Satsningsområde|Hovudmål|Målområde|Område|Fokusområde|Hovudtema"
        case .theme: "Tema|Delmål|Strategi|Delområde|Undertema"
        case .text: "Tiltak|Tiltakstekst|Skildring|Beskriving|Aktivitet"
        case .timeframe: "Tidsramme|Tidsrom|Tid|Når|Frist|Tidsplan|Periode|Gjennomføring|Tidspunkt"
        case .responsible: "Ansvar|Ansvarleg|Ansvarlege|Hovudansvar|Ansvarleg aktør"
        case .involved:
            "Involvering|Innvolering|Involvert|Involverte|Samarbeidspartar|Samarbeidspartnarar|Medverkande|Partnarar|Samarbeid"
        case .remark: "Merknad|Merknader|Kommentar frå sekretariatet|Notat"
        case .cost: "Kostnad|Kostnader|Kostnad (kr)|Kostnadsoverslag|Budsjett|Beløp|Kostnad kr"
        case .financing: "Finansiering|Finansieringskjelde|Finansiert"
        case .status: "Status|Framdrift|Statusrapport"
        case .statusComment:
            "Statuskommentar|Kommentar til status|Statusmerknad|Kommentar til framdrift|Framdriftskommentar"
        }
    }
}
