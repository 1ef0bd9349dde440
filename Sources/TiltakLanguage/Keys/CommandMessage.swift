/// What the commands say on the terminal: results, notices and usage errors of `validate`,
/// `import`, `export`, `collect`, `revise`, `diff`, `list` and `report`, as keys; their text in the
/// language of messages comes from the catalogue.
public enum CommandMessage: Phrase, Hashable {
    // MARK: Results

    /// `validate`'s last line: the plan file, its actions, errors and warnings.
    case validated(path: String, actions: Int, errors: Int, warnings: Int)
    /// `export` wrote its files into `folder` (as the user gave it): the files, actions and, unless
    /// only the council workbook was written (`nil`), the municipalities.
    case exported(files: Int, folder: String, actions: Int, municipalities: Int?)
    /// `export`'s progress on a terminal: the files written of all it writes.
    case exportProgress(written: Int, total: Int)
    /// `import` wrote the plan file: actions and focus areas, the plan the party registry came from,
    /// and for a workbook the ids of new and changed actions.
    case imported(
        output: String, actions: Int, focusAreas: Int, base: String?, newIDs: [String], changedIDs: [String])
    /// Cells of an imported table that could not be read fully (listed above).
    case cellsNotRead(Int)
    /// Which column of a table the import read a field from (`Satsingsområde → Innsatsområde`).
    case columnRead(header: String, field: FieldHeaderWords)
    /// Columns the import kept as they are, under their headers.
    case columnsKept([String])
    /// A `--columns` piece that names no field or no header.
    case badColumnChoice(String)
    /// Rows of an imported workbook with a status or comment, which import does not read.
    case statusRowsNotImported(Int)
    /// `collect --dry-run`: nothing was written to the plan file.
    case dryRun(plan: String)
    /// `collect`'s summary: reports for the year from the files, how many new, changed, unchanged.
    case collected(reports: Int, year: Int, files: Int, new: Int, changed: Int, unchanged: Int)
    /// `collect` found nothing new: nothing was written.
    case nothingChanged
    /// `collect` wrote the plan file, keeping the previous one as `backup`.
    case collectWrote(plan: String, backup: String)
    /// `collect` replaced an earlier report of `party` for an action and year, collected on `date`.
    case replacedReport(
        party: String, actionID: String, year: Int, collected: String, oldStatus: String, newStatus: String)
    /// How a returned report changes the plan, as the first word of its line.
    case change(ReportChange)
    /// A changed comment in a report's line.
    case changedComment(old: String, new: String)
    /// `revise` wrote the new revision.
    case revised(output: String, label: String, date: String, actions: Int)
    /// The actions `revise` closed, by id (none: empty).
    case closedActions([String])
    /// The overdue actions `revise` found, by id (none: empty).
    case overdueActions([String])
    /// The open actions `revise` found without a report for the previous revision year, by id
    /// (none: empty): not reported, which is not overdue.
    case unreportedActions(year: Int, ids: [String])
    /// `diff --format xlsx` wrote the workbook: the diff's summary and its rows.
    case diffWritten(output: String, summary: String, rows: Int)
    /// An action's finding as `import` prints it: `ID field: message` (`-` for none).
    case finding(actionID: String?, field: String?, text: String)
    /// Another export writes into the same folder; this one waits.
    case waitingForExport(folder: String)
    /// Another process writes the plan file; this one waits.
    case waitingForPlanFile(path: String)
    /// A phase of an export and how long it took (`TILTAK_TIMINGS`).
    case timing(ExportPhase, milliseconds: Int)

    // MARK: Errors

