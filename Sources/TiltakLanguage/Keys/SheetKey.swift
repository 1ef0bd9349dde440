/// Every sheet the workbooks have, as a key; its name in a language comes from the catalogue.
public enum SheetKey: Phrase, Hashable, CaseIterable {
    /// The council workbook's first sheet: plan facts, counts and charts (`Oversikt`).
    case overview
    /// The council workbook's sheet with one row per action (`Tiltak`); see ``ActionTableLayout``.
    case actionTable
    /// Actions grouped by responsible party (`Ansvar`).
    case responsibility
    /// The years each action is active in (`Tidsplan`).
    case schedule
    /// The unfinanced actions grouped by financing need (`Finansiering`).
    case financing
    /// Each focus area's result goals (`Resultatmål`).
    case resultGoals
    /// The validator's findings (`Datakvalitet`).
    case dataQuality
    /// The hidden sheet with the status dropdown's values (`Lister`).
    case statusList
    /// A task workbook's sheet of assignments (`Oppgåver`); see ``TaskWorkbookLayout``.
    case tasks
    /// A task workbook's hidden sheet saying what it was made for (`Om`); see ``AttributionLayout``.
    case attribution
    /// The changes workbook's only sheet (`Endringar`).
    case changes
    /// The council workbook's revision agenda, named with the year after it (`Revisjon 2021`).
    case revisionAgenda
    /// The council workbook's sheet of who has returned their reports (`Innsamling`).
    case returns
    /// The council workbook's sheet with the plan's goal, focus areas, appendix and
    /// part-time-resident estimate (`Om planen`).
    case aboutPlan
}
