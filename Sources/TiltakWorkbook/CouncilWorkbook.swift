import Foundation
import TiltakLanguage
import TiltakModel
import TiltakRuntime
import XlsxWriter

/// The council's workbook: overview, the plan's goal, focus areas, appendix and part-time-resident
/// estimate (`Om planen`), every action, one sheet per focus area, responsibilities,
/// schedule, financing, result goals and data quality, in the plan's language or another.
public enum CouncilWorkbook {
    /// The workbook's file name for `plan`: its id made safe (`hallingdal-2021-2024.xlsx`).
    public static func fileName(for plan: Plan) -> String {
        SafeFileName.component(plan.id, fallback: "plan") + ".xlsx"
    }

    /// Each focus area with the name of its sheet in `language` (`nil`: the plan's): its short name
    /// made safe and unique beside the fixed sheets and the areas before it.
    static func areaSheetNames(_ plan: Plan, language: Language? = nil) -> [(area: FocusArea, name: String)] {
        let language = language ?? plan.language
        var names = SheetNames()
        for fixed in [
            OverviewSheet.name, ActionTableSheet.name, ResponsibilitySheet.name, ScheduleSheet.name,
            FinancingSheet.name, ResultGoalsSheet.name, DataQualitySheet.name, StatusList.sheetName,
        ] {
            names.reserve(fixed(language))
        }
        names.reserve(AboutPlanSheet.name(language))
        names.reserve(AgendaSheet.name(plan, language))
        names.reserve(ReturnsSheet.name(language))
        return plan.focusAreas.map { area in
            (area: area, name: names.unique(area.shortName, fallback: area.code))
        }
    }

    /// Writes the workbook for `plan` to `path` in `language` (`nil`: the plan's), atomically; the
    /// same plan gives a byte-identical file.
    public static func write(
        _ plan: Plan, source: WorkbookSource, to path: String, language: Language? = nil
    ) throws {
        try write(plan, source: source, to: path, sheets: .all, streaming: false, language: language)
    }

    /// Fills `workbook` with the council sheets in `language`.
    ///
    /// With `streaming`, the `Tiltak` sheet is written in constant-memory mode, whatever the
    /// workbook's option: the other sheets write headers, row heights and outlines after their
    /// rows, which that mode refuses, and are kept in memory.
    static func build(
        _ actions: ActionStream, source: WorkbookSource, in workbook: Workbook, streaming: Bool = false,
        language: Language, paper: Paper = .a4
    ) throws {
        let outline = actions.outline
        try workbook.setProperties(WorkbookProperties.council(outline, language: language))
        let styles = try WorkbookStyles(workbook, paper: paper)
        func writer(_ sheet: Worksheet) -> SheetWriter {
            SheetWriter(sheet, styles: styles, language: language)
        }
        let areaSheets = areaSheetNames(outline, language: language)

        let overview = try workbook.addWorksheet(name: OverviewSheet.name(language))
        let about = try workbook.addWorksheet(name: AboutPlanSheet.name(language))
        let table = try workbook.addWorksheet(
            name: ActionTableSheet.name(language), constantMemory: streaming)
        try ActionTableSheet.write(actions, to: writer(table), streaming: streaming)
        // The other sheets group and count the actions: they need all of them.
        let plan = actions.plan()
        let byArea = plan.actionsByArea()
        let board = StatusBoard(plan: plan)
        for (area, name) in areaSheets {
            let sheet = try workbook.addWorksheet(name: name)
            try FocusAreaSheet.write(
                plan, area: area, actions: byArea[area.code] ?? [], board: board, to: writer(sheet))
        }
        try ResponsibilitySheet.write(
            plan, to: writer(try workbook.addWorksheet(name: ResponsibilitySheet.name(language))))
        try ScheduleSheet.write(
            plan, to: writer(try workbook.addWorksheet(name: ScheduleSheet.name(language))))
        try FinancingSheet.write(
            plan, to: writer(try workbook.addWorksheet(name: FinancingSheet.name(language))))
        try ResultGoalsSheet.write(
            plan, to: writer(try workbook.addWorksheet(name: ResultGoalsSheet.name(language))))
        try DataQualitySheet.write(
            plan, to: writer(try workbook.addWorksheet(name: DataQualitySheet.name(language))))
        try StatusList.addSheet(to: workbook, language: language)
        // The meeting's sheets come after the hidden list, so the sheets before keep their places.
        try AgendaSheet.write(
            plan, to: writer(try workbook.addWorksheet(name: AgendaSheet.name(plan, language))))
        try ReturnsSheet.write(
            plan, to: writer(try workbook.addWorksheet(name: ReturnsSheet.name(language))))
        try OverviewSheet.write(plan, source: source, to: writer(overview))
        // Written last, so the texts and formats of the sheets before keep their places in the
        // workbook's shared tables.
        try AboutPlanSheet.write(plan, in: workbook, to: writer(about))
        try overview.activate()
    }
}
