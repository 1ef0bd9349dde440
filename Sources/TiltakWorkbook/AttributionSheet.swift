import TiltakLanguage
import TiltakLayout
import TiltakModel
import XlsxWriter

/// The hidden `Om` sheet: which plan, revision and party a forwarded or renamed file belongs to.
enum AttributionSheet {
    /// The sheet name in `language`.
    static func name(_ language: Language) -> String { Words(language).sheetName(AttributionLayout.sheet) }

    /// Adds the hidden sheet of `party`'s task workbook, its labels in `language`.
    static func write(
        _ plan: Plan, party: Party, source: WorkbookSource, in workbook: Workbook, language: Language
    ) throws {
        let name = name(language)
        let sheet = try workbook.addWorksheet(name: name)
        for (row, fact) in AttributionLayout.facts(for: party.kind.word).enumerated() {
            let label = Words(language).label(fact)
            let value = FactValues.value(of: fact, plan, source: source, municipality: party)
            try CellText.check(value, context: "\(name), \(label)")
            try sheet.writeString(row: row, col: AttributionLayout.labelColumn, label)
            if !value.isEmpty { try sheet.writeString(row: row, col: AttributionLayout.valueColumn, value) }
        }
        try sheet.setColumn(AttributionLayout.labelColumn, width: 16)
        try sheet.setColumn(AttributionLayout.valueColumn, width: 60)
        try sheet.hide()
    }
}
