import TiltakLayout
import TiltakModel
import XlsxWriter

/// The hidden `Om` sheet: which plan, revision and municipality a forwarded or renamed file belongs to.
enum AttributionSheet {
    /// The sheet name.
    static var name: String { Words.nynorsk.sheetName(AttributionLayout.sheet) }

    /// Adds the hidden sheet.
    static func write(_ plan: Plan, municipality: Party, source: WorkbookSource, in workbook: Workbook) throws
    {
        let sheet = try workbook.addWorksheet(name: name)
        for (row, fact) in AttributionLayout.facts.enumerated() {
            let label = Words.nynorsk.label(fact)
            let value = FactValues.value(of: fact, plan, source: source, municipality: municipality)
            try CellText.check(value, context: "\(name), \(label)")
            try sheet.writeString(row: row, col: AttributionLayout.labelColumn, label)
            try sheet.writeString(row: row, col: AttributionLayout.valueColumn, value)
        }
        try sheet.setColumn(AttributionLayout.labelColumn, width: 16)
        try sheet.setColumn(AttributionLayout.valueColumn, width: 60)
        try sheet.hide()
    }
}
