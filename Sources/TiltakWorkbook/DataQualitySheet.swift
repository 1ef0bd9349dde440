import TiltakLayout
import TiltakModel

/// The `Datakvalitet` sheet: the validator's findings, errors first.
enum DataQualitySheet {
    /// The sheet name.
    static var name: String { Words.nynorsk.sheetName(.dataQuality) }

    /// The rows of the sheet with `issues` findings (``PlanValidator/validate(_:)``'s, which the
    /// sheet lists): the header and a row per finding, or one row saying there are none.
    static func rowCount(issues: Int) -> Int {
        1 + max(issues, 1)
    }

    /// Writes the sheet.
    static func write(_ plan: Plan, to writer: SheetWriter) throws {
        try writer.header(0, ["Alvor", Words.nynorsk.caption(.id), "Felt", "Melding"])
        let issues = PlanValidator.validate(plan)
        for (index, issue) in issues.enumerated() {
            let row = index + 1
            try writer.text(row, 0, issue.severity.nynorsk)
            try writer.text(row, 1, issue.actionID?.rawValue ?? "")
            try writer.text(row, 2, issue.field?.rawValue ?? "")
            try writer.text(row, 3, String(issue.message.prefix(PlanValidator.maximumCellLength / 2)))
        }
        if issues.isEmpty {
            try writer.text(1, 3, "Ingen funn.")
        }
        try writer.sheet.freezePanes(row: 1, col: 0)
        try writer.applyWidths()
        try PageLayout.apply(to: writer.sheet, planTitle: plan.title)
    }
}
