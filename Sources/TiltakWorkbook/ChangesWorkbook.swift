import Foundation
import TiltakLanguage
import TiltakLayout
import TiltakModel
import XlsxWriter

/// A workbook with the changes between two revisions of a plan (`tiltak diff --format xlsx`):
/// one sheet **Endringar**, a row per change (Endring | ID | Tiltak | Ansvar | Felt | Før | Etter),
/// in id order, in the new revision's language or another. Tiltak and Ansvar are the action's text
/// and responsible parties (of the old revision for a removed action); a party's report is a row
/// of its own, its field naming the year and the party (`Rapport 2021, Gol`), its values the status
/// and comment.
public enum ChangesWorkbook {
    /// The sheet name in `language`.
    public static func sheetName(_ language: Language) -> String { Words(language).sheetName(.changes) }
    /// The column headers in `language`.
    public static func headers(_ language: Language) -> [String] {
        [
            WorkbookText.change.text(language), Words(language).caption(.id), Words(language).caption(.text),
            Words(language).caption(.responsible), DocumentWord.field.text(language),
            DocumentWord.before.text(language), DocumentWord.after.text(language),
        ]
    }

    /// The rows of the sheet for `diff`: the header and a row per change, or one row saying there
    /// are none.
    public static func rowCount(_ diff: PlanDiff) -> Int {
        1 + max(diff.changes.count, 1)
    }

    /// Writes the changes from `old` to `new` to `path` in `language` (`nil`: the new plan's),
    /// atomically. The creation date is the new revision's date, so the same two plans give a
    /// byte-identical file. Without changes the sheet has the header and a row `Ingen endringar`.
    ///
    /// - Throws: `WorkbookContentError` with a ``TooManyRowsError`` before anything is written when
    ///   the changes need more rows than a sheet has (`maximumRows`, Excel's by default).
    public static func write(
        from old: Plan, to new: Plan, path: String, language: Language? = nil,
        maximumRows: Int = SheetRows.maximum
    ) throws {
        let language = language ?? new.language
        try write(
            PlanDiff(old: old, new: new, language: language), from: old, to: new, path: path,
            language: language, maximumRows: maximumRows)
    }

    /// Writes `diff`, the changes from `old` to `new` (made in `language`), to `path` (see
    /// ``write(from:to:path:language:maximumRows:)``).
    public static func write(
        _ diff: PlanDiff, from old: Plan, to new: Plan, path: String, language: Language? = nil,
        maximumRows: Int = SheetRows.maximum
    ) throws {
        let language = language ?? new.language
        let rows = rowCount(diff)
        if rows > maximumRows {
            throw WorkbookContentError(
                path: path,
                cause: TooManyRowsError(sheet: sheetName(language), rows: rows, limit: maximumRows))
        }
        try AtomicWorkbook.write(to: path) { workbook in
            var properties = WorkbookProperties.make(
                new,
                subject: WorkbookText.changesSubject(old: old.revision.label, new: new.revision.label)
                    .text(language),
                keywords: [
                    WorkbookText.programmeKeyword.text(language), new.region,
                    WorkbookText.changesKeyword.text(language),
                ], language: language)
            properties.comments =
                "\(FactKey.planID.text(language)) \(new.id): \(old.revision.label) (\(old.revision.date.iso)) → \(new.revision.label) (\(new.revision.date.iso))"
            try workbook.setProperties(properties)
            let styles = try WorkbookStyles(workbook)
            let sheet = try workbook.addWorksheet(name: sheetName(language))
            let writer = SheetWriter(sheet, styles: styles, language: language)
            try writer.header(0, headers(language))
            let actions = (old: old.actionsByID(), new: new.actionsByID())
            let values = (
                old: PlanDiff.Values(plan: old, language: language),
                new: PlanDiff.Values(plan: new, language: language)
            )
            for (index, change) in diff.changes.enumerated() {
                let row = index + 1
                let removed = change.kind == .removed
                let plan = removed ? old : new
                let field = change.label(language, registry: plan.registry)
                let context = "endring \(change.actionID), \(field)"
                let action = removed ? actions.old[change.actionID] : actions.new[change.actionID]
                try writer.text(row, 0, change.kind.text(language))
                try writer.text(row, 1, change.actionID.rawValue)
                if let action {
                    try writer.text(row, 2, action.text, context: context)
                    let responsible = (removed ? values.old : values.new).value(.responsible, of: action)
                    try writer.text(row, 3, responsible, context: context)
                }
                try writer.text(row, 4, field)
                try writer.text(row, 5, change.old, context: context)
                try writer.text(row, 6, change.new, context: context)
            }
            if diff.isEmpty {
                try writer.text(1, 0, diff.summary(language))
            } else {
                try sheet.autofilter(CellRange(firstRow: 0, firstCol: 0, lastRow: rows - 1, lastCol: 6))
            }
            try sheet.freezePanes(row: 1, col: 0)
            try writer.applyWidths(fixed: [2: 30, 3: 18, 5: 34, 6: 34])
            try PageLayout.apply(to: writer, plan: new)
            try sheet.activate()
        }
    }
}
