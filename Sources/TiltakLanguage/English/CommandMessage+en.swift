/// The commands' messages in English.
extension CommandMessage {
    public var en: String {
        let language = Language.english
        func count(_ number: Int, _ noun: Noun) -> String { language.count(number, noun) }
        switch self {
        case .validated(let path, let actions, let errors, let warnings):
            return
                "\(path): \(count(actions, .action)), \(count(errors, .error)), \(count(warnings, .warning))."
        case .exported(let files, let folder, let actions, let municipalities):
            let what =
                municipalities.map { "\(count(actions, .action)), \(count($0, .municipality))" }
                ?? count(actions, .action)
            return "Wrote \(count(files, .file)) to \(Self.folder(folder)) (\(what))."
        case .exportProgress(let written, let total): return "Writing files: \(written) of \(total)"
        case .imported(let output, let actions, let focusAreas, let base, let newIDs, let changedIDs):
            var text = "Wrote \(output): \(count(actions, .action)) in \(count(focusAreas, .focusArea))"
            if let base { text += " (party registry from \(base))" }
            if !newIDs.isEmpty { text += "; new actions: \(Self.list(newIDs))" }
            if !changedIDs.isEmpty { text += "; changed: \(Self.list(changedIDs))" }
            return text + "."
        case .columnRead(let header, let field):
            return "Column “\(header)” read as \(field.words(.english)[0])."
        case .columnsKept(let headers):
            return "Columns kept as they are: \(headers.map { "“\($0)”" }.joined(separator: ", "))."
        case .badColumnChoice(let piece):
            return "--columns: “\(piece)” is not field=Header with a known field (e.g. focus-area=Goal)."
        case .cellsNotRead(let cells):
            return "\(count(cells, .cell)) could not be read fully (see above)."
        case .statusRowsNotImported(let rows):
            let columns = "\(ColumnKey.status.en) or \(ColumnKey.comment.en)"
            return rows == 1
                ? "1 row has \(columns); it is not imported (collect them as the secretariat’s reports: “tiltak collect WORKBOOK --plan PLAN”)."
                : "\(count(rows, .row)) have \(columns); they are not imported (collect them as the secretariat’s reports: “tiltak collect WORKBOOK --plan PLAN”)."
        case .dryRun(let plan): return "Dry run (--dry-run): nothing was written to \(plan)."
        case .collected(let reports, let year, let files, let new, let changed, let unchanged):
            return
                "\(count(reports, .report)) for \(year) from \(count(files, .file)): \(new) new, \(changed) changed, \(unchanged) unchanged."
        case .nothingChanged: return "No changes; nothing was written."
        case .collectWrote(let plan, let backup): return "Wrote \(plan) (previous version in \(backup))."
        case .replacedReport(let party, let actionID, let year, let collected, let oldStatus, let newStatus):
            return
                "Replacing the report from \(party) for \(actionID) (\(year)), collected \(collected): \(oldStatus) → \(newStatus)"
        case .change(let change): return change.en
        case .changedComment(let old, let new): return ", comment “\(old)” → “\(new)”"
        case .revised(let output, let label, let date, let actions):
            return "Wrote \(output): \(label) (\(date)), \(count(actions, .action))."
        case .closedActions(let ids):
            return ids.isEmpty ? "No actions closed." : "Closed (completed or cancelled): \(Self.list(ids))."
        case .overdueActions(let ids):
            return ids.isEmpty ? "No overdue actions." : "Overdue (\(ids.count)): \(Self.list(ids))."
        case .unreportedActions(let year, let ids):
            return ids.isEmpty
                ? "Every open action has a report for \(year)."
                : "Not reported for \(year) (\(ids.count)): \(Self.list(ids))."
        case .diffWritten(let output, let summary, let rows):
            return "Wrote \(output): \(summary) (\(count(rows, .row)))."
        case .finding(let actionID, let field, let text): return "\(actionID ?? "-") \(field ?? "-"): \(text)"
        case .waitingForExport(let folder): return "waiting for another export to \(folder) to finish …"
        case .waitingForPlanFile(let path):
            return "Waiting for another tiltak process to finish with \(path) …"
        case .timing(let phase, let milliseconds): return "time: \(phase.en): \(milliseconds) ms"
        case .planHasErrors(let errors):
            return "The plan has \(count(errors, .error)); nothing was written. See tiltak validate."
        case .collectWroteNothing(let plan, let errors, let conflicts):
            return "Nothing was written to \(plan): \(count(errors, .error)), \(count(conflicts, .conflict))."
        case .importSameFile: return "The table and the plan file cannot be the same file."
        case .outputNotPlanFile(let output): return "-o must be a YAML plan file (.yaml), not “\(output)”."
        case .baseNotPlanFile(let base): return "--base must be a YAML plan file, not “\(base)”."
        case .workbookWithoutBase(let input, let stem):
            return
                "\(input): found no plan file with the party registry and plan details (\(stem).yaml beside the workbook); give --base PLAN.yaml. The source file the workbook names is not read."
        case .collectNeedsPlan:
            return
                "collect needs --plan PLANFILE: the reports are written into the plan file, so it must be named (example: tiltak collect --plan plan.yaml Ål.xlsx)."
        case .collectPlanNotPlanFile(let plan):
            return "--plan must be a YAML plan file when reports are to be written into it, not “\(plan)”."
        case .collectNeedsFiles: return "Give at least one returned file (.xlsx or .csv)."
        case .invalidYear(let year): return "--year \(year) is not a valid year."
        case .unknownReporter(let party, let municipalities):
            return
                "--party: unknown party “\(party)” (municipalities in the plan: \(Self.list(municipalities)))."
        case .invalidDate(let date): return "--date: “\(date)” is not a date of the form YYYY-MM-DD."
        case .invalidDeadline(let date):
            return "--deadline: “\(date)” is not a date that exists; write YYYY-MM-DD, e.g. 2024-03-01."
        case .tableNeedsParty(let table):
            return
                "\(table): a CSV table does not say who reports; give --party MUNICIPALITY (for example --party Gol)."
        case .reviseIntoPlan(let output):
            return
                "\(output): is the plan's own file; write the new revision to another file, or use --force."
        case .yearNotAfterRevision(let year, let current):
            return "--year: The year \(year) must be after the plan's revision year (\(current))."
        case .xlsxNeedsOutput: return "--format xlsx needs -o FILE.xlsx."
        case .defaultPlanNotFound(let file):
            return "Did not find the default plan \(file); use --plan FILE or set TILTAK_DEFAULT_PLAN."
        case .templatesNotFound:
            return
                "Did not find the templates folder Templates/; set TILTAK_TEMPLATES to the folder of the templates."
        case .notAMunicipality(let name, let municipalities):
            return "“\(name)” is not a municipality (the municipalities are: \(Self.list(municipalities)))."
        case .unknownFocusArea(let name, let areas):
            return "Unknown focus area “\(name)”. The plan has: \(Self.list(areas))."
        case .unknownStatus(let name, let allowed):
            return "Unknown status “\(name)”. Allowed values: \(Self.list(allowed))."
        case .unknownParty(let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : " Did you mean: \(Self.list(suggestions))?"
            return "Unknown party “\(name)” in the party registry.\(hint)"
        case .jobsOutOfRange(let jobs): return "--jobs must be at least 1, not \(jobs)."
        case .pdfUnavailable:
            return
                "LibreOffice (soffice), which --pdf needs, is not on PATH; nothing was written. Install LibreOffice (Scripts/setup does), or run without --pdf."
        case .pdfFailed(let file):
            return "LibreOffice could not write the PDF of \(file); nothing was written."
        case .pdfTimedOut(let file, let seconds):
            return
                "LibreOffice did not finish the PDF of \(file) in \(seconds) seconds and was stopped; nothing was written. Close LibreOffice if it hangs, or allow more time with TILTAK_PDF_TIMEOUT=SECONDS."
        case .widthOutOfRange(let width): return "--width must be between 60 and 200, not \(width)."
        case .listYearOutOfRange(let year): return "--year must be a year between 1900 and 2199, not \(year)."
        case .notAYear(let year): return "--year must be a year, not \(year)."
        case .unknownReport(let name, let reports):
            return "Unknown report “\(name)”; choose between \(Self.list(reports))."
        case .municipalityReportNeedsMunicipality: return "the kommune report needs --municipality NAME."
        }
    }
}

/// How a returned report changes the plan, in English.
extension ReportChange {
    public var en: String {
        switch self {
        case .new: "new"
        case .changed: "changed"
        case .unchanged: "unchanged"
        }
    }
}

/// The phases of an export, in English.
extension ExportPhase {
    public var en: String {
        switch self {
        case .reading: "reading the plan (rows checked)"
        case .locking: "locking the folder"
        case .reports: "reports"
        case .writing: "workbooks and files"
        case .committing: "validation finished, files moved into place"
        case .readingBase: "reading the base plan"
        case .readingWorkbook: "reading the workbook and making the plan"
        case .writingPlan: "writing the plan file"
        case .validating: "validating"
        }
    }
}
