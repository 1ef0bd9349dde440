/// The workbooks' column captions in bokmål.
extension ColumnKey {
    public var nb: String {
        switch self {
        case .id: "ID"
        case .focusArea: "Innsatsområde"
        case .theme: "Tema"
        case .text: "Tiltak"
        case .role: "Rolle"
        case .throughGroup: "Gjennom"
        case .timeframe: "Tidsramme"
        case .firstYear: "Fra år"
        case .lastYear: "Til år"
        case .responsible: "Ansvar"
        case .involved: "Involvert"
        case .financing: "Finansiering"
        case .source: "Kilde"
        case .cost: "Kostnad (kr)"
        case .costType: "Kostnadstype"
        case .costOverPeriod: "Kostnad i perioden"
        case .costBasis: "Grunnlag"
        case .remark: "Merknad"
        case .status: "Status"
        case .comment: "Kommentar"
        case .previousStatus: "Forrige status"
        case .previousComment: "Forrige kommentar"
        }
    }
}
