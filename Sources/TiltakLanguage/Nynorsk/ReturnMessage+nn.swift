/// Messages about returned files in nynorsk.
extension ReturnMessage {
    public var nn: String {
        func quoted(_ items: [String]) -> String { items.map { "«\($0)»" }.joined(separator: ", ") }
        switch self {
        case .workbookRow(let file, let sheet, let row): return "\(file): \(sheet) rad \(row)"
        case .fileForOtherPlan(let filePlan, let plan):
            return "Fila er laga for planen «\(filePlan)», ikkje for «\(plan)»."
        case .fileForOtherRevision(let fileRevision, let planRevision, let label, let earlier):
            let known = earlier.isEmpty ? "" : "; tidlegare revisjonar: \(earlier.joined(separator: ", "))"
            return
                "Fila er laga for revisjonen \(fileRevision), men planen er revisjonen \(planRevision) (\(label))\(known). Samle fila inn i planfila for revisjonen \(fileRevision), eller send ut oppgåvebøker for \(planRevision) (tiltak export) og samle dei."
        case .municipalityNotRegistered(let code, let name):
            return "Kommunen «\(code)» (\(name)) er ikkje i partsregisteret."
        case .fileFromOtherParty(let name, let code, let party):
            return "Fila er frå \(name) (\(code)), men --party seier \(party)."
        case .tableWithoutParty:
            return "Ein CSV-tabell seier ikkje kven som rapporterer: gje --party KOMMUNE."
        case .statusWithoutID: return "Rada har status eller kommentar, men ingen tiltak-ID."
        case .unknownID(let id, let plan):
            return "Ukjend tiltak-ID «\(id)»: planen \(plan) har ikkje dette tiltaket."
        case .protectedCellChanged(let found, let wanted):
            return "Verna celle er endra: «\(found)», planen har «\(wanted)»."
        case .notATask(let id, let party):
            return "\(id) er ikkje ei oppgåve for \(party) i planen (verna celle endra?)."
        case .commentWithoutStatus: return "Kommentar utan status vert ikkje teken med."
        case .invalidStatus(let status, let allowed):
            return "Ugyldig status «\(status)» (lovlege: \(allowed.joined(separator: ", ")))."
        case .conflict(let actionID, let year, let party, let sides):
            return "\(actionID) (\(year), \(party)): " + sides.joined(separator: "  ≠  ")
        case .notATaskWorkbook(let sheet):
            return
                "Arbeidsboka har ikkje det gøymde arket «\(sheet)», så ho er ikkje ei oppgåvebok frå «tiltak export»."
        case .sendTaskWorkbookHint:
            return "send inn oppgåveboka kommunen fekk, eller ein CSV-tabell med --party"
        case .sheetMissingColumns(let sheet, let columns):
            return "Arket «\(sheet)» manglar kolonne \(quoted(columns))."
        case .formulaInCell(let column):
            return
                "Cella i kolonna «\(column)» inneheld ein formel; Tiltak les berre verdiar som er skrivne inn."
        case .typeValueHint: return "skriv inn verdien i cella i staden for formelen"
        case .sheetMissing(let sheet, let found):
            return "Arbeidsboka har ikkje arket «\(sheet)» (fann: \(found.joined(separator: ", ")))."
        case .councilWorkbookHint: return "importer rådsarbeidsboka frå «tiltak export», ikkje ei oppgåvebok"
        case .notAWorkbook(let reason): return "Fila kan ikkje lesast som XLSX-arbeidsbok: \(reason)."
        case .saveAsXLSXHint: return "lagre fila som Excel-arbeidsbok (.xlsx)"
        case .damagedHint:
            return "fila er skadd eller laga med vilje slik; be om ein ny kopi frå den som sende ho"
        case .resaveHint:
            return "opne fila i Excel eller LibreOffice og lagre ho på nytt, eller be om ein ny kopi"
        }
    }
}
