import TiltakLanguage
import TiltakLayout
import TiltakModel
import XlsxWriter

/// The `Om planen` sheet: the plan's overarching goal, each focus area's description and result
/// goals, the appendix and the part-time-resident estimate, with its computation as formulas.
///
/// The sheet reads like a page of the plan: column A holds numbers and bullets, column B the text
/// (wrapped), column C the estimate's figures; it prints on A4 portrait at full size. A section the
/// plan does not have (no goal, no appendix, no estimate) is left out with its heading.
enum AboutPlanSheet {
    /// The sheet name in `language`.
    static func name(_ language: Language) -> String { Words(language).sheetName(.aboutPlan) }

    /// The widths of columns A (numbers, bullets), B (text) and C (figures): 93 characters in all,
    /// which A4 portrait holds at 100 %.
    static let columnWidths: [Int: Double] = [0: 5, 1: 74, 2: 14]

    /// The number format of the share not counted.
    static func shareFormat(_ share: Double) -> String {
        (share * 100).rounded() == share * 100 ? "0%" : "0.00%"
    }

    /// Writes the sheet; `workbook` gives the format of the share.
    static func write(_ plan: Plan, in workbook: Workbook, to writer: SheetWriter) throws {
        let language = writer.language
        try writer.text(0, 1, plan.title, format: writer.styles.title, measure: false)
        var row = 2
        let goal = paragraphs(plan.goal)
        if !goal.isEmpty {
            try heading(PlanText.goalHeading.text(language), at: row, writer)
            row += 1
            for paragraph in goal {
                try writer.text(row, 1, paragraph, context: PlanText.goalHeading.text(language))
                row += 1
            }
            row += 1
        }
        if !plan.focusAreas.isEmpty {
            row = try writeFocusAreas(plan.focusAreas, at: row, writer) + 1
        }
        if let appendix = plan.appendix, !appendix.items.isEmpty {
            row = try writeAppendix(appendix, at: row, writer) + 1
        }
        if let estimate = plan.partTimeResidents {
            let share = try workbook.format(
                FormatStyle(numberFormat: shareFormat(estimate.uncountedShare), verticalAlignment: .top))
            row = try writeEstimate(estimate, at: row, share: share, writer)
        }
        try writer.applyWidths(fixed: columnWidths)
        try PageLayout.apply(to: writer.sheet, plan: plan, language: language, repeatRows: nil)
        // A page of text: portrait, where the three columns fit at full size.
        try writer.sheet.setPortrait()
    }

    /// A section heading in column B, the row filled across A:C.
    private static func heading(_ text: String, at row: Int, _ writer: SheetWriter) throws {
        let format = writer.styles.heading
        try writer.sheet.writeBlank(row: row, col: 0, format: format)
        try writer.text(row, 1, text, format: format, measure: false)
        try writer.sheet.writeBlank(row: row, col: 2, format: format)
    }

    /// Each focus area: its name, its description paragraph by paragraph, the title over its result
    /// goals and the goals numbered; returns the row after the last.
    private static func writeFocusAreas(_ areas: [FocusArea], at first: Int, _ writer: SheetWriter) throws
        -> Int
    {
        let language = writer.language
        try heading(AboutPlanText.focusAreasHeading.text(language), at: first, writer)
        var row = first + 1
        for area in areas {
            try writer.text(row, 1, area.name, format: writer.styles.label, measure: false)
            row += 1
            for paragraph in paragraphs(area.description) {
                try writer.text(row, 1, paragraph, context: area.name)
                row += 1
            }
            guard !area.resultGoals.isEmpty else {
                row += 1
                continue
            }
            let title = area.resultGoalsTitle.flatMap { $0.isEmpty ? nil : $0 }
            try writer.text(
                row, 1, title ?? WorkbookText.resultGoal.text(language), format: writer.styles.label,
                measure: false)
            row += 1
            for (index, goal) in area.resultGoals.enumerated() {
                try writer.number(row, 0, index + 1)
                try writer.text(
                    row, 1, goal, context: "\(WorkbookText.resultGoal.text(language)) \(index + 1)")
                row += 1
            }
            row += 1
        }
        return row - 1
    }