    /// The plan has validation errors; the export wrote nothing.
    case planHasErrors(Int)
    /// Collect wrote nothing to the plan file: its errors and conflicts.
    case collectWroteNothing(plan: String, errors: Int, conflicts: Int)
    /// `import`'s table and plan file are the same file.
    case importSameFile
    /// `-o` of `import` is not a YAML plan file.
    case outputNotPlanFile(String)
    /// `--base` is not a YAML plan file.
    case baseNotPlanFile(String)
    /// A workbook to import has no plan file beside it (`stem.yaml`) and no `--base`.
    case workbookWithoutBase(input: String, stem: String)
    /// `collect` without `--plan`.
    case collectNeedsPlan
    /// `collect --plan` is not a YAML plan file.
    case collectPlanNotPlanFile(String)
    /// `collect` without files.
    case collectNeedsFiles
    /// `collect --year` out of range.
    case invalidYear(Int)
    /// `collect --party` names no party of the plan (its municipalities listed).
    case unknownReporter(party: String, municipalities: [String])
    /// `collect --date` is not a date.
    case invalidDate(String)
    /// `export --deadline` is not a date that exists.
    case invalidDeadline(String)
    /// A CSV table to collect, without `--party`.
    case tableNeedsParty(String)
    /// `revise -o` is the plan file itself, without `--force`.
    case reviseIntoPlan(String)
    /// `revise --year` is not after the plan's revision year.
    case yearNotAfterRevision(year: Int, current: Int)
    /// `diff --format xlsx` without `-o`.
    case xlsxNeedsOutput
    /// No plan given and the default plan not found.
    case defaultPlanNotFound(String)
    /// The templates folder was not found.
    case templatesNotFound
    /// `--municipality` names a party that is not a municipality.
    case notAMunicipality(name: String, municipalities: [String])
    /// A focus area the plan does not have (its areas listed as `NK (Næringsliv …)`).
    case unknownFocusArea(name: String, areas: [String])
    /// A status word that is not a status (the allowed ones listed).
    case unknownStatus(name: String, allowed: [String])
    /// A party name that is not in the registry, with names that start alike.
    case unknownParty(name: String, suggestions: [String])
    /// `--width` out of range.
    case widthOutOfRange(Int)
    /// `export --jobs` below 1.
    case jobsOutOfRange(Int)
    /// `--pdf` without LibreOffice on PATH.
    case pdfUnavailable
    /// LibreOffice could not make a workbook's PDF.
    case pdfFailed(file: String)
    /// LibreOffice did not finish the PDFs of a folder within the time allowed.
    case pdfTimedOut(file: String, seconds: Int)
    /// `--year` of `list` out of range.
    case listYearOutOfRange(Int)
    /// `--year` of `report` or `revise` is not a year.
    case notAYear(Int)
    /// A report name that is not a report (the reports listed).
    case unknownReport(name: String, reports: [String])
    /// The municipality report without `--municipality`.
    case municipalityReportNeedsMunicipality
}

/// How a returned report changes the plan: a new report, a changed one, or the same as before.
public enum ReportChange: String, Phrase, Hashable, CaseIterable {
    case new
    case changed
    case unchanged
}

/// A phase of `tiltak export` or `tiltak import`, as `TILTAK_TIMINGS` names it.
public enum ExportPhase: Phrase, Hashable, CaseIterable {
    /// Reading the plan (its rows checked).
    case reading
    /// Locking the output folder.
    case locking
    /// Rendering the text reports.
    case reports
    /// Writing the workbooks and files.
    case writing
    /// Validation finished, the files moved into place.
    case committing
    /// Reading the base plan (`import`).
    case readingBase
    /// Reading the workbook and making the plan (`import`).
    case readingWorkbook
    /// Writing the plan file (`import`).
    case writingPlan
    /// Validating the new plan (`import`).
    case validating
}

extension CommandMessage {
    /// A folder as the user gave it, with one `/` at the end: `ut/` for `ut` and for `ut/`.
    static func folder(_ path: String) -> String {
        path.hasSuffix("/") ? path : path + "/"
    }

    /// Ids or names in a list: `a, b, c`.
    static func list(_ items: [String]) -> String {
        items.joined(separator: ", ")
    }
}
