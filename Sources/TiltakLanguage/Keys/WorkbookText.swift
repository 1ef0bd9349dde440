/// The texts of the workbooks that are not sheet names, column captions or fact labels: the
/// overview's labels and chart titles, the financing sheet's sums, the status dropdown's prompts,
/// the data-quality sheet's words, the print footer and the document properties.
public enum WorkbookText: Phrase, Hashable {
    /// The council workbook's subject (`Handlingsprogram 2021–2024`).
    case councilSubject(period: String)
    /// A task workbook's subject (`Oppgåver for Ål, 2021–2024`).
    case tasksSubject(municipality: String, period: String)
    /// The changes workbook's subject (`Endringar frå A til B`).
    case changesSubject(old: String, new: String)
    /// The keyword for an action programme (`handlingsprogram`).
    case programmeKeyword
    /// The keyword for actions (`tiltak`).
    case actionsKeyword
    /// The keyword for tasks (`oppgåver`).
    case tasksKeyword
    /// The keyword for changes (`endringar`).
    case changesKeyword
    /// The print footer, with Excel's codes for the page and the pages (`Side &P av &N`).
    case pageFooter
    /// The overview's one-off costs (`Eingongskostnader (kr)`).
    case oneOffCosts
    /// The overview's yearly costs (`Årlege kostnader (kr)`).
    case yearlyCosts
    /// The overview's table and chart of actions by focus area and financing need.
    case actionsByAreaAndNeed
    /// The overview's table and chart of active actions per year (`Aktive tiltak per år`).
    case activeActionsPerYear
    /// The caption of the years column (`År`).
    case year
    /// The caption of the active actions column, and the chart's series (`Aktive tiltak`).
    case activeActions
    /// The row of actions without known years in the period (`Ukjend tid eller utanfor perioden`).
    case unknownOrOutsidePeriod
    /// The overview's table of actions by responsible party (`Tiltak per ansvarleg`).
    case actionsByResponsible
    /// An amount the remark names that could not be read (`Beløpet kunne ikkje lesast`).
    case unreadableAmount
    /// A focus area without actions (`Ingen tiltak i dette innsatsområdet.`).
    case noActionsInArea
    /// The caption of the result goals' numbers (`Nr.`).
    case goalNumber
    /// The caption of the result goals (`Resultatmål`).
    case resultGoal
    /// The caption of a finding's severity (`Alvor`).
    case severity
    /// The caption of a finding's message (`Melding`).
    case message
    /// No findings (`Ingen funn.`).
    case noFindings
    /// The status dropdown's prompt (`Vel status frå lista.`).
    case chooseStatus
    /// The title of the status dropdown's error (`Ugyldig status`).
    case invalidStatus
    /// The status dropdown's error (`Vel ein av verdiane i lista.`).
    case chooseFromList
    /// The caption of what happened to an action (`Endring`).
    case change
}
