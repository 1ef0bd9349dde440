/// What `tiltak collect` and `tiltak import` find wrong in returned task workbooks, status tables
/// and council workbooks, as keys; their texts in a language come from the catalogue.
public enum ReturnMessage: Phrase, Hashable {
    /// A row of a workbook's sheet, as the origin of a report (`Ål.xlsx: Oppgåver rad 3`).
    case workbookRow(file: String, sheet: String, row: Int)
    /// The file was made for another plan.
    case fileForOtherPlan(filePlan: String, plan: String)
    /// The file was made for a revision of the plan that is neither the plan's revision nor one of
    /// its earlier revisions (`earlier`, the dates).
    case fileForOtherRevision(fileRevision: String, planRevision: String, label: String, earlier: [String])
    /// The file's municipality is not in the party registry.
    case municipalityNotRegistered(code: String, name: String)
    /// The file is from another municipality than `--party` says.
    case fileFromOtherParty(name: String, code: String, party: String)
    /// A CSV table without `--party`.
    case tableWithoutParty
    /// A row with a status or comment but no action id.
    case statusWithoutID
    /// An action id the plan does not have.
    case unknownID(id: String, plan: String)
    /// A protected cell was changed.
    case protectedCellChanged(found: String, wanted: String)
    /// An action that is not one of the party's tasks.
    case notATask(id: String, party: String)
    /// A comment without a status, which is left out.
    case commentWithoutStatus
    /// A status that is not one of the allowed ones.
    case invalidStatus(String, allowed: [String])
    /// Two reports of one party for one action and year that differ: each side as `origin: status`.
    case conflict(actionID: String, year: Int, party: String, sides: [String])
    /// A workbook without the hidden attribution sheet: not a task workbook.
    case notATaskWorkbook(sheet: String)
    /// Hint: send the task workbook the municipality got, or a CSV table with `--party`.
    case sendTaskWorkbookHint
    /// A sheet that lacks required columns.
    case sheetMissingColumns(sheet: String, columns: [String])
    /// A formula in a column that is read.
    case formulaInCell(column: String)
    /// Hint: type the value instead of the formula.
    case typeValueHint
    /// A workbook without the sheet wanted (the sheets it has listed).
    case sheetMissing(sheet: String, found: [String])
    /// Hint: import the council workbook, not a task workbook.
    case councilWorkbookHint
    /// The file cannot be read as an XLSX workbook: the reader's reason.
    case notAWorkbook(reason: String)
    /// Hint: save the file as an Excel workbook.
    case saveAsXLSXHint
    /// Hint: the file is damaged; ask for a new copy.
    case damagedHint
    /// Hint: open and save the file again, or ask for a new copy.
    case resaveHint
}
