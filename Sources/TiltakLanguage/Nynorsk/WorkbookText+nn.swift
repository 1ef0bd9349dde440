/// The texts of the workbooks in nynorsk.
extension WorkbookText {
    public var nn: String {
        switch self {
        case .councilSubject(let period): "Handlingsprogram \(period)"
        case .tasksSubject(let municipality, let period): "Oppgåver for \(municipality), \(period)"
        case .changesSubject(let old, let new): "Endringar frå \(old) til \(new)"
        case .programmeKeyword: "handlingsprogram"
        case .actionsKeyword: "tiltak"
        case .tasksKeyword: "oppgåver"
        case .changesKeyword: "endringar"
        case .pageFooter: "Side &P av &N"
        case .oneOffCosts: "Eingongskostnader (kr)"
        case .yearlyCosts: "Årlege kostnader (kr)"
        case .actionsByAreaAndNeed: "Tiltak per innsatsområde og finansieringsbehov"
        case .activeActionsPerYear: "Aktive tiltak per år"
        case .year: "År"
        case .activeActions: "Aktive tiltak"
        case .unknownOrOutsidePeriod: "Ukjend tid eller utanfor perioden"
        case .actionsByResponsible: "Tiltak per ansvarleg"
        case .unreadableAmount: "Beløpet kunne ikkje lesast"
        case .noActionsInArea: "Ingen tiltak i dette innsatsområdet."
        case .goalNumber: "Nr."
        case .resultGoal: "Resultatmål"
        case .severity: "Alvor"
        case .message: "Melding"
        case .noFindings: "Ingen funn."
        case .chooseStatus: "Vel status frå lista."
        case .invalidStatus: "Ugyldig status"
        case .chooseFromList: "Vel ein av verdiane i lista."
        case .change: "Endring"
        }
    }
}
