/// The commands' messages in nynorsk.
extension CommandMessage {
    public var nn: String {
        let language = Language.nynorsk
        func count(_ number: Int, _ noun: Noun) -> String { language.count(number, noun) }
        switch self {
        case .validated(let path, let actions, let errors, let warnings):
            return
                "\(path): \(count(actions, .action)), \(count(errors, .error)), \(count(warnings, .warning))."
        case .exported(let files, let folder, let actions, let municipalities):
            let what =
                municipalities.map { "\(count(actions, .action)), \(count($0, .municipality))" }
                ?? count(actions, .action)
            return "Skreiv \(count(files, .file)) til \(Self.folder(folder)) (\(what))."
        case .exportProgress(let written, let total): return "Skriv filer: \(written) av \(total)"
        case .imported(let output, let actions, let focusAreas, let base, let newIDs, let changedIDs):
            var text = "Skreiv \(output): \(count(actions, .action)) i \(count(focusAreas, .focusArea))"
            if let base { text += " (partsregister frå \(base))" }
            if !newIDs.isEmpty { text += "; nye tiltak: \(Self.list(newIDs))" }
            if !changedIDs.isEmpty { text += "; endra: \(Self.list(changedIDs))" }
            return text + "."
        case .columnRead(let header, let field):
            return "Kolonne «\(header)» lesen som \(field.words(.nynorsk)[0])."
        case .columnsKept(let headers):
            return "Kolonnar tekne vare på som dei er: \(headers.map { "«\($0)»" }.joined(separator: ", "))."
        case .badColumnChoice(let piece):
            return
                "--columns: «\(piece)» er ikkje felt=Overskrift med eit kjent felt (t.d. focus-area=Hovudmål)."
        case .cellsNotRead(let cells):
            return "\(count(cells, .cell)) kunne ikkje tolkast fullt ut (sjå over)."
        case .statusRowsNotImported(let rows):
            let columns = "\(ColumnKey.status.nn) eller \(ColumnKey.comment.nn)"
            return rows == 1
                ? "1 rad har \(columns); ho er ikkje importert (samle dei inn som sekretariatet sine rapportar: «tiltak collect ARBEIDSBOK --plan PLAN»)."
                : "\(count(rows, .row)) har \(columns); dei er ikkje importerte (samle dei inn som sekretariatet sine rapportar: «tiltak collect ARBEIDSBOK --plan PLAN»)."
        case .dryRun(let plan): return "Prøvekøyring (--dry-run): ingenting er skrive til \(plan)."
        case .collected(let reports, let year, let files, let new, let changed, let unchanged):
            return
                "\(count(reports, .report)) for \(year) frå \(count(files, .file)): \(new) \(new == 1 ? "ny" : "nye"), \(changed) endra, \(unchanged) uendra."
        case .nothingChanged: return "Ingen endringar; ingenting er skrive."
        case .collectWrote(let plan, let backup): return "Skreiv \(plan) (førre versjon i \(backup))."
        case .replacedReport(let party, let actionID, let year, let collected, let oldStatus, let newStatus):
            return
                "Erstattar rapporten frå \(party) for \(actionID) (\(year)), innsamla \(collected): \(oldStatus) → \(newStatus)"
        case .change(let change): return change.nn
        case .changedComment(let old, let new): return ", kommentar «\(old)» → «\(new)»"
        case .revised(let output, let label, let date, let actions):
            return "Skreiv \(output): \(label) (\(date)), \(count(actions, .action))."
        case .closedActions(let ids):
            return ids.isEmpty
                ? "Ingen tiltak avslutta." : "Avslutta (fullført eller avlyst): \(Self.list(ids))."
        case .overdueActions(let ids):
            return ids.isEmpty ? "Ingen forseinka tiltak." : "Forseinka (\(ids.count)): \(Self.list(ids))."
        case .unreportedActions(let year, let ids):
            return ids.isEmpty
                ? "Alle opne tiltak har rapport for \(year)."
                : "Ikkje rapportert for \(year) (\(ids.count)): \(Self.list(ids))."
        case .diffWritten(let output, let summary, let rows):
            return "Skreiv \(output): \(summary) (\(count(rows, .row)))."
        case .finding(let actionID, let field, let text): return "\(actionID ?? "-") \(field ?? "-"): \(text)"
        case .waitingForExport(let folder):
            return "ventar på at ein annan eksport til \(folder) skal bli ferdig …"
        case .waitingForPlanFile(let path):
            return "Ventar på at ein annan tiltak-prosess skal bli ferdig med \(path) …"
        case .timing(let phase, let milliseconds): return "tid: \(phase.nn): \(milliseconds) ms"
        case .planHasErrors(let errors):
            return "Planen har \(count(errors, .error)); ingenting er skrive. Sjå tiltak validate."
        case .collectWroteNothing(let plan, let errors, let conflicts):
            return
                "Ingenting er skrive til \(plan): \(count(errors, .error)), \(count(conflicts, .conflict))."
        case .importSameFile: return "Tabellen og planfila kan ikkje vere same fil."
        case .outputNotPlanFile(let output): return "-o skal vere ei YAML-planfil (.yaml), ikkje «\(output)»."
        case .baseNotPlanFile(let base): return "--base skal vere ei YAML-planfil, ikkje «\(base)»."
        case .workbookWithoutBase(let input, let stem):
            return
                "\(input): fann inga planfil med partsregister og planopplysningar (\(stem).yaml ved sida av arbeidsboka); gje --base PLAN.yaml. Kjeldefila som arbeidsboka nemner, vert ikkje lesen."
        case .collectNeedsPlan:
            return
                "collect treng --plan PLANFIL: rapportane vert skrivne inn i planfila, så ho må nemnast (døme: tiltak collect --plan plan.yaml Ål.xlsx)."
        case .collectPlanNotPlanFile(let plan):
            return "--plan skal vere ei YAML-planfil når rapportar skal skrivast inn, ikkje «\(plan)»."
        case .collectNeedsFiles: return "Gje minst éi innsend fil (.xlsx eller .csv)."
        case .invalidYear(let year): return "--year \(year) er ikkje eit gyldig årstal."
        case .unknownReporter(let party, let municipalities):
            return "--party: ukjend part «\(party)» (kommunar i planen: \(Self.list(municipalities)))."
        case .invalidDate(let date): return "--date: «\(date)» er ikkje ein dato på forma ÅÅÅÅ-MM-DD."
        case .invalidDeadline(let date):
            return "--deadline: «\(date)» er ikkje ein dato som finst; skriv ÅÅÅÅ-MM-DD, t.d. 2024-03-01."
        case .tableNeedsParty(let table):
            return
                "\(table): ein CSV-tabell seier ikkje kven som rapporterer; gje --party KOMMUNE (til dømes --party Gol)."
        case .reviseIntoPlan(let output):
            return
                "\(output): er same fil som planen; skriv den nye revisjonen til ei anna fil, eller bruk --force."
        case .yearNotAfterRevision(let year, let current):
            return "--year: Året \(year) må vere etter revisjonsåret i planen (\(current))."
        case .xlsxNeedsOutput: return "--format xlsx treng -o FIL.xlsx."
        case .defaultPlanNotFound(let file):
            return "Fann ikkje standardplanen \(file); bruk --plan FIL eller set TILTAK_DEFAULT_PLAN."
        case .templatesNotFound:
            return "Fann ikkje malmappa Templates/; set TILTAK_TEMPLATES til mappa med malane."
        case .notAMunicipality(let name, let municipalities):
            return "«\(name)» er ikkje ein kommune (kommunane er: \(Self.list(municipalities)))."
        case .unknownFocusArea(let name, let areas):
            return "Ukjent innsatsområde «\(name)». Planen har: \(Self.list(areas))."
        case .unknownStatus(let name, let allowed):
            return "Ukjend status «\(name)». Lovlege verdiar: \(Self.list(allowed))."
        case .unknownParty(let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : " Meinte du: \(Self.list(suggestions))?"
            return "Ukjend part «\(name)» i partsregisteret.\(hint)"
        case .jobsOutOfRange(let jobs): return "--jobs må vere minst 1, ikkje \(jobs)."
        case .pdfUnavailable:
            return
                "Fann ikkje LibreOffice (soffice) på PATH, som --pdf treng; ingenting er skrive. Installer LibreOffice (Scripts/setup gjer det), eller køyr utan --pdf."
        case .pdfFailed(let file):
            return "LibreOffice kunne ikkje skrive PDF av \(file); ingenting er skrive."
        case .pdfTimedOut(let file, let seconds):
            return
                "LibreOffice vart ikkje ferdig med PDF av \(file) på \(seconds) sekund og er stoppa; ingenting er skrive. Lukk LibreOffice om det heng, eller gje meir tid med TILTAK_PDF_TIMEOUT=SEKUND."
        case .widthOutOfRange(let width): return "--width må vere mellom 60 og 200, ikkje \(width)."
        case .listYearOutOfRange(let year):
            return "--year må vere eit årstal mellom 1900 og 2199, ikkje \(year)."
        case .notAYear(let year): return "--year må vere eit årstal, ikkje \(year)."
        case .unknownReport(let name, let reports):
            return "Ukjend rapport «\(name)»; vel mellom \(Self.list(reports))."
        case .municipalityReportNeedsMunicipality: return "kommune-rapporten treng --municipality NAMN."
        }
    }
}

/// How a returned report changes the plan, in nynorsk.
extension ReportChange {
    public var nn: String {
        switch self {
        case .new: "ny"
        case .changed: "endra"
        case .unchanged: "uendra"
        }
    }
}

/// The phases of an export, in nynorsk.
extension ExportPhase {
    public var nn: String {
        switch self {
        case .reading: "lesing av planen (rader sjekka)"
        case .locking: "låsing av mappa"
        case .reports: "rapportar"
        case .writing: "arbeidsbøker og filer"
        case .committing: "validering ferdig, filene flytta på plass"
        case .readingBase: "les basisplanen"
        case .readingWorkbook: "les arbeidsboka og lag planen"
        case .writingPlan: "skriv planfila"
        case .validating: "valider"
        }
    }
}
