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

    /// The number format of the share not counted: whole percents (`6%`) unless it has a fraction.
    static func shareFormat(_ share: Double) -> String {
        let percent = share * 100
        return abs(percent - percent.rounded()) < 1e-9 ? "0%" : "0.00%"
    }

    /// Writes the sheet; `workbook` gives the format of the share.
    static func write(_ plan: Plan, in workbook: Workbook, to writer: SheetWriter) throws {
        let language = writer.language
        // Rows get the height of their lines as this sheet's font sets them (``PrintedLines``).
        writer.fitsRowHeights = false
        var lines: [Int: Int] = [:]
        try writer.text(0, 1, plan.title, format: writer.styles.title, measure: false)
        // `end`: the row after the last written; a blank row comes between the sections.
        var end = 1
        let goal = paragraphs(plan.goal)
        if !goal.isEmpty {
            try heading(PlanText.goalHeading.text(language), at: end + 1, writer)
            end += 2
            for paragraph in goal {
                try text(end, paragraph, context: PlanText.goalHeading.text(language), writer, &lines)
                end += 1
            }
        }
        if !plan.focusAreas.isEmpty {
            end = try writeFocusAreas(plan.focusAreas, at: end + 1, writer, &lines)
        }
        if let appendix = plan.appendix, !appendix.items.isEmpty {
            end = try writeAppendix(appendix, at: end + 1, writer, &lines)
        }
        if let estimate = plan.partTimeResidents {
            let share = try workbook.format(
                FormatStyle(numberFormat: shareFormat(estimate.uncountedShare), verticalAlignment: .top))
            end = try writeEstimate(estimate, at: end + 1, share: share, writer, &lines)
        }
        assert(end == rowCount(plan), "AboutPlanSheet.rowCount disagrees with the writer")
        try writer.applyWidths(fixed: columnWidths)
        for (row, count) in lines.sorted(by: { $0.key < $1.key }) where count > 1 {
            try writer.sheet.setRow(row, height: min(409, 15 * Double(count)))
        }
        // A page of text: its three columns fit a portrait page at full size.
        try PageLayout.apply(to: writer, plan: plan, repeatRows: nil)
    }

    /// The rows of the sheet (the number of its last row, counting from 1), as ``write(_:in:to:)``
    /// lays them out: the title, then each section the plan has after a blank row.
    static func rowCount(_ plan: Plan) -> Int {
        var end = 1
        let goal = paragraphs(plan.goal).count
        if goal > 0 { end += 2 + goal }
        if !plan.focusAreas.isEmpty {
            // The heading, then per area its name, description, goals' title and goals and a blank row.
            end += 2
            for area in plan.focusAreas {
                let goals = area.resultGoals.isEmpty ? 0 : 1 + area.resultGoals.count
                end += 1 + paragraphs(area.description).count + goals + 1
            }
            end -= 1
        }
        if let appendix = plan.appendix, !appendix.items.isEmpty { end += 2 + appendix.items.count }
        if let estimate = plan.partTimeResidents {
            // The heading, persons, share, those not counted, the deductions, per day and per year.
            end += 1 + 6 + estimate.deductions.count
        }
        return end
    }

    /// Writes wrapped `value` in column B of `row` and notes the lines it takes there.
    private static func text(
        _ row: Int, _ value: String, context: String, _ writer: SheetWriter, _ lines: inout [Int: Int]
    ) throws {
        try writer.text(row, 1, value, context: context)
        lines[row] = PrintedLines.count(value, columnWidth: columnWidths[1] ?? 8.43)
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
    private static func writeFocusAreas(
        _ areas: [FocusArea], at first: Int, _ writer: SheetWriter, _ lines: inout [Int: Int]
    ) throws -> Int {
        let language = writer.language
        try heading(AboutPlanText.focusAreasHeading.text(language), at: first, writer)
        var row = first + 1
        for area in areas {
            try writer.text(row, 1, area.name, format: writer.styles.label, measure: false)
            row += 1
            for paragraph in paragraphs(area.description) {
                try text(row, paragraph, context: area.name, writer, &lines)
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
                try text(
                    row, goal, context: "\(WorkbookText.resultGoal.text(language)) \(index + 1)", writer,
                    &lines)
                row += 1
            }
            row += 1
        }
        return row - 1
    }

    /// The appendix: its title and a bulleted row per item; returns the row after the last.
    private static func writeAppendix(
        _ appendix: Appendix, at first: Int, _ writer: SheetWriter, _ lines: inout [Int: Int]
    ) throws -> Int {
        let title =
            appendix.title.isEmpty ? AboutPlanText.appendixHeading.text(writer.language) : appendix.title
        try heading(title, at: first, writer)
        var row = first + 1
        for item in appendix.items {
            try writer.text(row, 0, "–", format: writer.styles.centered)
            try text(row, item, context: title, writer, &lines)
            row += 1
        }
        return row
    }

    /// The estimate as the plan computes it: the persons per day, the share not counted and the
    /// persons it adds (`ROUND`), each deduction as a negative number, then guest nights per day
    /// (their sum) and per year (times 365); the results are formulas with the model's values, so
    /// the table follows a changed figure. Returns the row after the last.
    private static func writeEstimate(
        _ estimate: PartTimeResidentEstimate, at first: Int, share: Format, _ writer: SheetWriter,
        _ lines: inout [Int: Int]
    ) throws -> Int {
        let language = writer.language
        let styles = writer.styles
        let title =
            estimate.title.isEmpty ? AboutPlanText.partTimeResidentsHeading.text(language) : estimate.title
        try heading(title, at: first, writer)
        let rows = EstimateRows(first: first + 1, deductions: estimate.deductions.count)
        try writer.text(rows.average, 1, AboutPlanText.averagePersonsPerDay.text(language))
        try writer.number(rows.average, 2, estimate.averagePersonsPerDay, format: styles.amount)
        try writer.text(rows.share, 1, AboutPlanText.uncountedShare.text(language))
        try writer.sheet.writeNumber(row: rows.share, col: 2, estimate.uncountedShare, format: share)
        let uncountedLabel =
            estimate.uncountedLabel.isEmpty
            ? AboutPlanText.uncountedPersons.text(language) : estimate.uncountedLabel
        try text(rows.uncounted, uncountedLabel, context: title, writer, &lines)
        try writer.formula(
            rows.uncounted, 2, "=ROUND(\(rows.cell(rows.average))*\(rows.cell(rows.share)),0)",
            value: estimate.uncountedPersons, format: styles.amount)
        for (offset, deduction) in estimate.deductions.enumerated() {
            try text(rows.uncounted + 1 + offset, deduction.label, context: title, writer, &lines)
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

    /// The most lines of text a row gets: 27 lines of 15 pt are the 409 pt a row can be high.
    static let maximumLines = 27

    /// `text`'s paragraphs (split at blank lines), trimmed, empty ones left out; a paragraph longer
    /// than a row can show (``maximumLines`` in column B) goes on over the rows after, split
    /// between words.
    static func paragraphs(_ text: String) -> [String] {
        let width = columnWidths[1] ?? 8.43
        return text.components(separatedBy: "\n\n").map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
            .flatMap { paragraph -> [String] in
                guard PrintedLines.count(paragraph, columnWidth: width) > maximumLines else {
                    return [paragraph]
                }
                var pieces: [String] = []
                var piece = ""
                for word in paragraph.split(separator: " ") {
                    let longer = piece.isEmpty ? String(word) : piece + " " + word
                    if !piece.isEmpty, PrintedLines.count(longer, columnWidth: width) > maximumLines {
                        pieces.append(piece)
                        piece = String(word)
                    } else {
                        piece = longer
                    }
                }
                if !piece.isEmpty { pieces.append(piece) }
                return pieces
            }
    }
}
