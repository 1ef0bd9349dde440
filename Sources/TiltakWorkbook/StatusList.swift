import TiltakLanguage
import TiltakLayout
import TiltakModel
import XlsxWriter

/// The status dropdown: its values live on a hidden sheet `Lister`, referenced by data validation.
enum StatusList {
    /// The name of the hidden sheet holding the list, in `language`.
    static func sheetName(_ language: Language) -> String { Words(language).sheetName(.statusList) }
    /// The statuses, in dropdown order.
    static let statuses: [ActionStatus] = [.notStarted, .inProgress, .done, .postponed, .cancelled]
    /// The status values in `language`, in dropdown order.
    static func values(_ language: Language) -> [String] { statuses.map { $0.text(language) } }
    /// The validation source formula: the values' cells on the hidden sheet.
    static func source(_ language: Language) -> String {
        "=\(sheetName(language))!$A$1:$A$\(statuses.count)"
    }

    /// Adds the hidden `Lister` sheet with the status values in `language`.
    static func addSheet(to workbook: Workbook, language: Language) throws {
        let sheet = try workbook.addWorksheet(name: sheetName(language))
        for (row, value) in values(language).enumerated() {
            try sheet.writeString(row: row, col: 0, value)
        }
        try sheet.setColumn(0, width: 16)
        try sheet.hide()
    }

    /// Adds the dropdown, with its prompts in `language`, to rows `rows` of column `col` in `sheet`.
    static func addDropdown(to sheet: Worksheet, rows: ClosedRange<Int>, col: Int, language: Language) throws
    {
        var validation = DataValidation(
            .list(source: source(language)), inputTitle: Words(language).caption(.status),
            inputMessage: WorkbookText.chooseStatus.text(language),
            errorTitle: WorkbookText.invalidStatus.text(language),
            errorMessage: WorkbookText.chooseFromList.text(language))
        validation.ignoreBlank = true
        try sheet.addDataValidation(
            validation,
            to: CellRange(firstRow: rows.lowerBound, firstCol: col, lastRow: rows.upperBound, lastCol: col))
    }
}
