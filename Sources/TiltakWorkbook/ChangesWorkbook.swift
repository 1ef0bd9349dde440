import Foundation
import TiltakLayout
import TiltakModel
import XlsxWriter

/// A workbook with the changes between two revisions of a plan (`tiltak diff --format xlsx`):
/// one sheet **Endringar**, a row per change (Endring | ID | Felt | Før | Etter), in id order.
public enum ChangesWorkbook {
    /// The sheet name.
    public static var sheetName: String { Words.nynorsk.sheetName(.changes) }
    /// The column headers.
    public static let headers = ["Endring", Words.nynorsk.caption(.id), "Felt", "Før", "Etter"]

    /// The rows of the sheet for `diff`: the header and a row per change, or one row saying there
    /// are none.
    public static func rowCount(_ diff: PlanDiff) -> Int {
        1 + max(diff.changes.count, 1)
    }

    /// Writes the changes from `old` to `new` to `path`, atomically. The creation date is the new
    /// revision's date, so the same two plans give a byte-identical file. Without changes the sheet
    /// has the header and a row `Ingen endringar`.
    ///
    /// - Throws: `WorkbookContentError` with a ``TooManyRowsError`` before anything is written when
    ///   the changes need more rows than a sheet has (`maximumRows`, Excel's by default).
    public static func write(
        from old: Plan, to new: Plan, path: String, maximumRows: Int = SheetRows.maximum
    ) throws {
        try write(PlanDiff(old: old, new: new), from: old, to: new, path: path, maximumRows: maximumRows)
    }

    /// Writes `diff`, the changes from `old` to `new`, to `path` (see
    /// ``write(from:to:path:maximumRows:)``).
    public static func write(
        _ diff: PlanDiff, from old: Plan, to new: Plan, path: String, maximumRows: Int = SheetRows.maximum
    ) throws {
        let rows = rowCount(diff)
        if rows > maximumRows {
            throw WorkbookContentError(
                path: path, cause: TooManyRowsError(sheet: sheetName, rows: rows, limit: maximumRows))
        }
        try AtomicWorkbook.write(to: path) { workbook in
            var properties = WorkbookProperties.make(
                new, subject: "Endringar frå \(old.revision.label) til \(new.revision.label)",
                keywords: ["handlingsprogram", new.region, "endringar"])
            properties.comments =
                "Plan-ID \(new.id): \(old.revision.label) (\(old.revision.date.iso)) → \(new.revision.label) (\(new.revision.date.iso))"
            try workbook.setProperties(properties)
            let styles = try WorkbookStyles(workbook)
            let sheet = try workbook.addWorksheet(name: sheetName)
            let writer = SheetWriter(sheet, styles: styles)
            try writer.header(0, headers)
            for (index, change) in diff.changes.enumerated() {
                let row = index + 1
                let context = "endring \(change.actionID), \(change.field.nynorsk)"
                try writer.text(row, 0, change.kind.nynorsk)
                try writer.text(row, 1, change.actionID.rawValue)
                try writer.text(row, 2, change.field.nynorsk)
                try writer.text(row, 3, change.old, context: context)
                try writer.text(row, 4, change.new, context: context)
            }
            if diff.isEmpty {
                try writer.text(1, 0, "Ingen endringar")
            } else {
                try sheet.autofilter(CellRange(firstRow: 0, firstCol: 0, lastRow: rows - 1, lastCol: 4))
            }
            try sheet.freezePanes(row: 1, col: 0)
            try writer.applyWidths(fixed: [3: 50, 4: 50])
            try PageLayout.apply(to: sheet, planTitle: new.title)
            try sheet.activate()
        }
    }
}
