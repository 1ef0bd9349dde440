/// The counted nouns in nynorsk.
extension Noun {
    /// The singular and plural in nynorsk.
    public var nnForms: NounForms {
        switch self {
        case .action: NounForms("tiltak", "tiltak")
        case .file: NounForms("fil", "filer")
        case .error: NounForms("feil", "feil")
        case .warning: NounForms("åtvaring", "åtvaringar")
        case .conflict: NounForms("konflikt", "konfliktar")
        case .row: NounForms("rad", "rader")
        case .report: NounForms("rapport", "rapportar")
        case .change: NounForms("endring", "endringar")
        case .party: NounForms("part", "partar")
        case .municipality: NounForms("kommune", "kommunar")
        case .focusArea: NounForms("innsatsområde", "innsatsområde")
        case .finding: NounForms("merknad", "merknader")
        case .year: NounForms("år", "år")
        case .character: NounForms("teikn", "teikn")
        case .codePoint: NounForms("kodepunkt", "kodepunkt")
        case .cell: NounForms("celle", "celler")
        case .field: NounForms("felt", "felt")
        case .column: NounForms("kolonne", "kolonnar")
        }
    }
}
