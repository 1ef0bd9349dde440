import Foundation
import TiltakModel
import TiltakRuntime
import XlsxWriter

/// The council's workbook: overview, every action, one sheet per focus area, responsibilities,
/// schedule, financing, result goals and data quality.
public enum CouncilWorkbook {
    /// The workbook's file name for `plan`: its id made safe (`hallingdal-2021-2024.xlsx`).
    public static func fileName(for plan: Plan) -> String {
        SafeFileName.component(plan.id, fallback: "plan") + ".xlsx"
    }

    /// Each focus area with the name of its sheet: its short name made safe and unique beside the
    /// fixed sheets and the areas before it.
    static func areaSheetNames(_ plan: Plan) -> [(area: FocusArea, name: String)] {
        var names = SheetNames()
        for fixed in [
            OverviewSheet.name, ActionTableSheet.name, ResponsibilitySheet.name, ScheduleSheet.name,
            FinancingSheet.name, ResultGoalsSheet.name, DataQualitySheet.name, StatusList.sheetName,
        ] {
            names.reserve(fixed)
        }
        return plan.focusAreas.map { area in
            (area: area, name: names.unique(area.shortName, fallback: area.code))
        }
    }

    /// Writes the workbook for `plan` to `path`, atomically; the same plan gives a byte-identical file.
    public static func write(_ plan: Plan, source: WorkbookSource, to path: String) throws {
        try write(plan, source: source, to: path, sheets: .all, streaming: false)
    }

    /// Fills `workbook` with the council sheets.
    ///
    /// With `streaming`, the `Tiltak` sheet is written in constant-memory mode, whatever the
    /// workbook's option: the other sheets write headers, row heights and outlines after their
    /// rows, which that mode refuses, and are kept in memory.
    static func build(
        _ actions: ActionStream, source: WorkbookSource, in workbook: Workbook, streaming: Bool = false
    ) throws {
        let outline = actions.outline
        try workbook.setProperties(
            WorkbookProperties.make(
                outline, subject: "Handlingsprogram \(outline.period.text)",
                keywords: ["handlingsprogram", outline.region, outline.period.text, "tiltak"]))
        let styles = try WorkbookStyles(workbook)
        let areaSheets = areaSheetNames(outline)

        let overview = try workbook.addWorksheet(name: OverviewSheet.name)
        let table = try workbook.addWorksheet(name: ActionTableSheet.name, constantMemory: streaming)
        try ActionTableSheet.write(actions, to: SheetWriter(table, styles: styles), streaming: streaming)
        // The other sheets group and count the actions: they need all of them.
        let plan = actions.plan()
        let byArea = plan.actionsByArea()
        let board = StatusBoard(plan: plan)
        for (area, name) in areaSheets {
            let sheet = try workbook.addWorksheet(name: name)
            try FocusAreaSheet.write(
                plan, area: area, actions: byArea[area.code] ?? [], board: board,
                to: SheetWriter(sheet, styles: styles))
        }
        try ResponsibilitySheet.write(
            plan, to: SheetWriter(try workbook.addWorksheet(name: ResponsibilitySheet.name), styles: styles))
        try ScheduleSheet.write(
            plan, to: SheetWriter(try workbook.addWorksheet(name: ScheduleSheet.name), styles: styles))
        try FinancingSheet.write(
            plan, to: SheetWriter(try workbook.addWorksheet(name: FinancingSheet.name), styles: styles))
        try ResultGoalsSheet.write(
            plan, to: SheetWriter(try workbook.addWorksheet(name: ResultGoalsSheet.name), styles: styles))
        try DataQualitySheet.write(
            plan, to: SheetWriter(try workbook.addWorksheet(name: DataQualitySheet.name), styles: styles))
        try StatusList.addSheet(to: workbook)
        try OverviewSheet.write(plan, source: source, to: SheetWriter(overview, styles: styles))
        try overview.activate()
    }
}
