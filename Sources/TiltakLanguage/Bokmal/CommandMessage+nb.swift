/// The commands' messages in bokmål.
extension CommandMessage {
    public var nb: String {
        let language = Language.bokmal
        func count(_ number: Int, _ noun: Noun) -> String { language.count(number, noun) }
        switch self {
        case .validated(let path, let actions, let errors, let warnings):
            return
                "\(path): \(count(actions, .action)), \(count(errors, .error)), \(count(warnings, .warning))."
        case .exported(let files, let folder, let actions, let municipalities):
            let what =
                municipalities.map { "\(count(actions, .action)), \(count($0, .municipality))" }
                ?? count(actions, .action)
            return "Skrev \(count(files, .file)) til \(Self.folder(folder)) (\(what))."
        case .exportProgress(let written, let total): return "Skriver filer: \(written) av \(total)"
        case .imported(let output, let actions, let focusAreas, let base, let newIDs, let changedIDs):
            var text = "Skrev \(output): \(count(actions, .action)) i \(count(focusAreas, .focusArea))"
            if let base { text += " (partsregister fra \(base))" }
            if !newIDs.isEmpty { text += "; nye tiltak: \(Self.list(newIDs))" }
            if !changedIDs.isEmpty { text += "; endret: \(Self.list(changedIDs))" }
            return text + "."
        case .columnRead(let header, let field):
            return "Kolonne «\(header)» lest som \(field.words(.bokmal)[0])."
        case .columnsKept(let headers):
            return "Kolonner tatt vare på som de er: \(headers.map { "«\($0)»" }.joined(separator: ", "))."
        case .badColumnChoice(let piece):
            return
                "--columns: «\(piece)» er ikke felt=Overskrift med et kjent felt (f.eks. focus-area=Hovedmål)."
        case .cellsNotRead(let cells):
            return "\(count(cells, .cell)) kunne ikke tolkes fullt ut (se over)."
        case .statusRowsNotImported(let rows):
            let columns = "\(ColumnKey.status.nb) eller \(ColumnKey.comment.nb)"
            return rows == 1
                ? "1 rad har \(columns); den er ikke importert (samle dem inn som sekretariatets rapporter: «tiltak collect ARBEIDSBOK --plan PLAN»)."
                : "\(count(rows, .row)) har \(columns); de er ikke importert (samle dem inn som sekretariatets rapporter: «tiltak collect ARBEIDSBOK --plan PLAN»)."
        case .dryRun(let plan): return "Prøvekjøring (--dry-run): ingenting er skrevet til \(plan)."
        case .collected(let reports, let year, let files, let new, let changed, let unchanged):
            return
                "\(count(reports, .report)) for \(year) fra \(count(files, .file)): \(new) \(new == 1 ? "ny" : "nye"), \(changed) endret, \(unchanged) uendret."
        case .nothingChanged: return "Ingen endringer; ingenting er skrevet."
        case .collectWrote(let plan, let backup): return "Skrev \(plan) (forrige versjon i \(backup))."
        case .replacedReport(let party, let actionID, let year, let collected, let oldStatus, let newStatus):
            return
                "Erstatter rapporten fra \(party) for \(actionID) (\(year)), innsamlet \(collected): \(oldStatus) → \(newStatus)"
        case .change(let change): return change.nb
        case .changedComment(let old, let new): return ", kommentar «\(old)» → «\(new)»"
        case .revised(let output, let label, let date, let actions):
            return "Skrev \(output): \(label) (\(date)), \(count(actions, .action))."
        case .closedActions(let ids):
            return ids.isEmpty
                ? "Ingen tiltak avsluttet." : "Avsluttet (fullført eller avlyst): \(Self.list(ids))."
        case .overdueActions(let ids):
            return ids.isEmpty ? "Ingen forsinkede tiltak." : "Forsinket (\(ids.count)): \(Self.list(ids))."
        case .unreportedActions(let year, let ids):
            return ids.isEmpty
                ? "Alle åpne tiltak har rapport for \(year)."
                : "Ikke rapportert for \(year) (\(ids.count)): \(Self.list(ids))."
        case .diffWritten(let output, let summary, let rows):
            return "Skrev \(output): \(summary) (\(count(rows, .row)))."
        case .finding(let actionID, let field, let text): return "\(actionID ?? "-") \(field ?? "-"): \(text)"
        case .waitingForExport(let folder):
            return "venter på at en annen eksport til \(folder) skal bli ferdig …"
        case .waitingForPlanFile(let path):
            return "Venter på at en annen tiltak-prosess skal bli ferdig med \(path) …"
        case .timing(let phase, let milliseconds): return "tid: \(phase.nb): \(milliseconds) ms"
        case .planHasErrors(let errors):
            return "Planen har \(count(errors, .error)); ingenting er skrevet. Se tiltak validate."
        case .collectWroteNothing(let plan, let errors, let conflicts):
            return
                "Ingenting er skrevet til \(plan): \(count(errors, .error)), \(count(conflicts, .conflict))."
        case .importSameFile: return "Tabellen og planfilen kan ikke være samme fil."
        case .outputNotPlanFile(let output): return "-o skal være en YAML-planfil (.yaml), ikke «\(output)»."
        case .baseNotPlanFile(let base): return "--base skal være en YAML-planfil, ikke «\(base)»."
        case .workbookWithoutBase(let input, let stem):
            return
                "\(input): fant ingen planfil med partsregister og planopplysninger (\(stem).yaml ved siden av arbeidsboken); gi --base PLAN.yaml. Kildefilen som arbeidsboken nevner, blir ikke lest."
        case .collectNeedsPlan:
            return
                "collect trenger --plan PLANFIL: rapportene blir skrevet inn i planfilen, så den må nevnes (eksempel: tiltak collect --plan plan.yaml Ål.xlsx)."
        case .collectPlanNotPlanFile(let plan):
            return "--plan skal være en YAML-planfil når rapporter skal skrives inn, ikke «\(plan)»."
        case .collectNeedsFiles: return "Gi minst én innsendt fil (.xlsx eller .csv)."
        case .invalidYear(let year): return "--year \(year) er ikke et gyldig årstall."
        case .unknownReporter(let party, let municipalities):
            return "--party: ukjent part «\(party)» (kommuner i planen: \(Self.list(municipalities)))."
        case .invalidDate(let date): return "--date: «\(date)» er ikke en dato på formen ÅÅÅÅ-MM-DD."
        case .invalidDeadline(let date):
            return "--deadline: «\(date)» er ikke en dato som finnes; skriv ÅÅÅÅ-MM-DD, f.eks. 2024-03-01."
        case .tableNeedsParty(let table):
            return
                "\(table): en CSV-tabell sier ikke hvem som rapporterer; gi --party KOMMUNE (for eksempel --party Gol)."
        case .reviseIntoPlan(let output):
            return
                "\(output): er samme fil som planen; skriv den nye revisjonen til en annen fil, eller bruk --force."
        case .yearNotAfterRevision(let year, let current):
            return "--year: Året \(year) må være etter revisjonsåret i planen (\(current))."
        case .xlsxNeedsOutput: return "--format xlsx trenger -o FIL.xlsx."
        case .defaultPlanNotFound(let file):
            return "Fant ikke standardplanen \(file); bruk --plan FIL eller sett TILTAK_DEFAULT_PLAN."
        case .templatesNotFound:
            return "Fant ikke malmappen Templates/; sett TILTAK_TEMPLATES til mappen med malene."
        case .notAMunicipality(let name, let municipalities):
            return "«\(name)» er ikke en kommune (kommunene er: \(Self.list(municipalities)))."
        case .unknownFocusArea(let name, let areas):
            return "Ukjent innsatsområde «\(name)». Planen har: \(Self.list(areas))."
        case .unknownStatus(let name, let allowed):
            return "Ukjent status «\(name)». Gyldige verdier: \(Self.list(allowed))."
        case .unknownParty(let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : " Mente du: \(Self.list(suggestions))?"
            return "Ukjent part «\(name)» i partsregisteret.\(hint)"
        case .jobsOutOfRange(let jobs): return "--jobs må være minst 1, ikke \(jobs)."
        case .pdfUnavailable:
            return
                "Fant ikke LibreOffice (soffice) på PATH, som --pdf trenger; ingenting er skrevet. Installer LibreOffice (Scripts/setup gjør det), eller kjør uten --pdf."
        case .pdfFailed(let file):
            return "LibreOffice kunne ikke skrive PDF av \(file); ingenting er skrevet."
        case .pdfTimedOut(let file, let seconds):
            return
                "LibreOffice ble ikke ferdig med PDF av \(file) på \(seconds) sekunder og er stoppet; ingenting er skrevet. Lukk LibreOffice om det henger, eller gi mer tid med TILTAK_PDF_TIMEOUT=SEKUNDER."
        case .widthOutOfRange(let width): return "--width må være mellom 60 og 200, ikke \(width)."
        case .listYearOutOfRange(let year):
            return "--year må være et årstall mellom 1900 og 2199, ikke \(year)."
        case .notAYear(let year): return "--year må være et årstall, ikke \(year)."
        case .unknownReport(let name, let reports):
            return "Ukjent rapport «\(name)»; velg mellom \(Self.list(reports))."
        case .municipalityReportNeedsMunicipality: return "kommune-rapporten trenger --municipality NAVN."
        }
    }
}

/// How a returned report changes the plan, in bokmål.
extension ReportChange {
    public var nb: String {
        switch self {
        case .new: "ny"
        case .changed: "endret"
        case .unchanged: "uendret"
        }
    }
}

/// The phases of an export, in bokmål.
extension ExportPhase {
    public var nb: String {
        switch self {
        case .reading: "lesing av planen (rader sjekket)"
        case .locking: "låsing av mappen"
        case .reports: "rapporter"
        case .writing: "arbeidsbøker og filer"
        case .committing: "validering ferdig, filene flyttet på plass"
        case .readingBase: "leser basisplanen"
        case .readingWorkbook: "leser arbeidsboken og lager planen"
        case .writingPlan: "skriver planfilen"
        case .validating: "validerer"
        }
    }
}
