/// The texts of the workbooks in bokmål.
extension WorkbookText {
    public var nb: String {
        switch self {
        case .councilSubject(let period): "Handlingsprogram \(period)"
        case .tasksSubject(let municipality, let period): "Oppgaver for \(municipality), \(period)"
        case .changesSubject(let old, let new): "Endringer fra \(old) til \(new)"
        case .programmeKeyword: "handlingsprogram"
        case .actionsKeyword: "tiltak"
        case .tasksKeyword: "oppgaver"
        case .changesKeyword: "endringer"
        case .pageFooter: "Side &P av &N"
        case .oneOffCosts: "Engangskostnader (kr)"
        case .yearlyCosts: "Årlige kostnader (kr)"
        case .actionsByAreaAndNeed: "Tiltak per innsatsområde og finansieringsbehov"
        case .activeActionsPerYear: "Aktive tiltak per år"
        case .year: "År"
        case .activeActions: "Aktive tiltak"
        case .unknownOrOutsidePeriod: "Ukjent tid eller utenfor perioden"
        case .actionsByResponsible: "Tiltak per ansvarlig"
        case .unreadableAmount: "Beløpet kunne ikke leses"
        case .noActionsInArea: "Ingen tiltak i dette innsatsområdet."
        case .goalNumber: "Nr."
        case .resultGoal: "Resultatmål"
        case .severity: "Alvorlighet"
        case .message: "Melding"
        case .noFindings: "Ingen funn."
        case .chooseStatus: "Velg status fra listen."
        case .invalidStatus: "Ugyldig status"
        case .chooseFromList: "Velg en av verdiene i listen."
        case .change: "Endring"
        }
    }
}
