import TiltakModel
import XlsxWriter

/// The hidden `Om` sheet: which plan, revision and municipality a forwarded or renamed file belongs to.
enum AttributionSheet {
    /// The sheet name.
    static let name = "Om"

    /// Adds the hidden sheet.
    static func write(_ plan: Plan, municipality: Party, source: WorkbookSource, in workbook: Workbook) throws
    {
        let sheet = try workbook.addWorksheet(name: name)
        let rows: [(String, String)] = [
            ("Plan-ID", plan.id), ("Plan", plan.title), ("Revisjonsdato", plan.revision.date.iso),
            ("Revisjon", plan.revision.label), ("Kommunekode", municipality.code),
            ("Kommune", municipality.name),
            ("Kjeldefil", source.path), ("SHA-256", source.sha256),
        ]
        for (row, pair) in rows.enumerated() {
            try CellText.check(pair.1, context: "\(name), \(pair.0)")
            try sheet.writeString(row: row, col: 0, pair.0)
            try sheet.writeString(row: row, col: 1, pair.1)
        }
        try sheet.setColumn(0, width: 16)
        try sheet.setColumn(1, width: 60)
        try sheet.hide()
    }
}
