/// Messages about returned files in English.
extension ReturnMessage {
    public var en: String {
        func quoted(_ items: [String]) -> String { items.map { "“\($0)”" }.joined(separator: ", ") }
        switch self {
        case .workbookRow(let file, let sheet, let row): return "\(file): \(sheet) row \(row)"
        case .fileForOtherPlan(let filePlan, let plan):
            return "The file was made for the plan “\(filePlan)”, not for “\(plan)”."
        case .fileForOtherRevision(let fileRevision, let planRevision, let label, let earlier):
            let known = earlier.isEmpty ? "" : "; earlier revisions: \(earlier.joined(separator: ", "))"
            return
                "The file was made for the revision \(fileRevision), but the plan is the revision \(planRevision) (\(label))\(known). Collect the file into the plan file of the revision \(fileRevision), or send out task workbooks for \(planRevision) (tiltak export) and collect those."
        case .municipalityNotRegistered(let code, let name):
            return "The municipality “\(code)” (\(name)) is not in the party registry."
        case .fileFromOtherParty(let name, let code, let party):
            return "The file is from \(name) (\(code)), but --party says \(party)."
        case .tableWithoutParty: return "A CSV table does not say who reports: give --party MUNICIPALITY."
        case .statusWithoutID: return "The row has a status or comment, but no action ID."
        case .unknownID(let id, let plan):
            return "Unknown action ID “\(id)”: the plan \(plan) has no such action."
        case .protectedCellChanged(let found, let wanted):
            return "A protected cell was changed: “\(found)”, the plan has “\(wanted)”."
        case .notATask(let id, let party):
            return "\(id) is not a task of \(party) in the plan (protected cell changed?)."
        case .commentWithoutStatus: return "A comment without a status is left out."
        case .invalidStatus(let status, let allowed):
            return "Invalid status “\(status)” (allowed: \(allowed.joined(separator: ", ")))."
        case .conflict(let actionID, let year, let party, let sides):
            return "\(actionID) (\(year), \(party)): " + sides.joined(separator: "  ≠  ")
        case .notATaskWorkbook(let sheet):
            return
                "The workbook has no hidden sheet “\(sheet)”, so it is not a task workbook from “tiltak export”."
        case .sendTaskWorkbookHint:
            return "send the task workbook the municipality received, or a CSV table with --party"
        case .sheetMissingColumns(let sheet, let columns):
            return
                "The sheet “\(sheet)” lacks the \(Language.english.forms(.column, columns.count)) \(quoted(columns))."
        case .formulaInCell(let column):
            return "The cell in the column “\(column)” holds a formula; Tiltak reads only values typed in."
        case .typeValueHint: return "type the value into the cell instead of the formula"
        case .sheetMissing(let sheet, let found):
            return "The workbook has no sheet “\(sheet)” (found: \(found.joined(separator: ", ")))."
        case .councilWorkbookHint:
            return "import the council workbook from “tiltak export”, not a task workbook"
        case .notAWorkbook(let reason): return "The file cannot be read as an XLSX workbook: \(reason)."
        case .saveAsXLSXHint: return "save the file as an Excel workbook (.xlsx)"
        case .damagedHint:
            return "the file is damaged or made so on purpose; ask the sender for a new copy"
        case .resaveHint:
            return "open the file in Excel or LibreOffice and save it again, or ask for a new copy"
        }
    }
}
