import TiltakLanguage
import TiltakLayout
import TiltakModel

/// The `Datakvalitet` sheet: the validator's findings, errors first.
enum DataQualitySheet {
    /// The sheet name in `language`.
    static func name(_ language: Language) -> String { Words(language).sheetName(.dataQuality) }

    /// The rows of the sheet with `issues` findings (``PlanValidator/validate(_:)``'s, which the
    /// sheet lists): the header and a row per finding, or one row saying there are none.
    static func rowCount(issues: Int) -> Int {
        1 + max(issues, 1)
    }

    /// Writes the sheet: severity, id, field (by its column's caption) and message.
    static func write(_ plan: Plan, to writer: SheetWriter) throws {
        let language = writer.language
        let words = writer.words
        try writer.header(
            0,
            [
                WorkbookText.severity.text(language), words.caption(.id), DocumentWord.field.text(language),
                WorkbookText.message.text(language),
            ])
        let issues = PlanValidator.validate(plan)
        for (index, issue) in issues.enumerated() {
            let row = index + 1
            try writer.text(row, 0, IssueText.severity(issue.severity, language))
            try writer.text(row, 1, issue.actionID?.rawValue ?? "")
            try writer.text(row, 2, issue.field.map { words.caption($0.columnKey) } ?? "")
            try writer.text(
                row, 3, String(IssueText.message(issue, language).prefix(PlanValidator.maximumCellLength / 2))
            )
        }
        if issues.isEmpty {
            try writer.text(1, 3, WorkbookText.noFindings.text(language))
        }
        try writer.sheet.freezePanes(row: 1, col: 0)
        try writer.applyWidths(portrait: true)
        try PageLayout.apply(to: writer, plan: plan, groups: writer.groups)
    }
}