    /// The appendix: its title and a bulleted row per item; returns the row after the last.
    private static func writeAppendix(_ appendix: Appendix, at first: Int, _ writer: SheetWriter) throws
        -> Int
    {
        let title =
            appendix.title.isEmpty ? AboutPlanText.appendixHeading.text(writer.language) : appendix.title
        try heading(title, at: first, writer)
        var row = first + 1
        for item in appendix.items {
            try writer.text(row, 0, "–", format: writer.styles.centered)
            try writer.text(row, 1, item, context: title)
            row += 1
        }
        return row
    }

    /// The estimate as the plan computes it: the persons per day, the share not counted and the
    /// persons it adds (`ROUND`), each deduction as a negative number, then guest nights per day
    /// (their sum) and per year (times 365); the results are formulas with the model's values, so
    /// the table follows a changed figure. Returns the row after the last.
    private static func writeEstimate(
        _ estimate: PartTimeResidentEstimate, at first: Int, share: Format, _ writer: SheetWriter
    ) throws -> Int {
        let language = writer.language
        let styles = writer.styles
        try heading(
            estimate.title.isEmpty ? AboutPlanText.partTimeResidentsHeading.text(language) : estimate.title,
            at: first, writer)
        let rows = EstimateRows(first: first + 1, deductions: estimate.deductions.count)
        try writer.text(rows.average, 1, AboutPlanText.averagePersonsPerDay.text(language))
        try writer.number(rows.average, 2, estimate.averagePersonsPerDay, format: styles.amount)
        try writer.text(rows.share, 1, AboutPlanText.uncountedShare.text(language))
        try writer.sheet.writeNumber(row: rows.share, col: 2, estimate.uncountedShare, format: share)
        let uncountedLabel =
            estimate.uncountedLabel.isEmpty
            ? AboutPlanText.uncountedPersons.text(language) : estimate.uncountedLabel
        try writer.text(rows.uncounted, 1, uncountedLabel)
        try writer.formula(
            rows.uncounted, 2, "=ROUND(\(rows.cell(rows.average))*\(rows.cell(rows.share)),0)",
            value: estimate.uncountedPersons, format: styles.amount)
        for (offset, deduction) in estimate.deductions.enumerated() {
            try writer.text(rows.uncounted + 1 + offset, 1, deduction.label)
            try writer.number(rows.uncounted + 1 + offset, 2, -deduction.persons, format: styles.amount)
        }
        try writer.text(rows.perDay, 1, AboutPlanText.guestNightsPerDay.text(language), format: styles.label)
        try writer.formula(
            rows.perDay, 2,
            "=\(rows.cell(rows.average))+SUM(\(rows.cell(rows.uncounted)):\(rows.cell(rows.perDay - 1)))",
            value: estimate.guestNightsPerDay, format: styles.total)
        try writer.text(
            rows.perYear, 1, AboutPlanText.guestNightsPerYear.text(language), format: styles.label)
        try writer.formula(
            rows.perYear, 2, "=\(rows.cell(rows.perDay))*365", value: estimate.guestNightsPerYear,
            format: styles.total)
        return rows.perYear + 1
    }

    /// Where the estimate's lines sit (rows from 0), the figures in column C.
    struct EstimateRows {
        /// Average persons per day.
        var average: Int
        /// The deductions follow ``uncounted``.
        var deductions: Int

        init(first: Int, deductions: Int) {
            average = first
            self.deductions = deductions
        }

        /// The share not counted.
        var share: Int { average + 1 }
        /// The persons that share adds.
        var uncounted: Int { average + 2 }
        /// Guest nights per day, after the deductions.
        var perDay: Int { uncounted + deductions + 1 }
        /// Guest nights per year.
        var perYear: Int { perDay + 1 }

        /// The A1 reference of column C in `row`.
        func cell(_ row: Int) -> String { "C\(row + 1)" }
    }

    /// `text`'s paragraphs (split at blank lines), trimmed, empty ones left out.
    static func paragraphs(_ text: String) -> [String] {
        text.components(separatedBy: "\n\n").map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
    }
}
