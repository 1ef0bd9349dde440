import TiltakLanguage
import TiltakModel
import XlsxWriter

/// How many rows each sheet of the exported workbooks gets, from the layout its writer uses (each
/// sheet's `rowCount`, which the writer checks itself against in debug builds), so that a plan
/// with a sheet longer than Excel allows is refused by validation before anything is written,
/// rather than by libxlsxwriter half-way through the export.
///
/// The `Tiltak` sheet (a header and a row per action) is checked by the plan's validation itself
/// (`too-many-actions`), since every export writes it; the hidden `Lister` and `Om` sheets have a
/// fixed handful of rows.
public enum SheetRows {
    /// Excel's rows per sheet (libxlsxwriter's `LXW_ROW_MAX`).
    public static let maximum = ExcelLimits.maxRows

    /// A sheet and how many rows it gets (the number of its last row, counting from 1).
    public struct Count: Hashable, Sendable {
        /// The sheet's name.
        public var sheet: String
        /// Its rows.
        public var rows: Int
    }

    /// The council workbook's sheets besides `Tiltak` and `Lister`, in workbook order (those
    /// `--sheets tiltak` leaves out).
    ///
    /// - Parameter issues: How many findings `PlanValidator.validate` has for the plan: the
    ///   `Datakvalitet` sheet lists them.
    public static func council(_ plan: Plan, issues: Int) -> [Count] {
        let sections = ResponsibilitySheet.sections(of: plan, plan.language)
        let overview = OverviewSheet.rowCount(
            areas: plan.focusAreas.count, years: plan.period.years.count, responsible: sections.count)
        var counts = [Count(sheet: OverviewSheet.name(plan.language), rows: overview)]
        counts.append(Count(sheet: AboutPlanSheet.name(plan.language), rows: AboutPlanSheet.rowCount(plan)))
        let byArea = plan.actionsByArea()
        for (area, name) in CouncilWorkbook.areaSheetNames(plan) {
            let groups = FocusAreaSheet.groups(area: area, actions: byArea[area.code] ?? [])
            counts.append(Count(sheet: name, rows: FocusAreaSheet.rowCount(groups)))
        }
        counts += [
            Count(
                sheet: ResponsibilitySheet.name(plan.language), rows: ResponsibilitySheet.rowCount(sections)),
            Count(
                sheet: ScheduleSheet.name(plan.language),
                rows: ScheduleSheet.rowCount(actions: plan.actions.count)),
            Count(
                sheet: FinancingSheet.name(plan.language),
                rows: FinancingSheet.rowCount(plan, FinancingSheet.groups(of: plan), plan.language)),
            Count(
                sheet: ResultGoalsSheet.name(plan.language), rows: ResultGoalsSheet.rowCount(plan.focusAreas)),
            Count(
                sheet: DataQualitySheet.name(plan.language), rows: DataQualitySheet.rowCount(issues: issues)),
            Count(
                sheet: AgendaSheet.name(plan, plan.language),
                rows: AgendaSheet.rowCount(rows: AgendaSheet.rows(MeetingAgenda(plan: plan)).count)),
            Count(
                sheet: ReturnsSheet.name(plan.language),
                rows: ReturnsSheet.rowCount(ReportReturns(plan: plan))),
        ]
        return counts
    }

    /// The municipalities (or `parties`, when given) whose task workbook's `Oppgåver` sheet gets
    /// more than `limit` rows, in the given order, with the sheet's rows.
    ///
    /// A party has at most one assignment per action, so the sheet is never longer than the
    /// `Tiltak` sheet: the assignments are counted only for a plan with about as many actions as a
    /// sheet holds.
    public static func taskSheets(_ plan: Plan, parties: [Party]? = nil, over limit: Int) -> [(
        municipality: Party, count: Count
    )] {
        guard AssignmentsSheet.rowCount(assignments: plan.actions.count) > limit else { return [] }
        return (parties ?? plan.registry.municipalities).compactMap { party in
            let rows = AssignmentsSheet.rowCount(assignments: plan.assignments(for: party.code).count)
            return rows > limit
                ? (party, Count(sheet: AssignmentsSheet.name(plan.language), rows: rows)) : nil
        }
    }
}

/// A sheet that would get more rows than Excel allows; nothing is written.
public struct TooManyRowsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The sheet's name.
    public var sheet: String
    /// The rows it would get.
    public var rows: Int
    /// The rows a sheet can have.
    public var limit: Int

    /// Creates an error.
    public init(sheet: String, rows: Int, limit: Int = SheetRows.maximum) {
        self.sheet = sheet
        self.rows = rows
        self.limit = limit
    }

    /// What is wrong, in `language`.
    public func text(_ language: Language) -> String {
        DocumentMessage.sheetTooLong(sheet: sheet, rows: rows, limit: limit).text(language)
    }

    public var description: String { text(.messages) }
}
