import TiltakLayout
import XlsxWriter

/// The status dropdown: its values live on a hidden sheet `Lister`, referenced by data validation.
enum StatusList {
    /// The name of the hidden sheet holding the list.
    static var sheetName: String { Words.nynorsk.sheetName(.statusList) }
    /// The status values, in dropdown order.
    static let values = ["Ikkje starta", "Pågår", "Fullført", "Utsett", "Avlyst"]
    /// The validation source formula: the values' cells on the hidden sheet.
    static var source: String { "=\(sheetName)!$A$1:$A$\(values.count)" }

    /// Adds the hidden `Lister` sheet with the status values.
    static func addSheet(to workbook: Workbook) throws {
        let sheet = try workbook.addWorksheet(name: sheetName)
        for (row, value) in values.enumerated() {
            try sheet.writeString(row: row, col: 0, value)
        }
        try sheet.setColumn(0, width: 16)
        try sheet.hide()
    }

    /// Adds the dropdown to rows `rows` of column `col` in `sheet`.
    static func addDropdown(to sheet: Worksheet, rows: ClosedRange<Int>, col: Int) throws {
        var validation = DataValidation(
            .list(source: source), inputTitle: Words.nynorsk.caption(.status),
            inputMessage: "Vel status frå lista.",
            errorTitle: "Ugyldig status", errorMessage: "Vel ein av verdiane i lista.")
        validation.ignoreBlank = true
        try sheet.addDataValidation(
            validation,
            to: CellRange(firstRow: rows.lowerBound, firstCol: col, lastRow: rows.upperBound, lastCol: col))
    }
}
