/// The header words of a table's columns in bokmål.
extension FieldHeaderWords {
    public var nb: String {
        switch self {
        case .id: "ID|Nr|Nummer|Tiltaksnr|Tiltaksnummer|Løpenummer"
        case .focusArea: "Innsatsområde|Satsingsområde|Satsningsområde|Hovedmål|Målområde|Område|Hovedtema"
        case .theme: "Tema|Delmål|Strategi|Delområde|Undertema"
        case .text: "Tiltak|Tiltakstekst|Beskrivelse|Aktivitet"
        case .timeframe: "Tidsramme|Tidsrom|Tid|Når|Frist|Tidsplan|Periode|Gjennomføring|Tidspunkt"
        case .responsible: "Ansvar|Ansvarlig|Ansvarlige|Hovedansvar|Ansvarlig aktør"
        case .involved:
            "Involvering|Involvert|Involverte|Samarbeidspartnere|Samarbeidsparter|Medvirkende|Partnere|Samarbeid"
        case .remark: "Merknad|Merknader|Kommentar fra sekretariatet|Notat"
        case .cost: "Kostnad|Kostnader|Kostnad (kr)|Kostnadsoverslag|Budsjett|Beløp"
        case .financing: "Finansiering|Finansieringskilde|Finansiert"
        case .status: "Status|Fremdrift|Statusrapport"
        case .statusComment:
            "Statuskommentar|Kommentar til status|Statusmerknad|Kommentar til fremdrift|Fremdriftskommentar"
        }
    }
}
