/// The counted nouns in bokmål.
extension Noun {
    /// The singular and plural in bokmål.
    public var nbForms: NounForms {
        switch self {
        case .action: NounForms("tiltak", "tiltak")
        case .file: NounForms("fil", "filer")
        case .error: NounForms("feil", "feil")
        case .warning: NounForms("advarsel", "advarsler")
        case .conflict: NounForms("konflikt", "konflikter")
        case .row: NounForms("rad", "rader")
        case .report: NounForms("rapport", "rapporter")
        case .change: NounForms("endring", "endringer")
        case .party: NounForms("part", "parter")
        case .municipality: NounForms("kommune", "kommuner")
        case .focusArea: NounForms("innsatsområde", "innsatsområder")
        case .finding: NounForms("merknad", "merknader")
        case .year: NounForms("år", "år")
        case .character: NounForms("tegn", "tegn")
        case .codePoint: NounForms("kodepunkt", "kodepunkter")
        case .cell: NounForms("celle", "celler")
        case .field: NounForms("felt", "felt")
        case .column: NounForms("kolonne", "kolonner")
        }
    }
}
