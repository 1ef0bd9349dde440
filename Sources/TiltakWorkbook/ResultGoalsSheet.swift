import TiltakLanguage
import TiltakLayout
import TiltakModel

/// The `Resultatmål` sheet: per focus area its result-goal title and goals.
enum ResultGoalsSheet {
    /// The sheet name in `language`.
    static func name(_ language: Language) -> String { Words(language).sheetName(.resultGoals) }

    /// The rows of the sheet: the header, then per focus area a heading row and a row per goal.
    static func rowCount(_ areas: [FocusArea]) -> Int {
        areas.reduce(1) { $0 + 1 + $1.resultGoals.count }
    }

    /// Writes the sheet.
    static func write(_ plan: Plan, to writer: SheetWriter) throws {
        let language = writer.language
        try writer.header(
            0,
            [
                writer.words.caption(.focusArea), WorkbookText.goalNumber.text(language),
                WorkbookText.resultGoal.text(language),
            ])
        var row = 1
        for area in plan.focusAreas {
            writer.beginGroup(at: row)
            try writer.text(row, 0, area.name, format: writer.styles.wrappedHeading)
            try writer.sheet.writeBlank(row: row, col: 1, format: writer.styles.wrappedHeading)
            try writer.text(row, 2, area.resultGoalsTitle ?? "", format: writer.styles.wrappedHeading)
            row += 1
            for (index, goal) in area.resultGoals.enumerated() {
                try writer.number(row, 1, index + 1)
                try writer.text(row, 2, goal, context: "resultatmål \(index + 1) i \(area.name)")
                row += 1
            }
        }
        assert(row == rowCount(plan.focusAreas), "ResultGoalsSheet.rowCount disagrees with the writer")
        try writer.applyWidths(portrait: true)
        try PageLayout.apply(to: writer, plan: plan, groups: writer.groups)
    }
}
