/// What `tiltak validate` finds in a plan, as a key: the finding's text in a language comes from the
/// catalogue. The terminal shows it in the language of messages, the Datakvalitet sheet and the
/// revision report in the document's language.
public enum ValidationMessage: Phrase, Hashable {
    /// An action without an id.
    case missingID
    /// An id that more than one action has.
    case duplicateID(String)
    /// An action without a text.
    case missingText
    /// The same text as an earlier action, named by its id.
    case duplicateText(firstID: String)
    /// A theme its focus area (named) does not have.
    case unknownTheme(theme: String, area: String)
    /// A focus area the plan does not have.
    case unknownFocusArea(String)
    /// A cell text longer than a cell holds: its length in characters (UTF-16 units), and the limit.
    case cellTooLong(length: Int, limit: Int)
    /// Party names joined for one cell, longer than a cell holds.
    case namesTooLong(length: Int, limit: Int)
    /// An action without a responsible party.
    case noResponsible
    /// An action without a timeframe.
    case missingTimeframe
    /// A timeframe that does not say when (`Ved behov`).
    case vagueTimeframe(String)
    /// A timeframe that could not be read.
    case unreadableTimeframe(String)
    /// A timeframe that reaches outside the plan period (as `2021–2024`).
    case timeframeOutsidePeriod(timeframe: String, period: String)
    /// An unfinished action whose timeframe ended in `endYear`.
    case overdue(timeframe: String, endYear: Int)
    /// A party name in a cell that is not in the party registry.
    case unregisteredParty(String)
    /// A financing source's code that is not in the party registry.
    case unregisteredSource(String)
    /// The plan doubts that the action is realistic.
    case realismDoubt
    /// A remark whose amount could not be read.
    case unreadableAmount(remark: String)
    /// A cost column whose amount could not be read.
    case unreadableCost(String)
    /// The remark and the financing column name different financing needs.
    case financingConflict(remark: FinancingWord, column: FinancingWord)
    /// A plan without focus areas.
    case noFocusAreas
    /// A figure of the part-time resident estimate that differs from the one computed (the figure's
    /// key in the plan file, as `guestNightsPerDay`).
    case partTimeFigure(name: String, stated: Int, computed: Int)
    /// More actions than the Tiltak sheet can hold.
    case tooManyActions(count: Int, limit: Int)
    /// A sheet of `workbook` that would get more rows than a sheet can have; `councilOnlyHelps`: the
    /// sheet is in a task workbook, so exporting the council workbook alone avoids it (else writing
    /// the Tiltak sheet alone does).
    case sheetTooLong(workbook: String, sheet: String, rows: Int, limit: Int, councilOnlyHelps: Bool)
    /// A character no workbook can hold (named as `U+FFFE`).
    case unwritableCharacter(String)
    /// A control character in a text that is also written outside cells, where it cannot stand.
    case controlCharacter(String, outside: RawTextPlace)
    /// A focus area's sheet name with a character no workbook can hold.
    case sheetNameUnwritable(character: String)
    /// A sheet name Excel does not accept (empty, or with `[]:*?/\`, or `'` first or last).
    case sheetNameInvalid(String)
    /// A sheet name longer than Excel allows, in code points.
    case sheetNameTooLong(name: String, length: Int, limit: Int)
    /// The Finansiering sheet's tip on a remark, longer than Excel allows, in code points.
    case tipTooLong(cut: Int, length: Int, limit: Int)
    /// A finding of another kind of phrase (the check of the written standard, say), rendered.
    case other(Message)
}

/// Where the workbooks write a text raw, outside cells, where control characters cannot stand.
public enum RawTextPlace: Phrase, Hashable, CaseIterable {
    /// The document properties of every workbook (plan id, region, owner, revision label).
    case workbookProperties
    /// The document properties and page headers (the title).
    case propertiesAndHeaders
    /// The document properties of a municipality's workbook (its name).
    case municipalityProperties
    /// The formulas on the Oversikt sheet (responsible parties' names).
    case overviewFormulas
    /// The formulas and charts on the Oversikt sheet (focus-area names).
    case overviewFormulasAndCharts
    /// The tip on the Finansiering sheet (a remark whose amount could not be read).
    case financingTip
}

/// Where in a plan a finding's text is, when it is not a field of an action: a label such as
/// `Partsregisteret, GOL, namn`, shown before the finding's text.
public enum ValidationPlace: Phrase, Hashable {
    /// The plan's id.
    case planID
    /// The plan's title.
    case title
    /// The region.
    case region
    /// The plan's owner.
    case owner
    /// The revision's label.
    case revision
    /// The Tiltak sheet (the plan's number of actions).
    case actionSheet
    /// A party's name in the registry, by its code.
    case partyName(code: String)
    /// A party's code in the registry.
    case partyCode(code: String)
    /// A focus area's name, by its code.
    case areaName(code: String)
    /// A focus area's title of its result goals.
    case areaGoalsTitle(code: String)
    /// A focus area's result goal, numbered from 1.
    case areaGoal(code: String, number: Int)
    /// A focus area's short name (its sheet name).
    case areaShortName(code: String)
    /// A status comment of one party for a year.
    case commentFrom(party: String, year: Int)
    /// The comment of a shared action on the Tiltak sheet.
    case actionSheetComment
}
