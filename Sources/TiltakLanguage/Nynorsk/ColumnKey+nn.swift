/// The workbooks' column captions in nynorsk.
extension ColumnKey {
    public var nn: String {
        switch self {
        case .id: "ID"
        case .focusArea: "Innsatsområde"
        case .theme: "Tema"
        case .text: "Tiltak"
        case .role: "Rolle"
        case .throughGroup: "Gjennom"
        case .timeframe: "Tidsramme"
        case .firstYear: "Frå år"
        case .lastYear: "Til år"
        case .responsible: "Ansvar"
        case .involved: "Involvert"
        case .financing: "Finansiering"
        case .source: "Kjelde"
        case .cost: "Kostnad (kr)"
        case .costType: "Kostnadstype"
        case .costOverPeriod: "Kostnad i perioden"
        case .costBasis: "Grunnlag"
        case .remark: "Merknad"
        case .status: "Status"
        case .comment: "Kommentar"
        case .previousStatus: "Førre status"
        case .previousComment: "Førre kommentar"
        }
    }
}
