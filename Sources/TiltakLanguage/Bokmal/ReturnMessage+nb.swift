/// Messages about returned files in bokmål.
extension ReturnMessage {
    public var nb: String {
        func quoted(_ items: [String]) -> String { items.map { "«\($0)»" }.joined(separator: ", ") }
        switch self {
        case .workbookRow(let file, let sheet, let row): return "\(file): \(sheet) rad \(row)"
        case .fileForOtherPlan(let filePlan, let plan):
            return "Filen er laget for planen «\(filePlan)», ikke for «\(plan)»."
        case .fileForOtherRevision(let fileRevision, let planRevision, let label, let earlier):
            let known = earlier.isEmpty ? "" : "; tidligere revisjoner: \(earlier.joined(separator: ", "))"
            return
                "Filen er laget for revisjonen \(fileRevision), men planen er revisjonen \(planRevision) (\(label))\(known). Samle filen inn i planfilen for revisjonen \(fileRevision), eller send ut oppgavebøker for \(planRevision) (tiltak export) og samle dem."
        case .municipalityNotRegistered(let code, let name):
            return "Kommunen «\(code)» (\(name)) er ikke i partsregisteret."
        case .fileFromOtherParty(let name, let code, let party):
            return "Filen er fra \(name) (\(code)), men --party sier \(party)."
        case .tableWithoutParty: return "En CSV-tabell sier ikke hvem som rapporterer: gi --party KOMMUNE."
        case .statusWithoutID: return "Raden har status eller kommentar, men ingen tiltaks-ID."
        case .unknownID(let id, let plan):
            return "Ukjent tiltaks-ID «\(id)»: planen \(plan) har ikke dette tiltaket."
        case .protectedCellChanged(let found, let wanted):
            return "Beskyttet celle er endret: «\(found)», planen har «\(wanted)»."
        case .notATask(let id, let party):
            return "\(id) er ikke en oppgave for \(party) i planen (beskyttet celle endret?)."
        case .commentWithoutStatus: return "Kommentar uten status blir ikke tatt med."
        case .invalidStatus(let status, let allowed):
            return "Ugyldig status «\(status)» (gyldige: \(allowed.joined(separator: ", ")))."
        case .conflict(let actionID, let year, let party, let sides):
            return "\(actionID) (\(year), \(party)): " + sides.joined(separator: "  ≠  ")
        case .notATaskWorkbook(let sheet):
            return
                "Arbeidsboken har ikke det skjulte arket «\(sheet)», så den er ikke en oppgavebok fra «tiltak export»."
        case .sendTaskWorkbookHint:
            return "send inn oppgaveboken kommunen fikk, eller en CSV-tabell med --party"
        case .sheetMissingColumns(let sheet, let columns):
            return "Arket «\(sheet)» mangler kolonne \(quoted(columns))."
        case .formulaInCell(let column):
            return
                "Cellen i kolonnen «\(column)» inneholder en formel; Tiltak leser bare verdier som er skrevet inn."
        case .typeValueHint: return "skriv inn verdien i cellen i stedet for formelen"
        case .sheetMissing(let sheet, let found):
            return "Arbeidsboken har ikke arket «\(sheet)» (fant: \(found.joined(separator: ", ")))."
        case .councilWorkbookHint: return "importer rådsarbeidsboken fra «tiltak export», ikke en oppgavebok"
        case .notAWorkbook(let reason): return "Filen kan ikke leses som XLSX-arbeidsbok: \(reason)."
        case .saveAsXLSXHint: return "lagre filen som Excel-arbeidsbok (.xlsx)"
        case .damagedHint:
            return "filen er skadet eller laget slik med vilje; be om en ny kopi fra den som sendte den"
        case .resaveHint:
            return "åpne filen i Excel eller LibreOffice og lagre den på nytt, eller be om en ny kopi"
        }
    }
}
