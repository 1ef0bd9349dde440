import Foundation
import TiltakLanguage
import TiltakModel
import TiltakPlanFiles
import TiltakReturns
import TiltakRuntime

/// `tiltak collect`: files status reports from returned task workbooks, CSV tables and council
/// workbooks in the status ledger beside a plan file (``StatusLedger``).
///
/// The rules: every file is read and every problem reported before anything is written; a file
/// made for another plan or for a revision the plan does not know, a changed protected cell, an
/// unknown id, an invalid status or two differing reports from one party for one action and year
/// stop the collect (the rules themselves are in `StatusCollector`). A task workbook of an earlier
/// revision (returned late) is filed under `--year` or else its revision's year. A later report from
/// the same party for the same action and year replaces the earlier one. The plan file is never
/// written; the previous ledger is kept as a dated backup (``DatedBackup``); a collect that changes no
/// report writes nothing. The plan file is locked (``PlanFileLock``) from reading to writing, so a
/// second collect into it waits and then reads the ledger the first one wrote.
public enum CollectOperation {
    /// What to collect, into which plan.
    public struct Options: Sendable {
        /// The returned files: task workbooks (`.xlsx`) or `ID;Status;Kommentar` tables.
        public var files: [String]
        /// The plan file (YAML) the reports go into; required.
        public var plan: String?
        /// The year reported for; the plan's status year when `nil`.
        public var year: Int?
        /// Who reports in the tables: a party's name, alias or code.
        public var party: String?
        /// The collection date `ÅÅÅÅ-MM-DD`; today when `nil`.
        public var date: String?
        /// Show what would change without writing.
        public var dryRun: Bool
        /// Gets the message to print when the collect waits for another process writing the plan.
        public var waiting: @Sendable (String) -> Void
        /// The language of the result's lines and summary.
        public var language: Language

        /// Creates options.
        public init(
            files: [String], plan: String?, year: Int? = nil, party: String? = nil, date: String? = nil,
            dryRun: Bool = false, waiting: @escaping @Sendable (String) -> Void = { _ in },
            language: Language = .messages
        ) {
            self.files = files
            self.plan = plan
            self.year = year
            self.party = party
            self.date = date
            self.dryRun = dryRun
            self.waiting = waiting
            self.language = language
        }
    }

    /// What was collected and written.
    public struct Result: Sendable {
        /// Notes that did not stop the collect (a comment without a status).
        public var notes: [Diagnostic]
        /// One line per report: new, changed or unchanged, with where it came from.
        public var lines: [String]
        /// One line per earlier report that a new one replaced.
        public var replaced: [String]
        /// `N rapportar for ÅR frå N filer: …`.
        public var summary: String
        /// Whether nothing was written (`--dry-run`).
        public var dryRun: Bool
        /// Whether the ledger (and its backup) was written: not for `--dry-run`, nor when every
        /// report was already in the plan as it is.
        public var written: Bool
        /// The plan file.
        public var planPath: String
        /// The status ledger the reports go to.
        public var ledgerPath: String
        /// The dated copy of the previous ledger, when there was one and it was replaced.
        public var backupPath: String?
        /// Notes on workbooks of earlier revisions: which year their reports are filed under.
        public var lateReturns: [String] = []
        /// `Skreiv N rapportar til …; planfila er ikkje endra.`, when written.
        public var wrote: String?
    }

    /// Collects the files of `options` into the plan.
    ///
    /// - Throws: ``UsageError`` for missing or wrong options and unreadable files; `PlanFileError`
    ///   for a plan that cannot be read; ``DataError`` with every problem and conflict when the
    ///   reports cannot be merged (nothing is written); `OutputError` when the plan cannot be written.
    public static func run(_ options: Options) throws -> Result {
        guard let planPath = options.plan else {
            throw UsageError(CommandMessage.collectNeedsPlan)
        }
        if PlanLoader.isTable(planPath) {
            throw UsageError(CommandMessage.collectPlanNotPlanFile(planPath))
        }
        guard !options.files.isEmpty else {
            throw UsageError(CommandMessage.collectNeedsFiles)
        }
        // Read under the lock: a collect that waited works on the plan the one before it wrote.
        let lock = options.dryRun ? nil : try PlanFileLock.acquire(planPath, waiting: options.waiting)
        defer { lock?.release() }
        let loaded = try PlanLoader.load(path: planPath)
        var target = loaded.plan
        let reportYear = options.year ?? target.statusYear
        guard (1900...2199).contains(reportYear) else {
            throw UsageError(CommandMessage.invalidYear(reportYear))
        }
        var partyCode: String?
        if let party = options.party {
            guard let found = target.registry.resolve(party) else {
                let names = target.registry.municipalities.map(\.name)
                throw UsageError(CommandMessage.unknownReporter(party: party, municipalities: names))
            }
            partyCode = found.code
        }
        let collected: CalendarDate
        if let date = options.date {
            guard let parsed = CalendarDate(iso: date) else {
                throw UsageError(CommandMessage.invalidDate(date))
            }
            collected = parsed
        } else {
            collected = today()
        }
        if partyCode == nil, let table = options.files.first(where: { !ReturnedWorkbook.isWorkbook($0) }) {
            throw UsageError(CommandMessage.tableNeedsParty(table))
        }

        var returned = try read(options.files)
        var fileYear = reportYear
        var yearGiven = options.year != nil
        if returned.contains(where: { $0.council != nil }) {
            let settled = try settleCouncil(returned, in: target, party: partyCode, year: options.year)
            partyCode = settled.party
            fileYear = settled.year
            yearGiven = true
            returned = settled.files
        }
        let result = StatusCollector.collect(
            returned.map(\.file), into: target, year: fileYear, party: partyCode, date: collected,
            yearGiven: yearGiven)
        let notes = result.notes.map { Diagnostic(.note, clean($0.text)) }
        if !result.canWrite {
            throw DataError(
                diagnostics: notes
                    + result.problems.map { Diagnostic(.error, clean($0.text)) }
                    + result.conflicts.map { Diagnostic(.conflict, clean($0.text)) }
                    + [
                        Diagnostic(
                            .error,
                            CommandMessage.collectWroteNothing(
                                plan: planPath, errors: result.problems.count,
                                conflicts: result.conflicts.count))
                    ])
        }

        var counts: [StatusCollector.Change: Int] = [:]
        var lines: [String] = []
        let current = target.latestReports()
        for item in result.reports {
            let report = item.report
            let (change, old) = StatusCollector.change(of: report, in: current)
            counts[change, default: 0] += 1
            lines.append(
                TerminalText.clean(
                    line(report, change: change, old: old, in: target, language: options.language) + "  ("
                        + item.origin.text(options.language) + ")"))
        }
        let years = Set(result.reports.map(\.report.year))
        let summary = CommandMessage.collected(
            reports: result.reports.count, year: years.count == 1 ? years.first ?? fileYear : fileYear,
            files: returned.count, new: counts[.new] ?? 0,
            changed: counts[.changed] ?? 0, unchanged: counts[.unchanged] ?? 0
        ).text(options.language)
        let late = lateReturns(returned.map(\.file), result: result, plan: target, language: options.language)
        let ledgerPath = StatusLedger.path(for: planPath)
        if options.dryRun || (counts[.new] ?? 0) + (counts[.changed] ?? 0) == 0 {
            return Result(
                notes: notes, lines: lines, replaced: [], summary: summary, dryRun: options.dryRun,
                written: false, planPath: planPath, ledgerPath: ledgerPath, backupPath: nil, lateReturns: late
            )
        }
        let replacedReports = target.merge(result.reports.map(\.report))
        let merged = replacedReports.isEmpty ? [:] : target.latestReports()
        let replaced = replacedReports.map { old in
            let name = target.registry.party(code: old.party)?.name ?? old.party
            let new = merged[old.key]
            return TerminalText.clean(
                CommandMessage.replacedReport(
                    party: name, actionID: old.actionID.rawValue, year: old.year,
                    collected: old.collected.iso,
                    oldStatus: old.status.text(options.language),
                    newStatus: new?.status.text(options.language) ?? "?"
                ).text(options.language))
        }
        // The ledger as it was, with the new reports; the plan file is left as it is.
        var ledger = loaded.ledger ?? StatusLedger(planID: target.id)
        ledger.file(result.reports.map(\.report))
        var backup: String?
        if DatedBackup.isFile(ledgerPath) {
            backup = try DatedBackup.keep(try SourceFile.bytes(of: ledgerPath), of: ledgerPath)
        }
        try AtomicFile.replace(
            ledger.bytes(language: target.language), at: ledgerPath, modeOf: backup == nil ? planPath : nil)
        let wrote = LedgerMessage.collectWrote(
            ledger: ledgerPath, reports: result.reports.count - (counts[.unchanged] ?? 0), backup: backup)
        return Result(
            notes: notes, lines: lines, replaced: replaced, summary: summary, dryRun: false, written: true,
            planPath: planPath, ledgerPath: ledgerPath, backupPath: backup, lateReturns: late,
            wrote: TerminalText.clean(wrote.text(options.language)))
    }

    /// A note for each task workbook of an earlier revision: the year its reports are filed under.
    private static func lateReturns(
        _ files: [ReturnedFile], result: StatusCollector.Result, plan: Plan, language: Language
    ) -> [String] {
        files.compactMap { file in
            guard let revision = file.attribution?.revisionDate, revision != plan.revision.date.iso,
                let year = result.reports.first(where: { $0.origin.file == file.fileName })?.report.year
            else { return nil }
            return TerminalText.clean(
                LedgerMessage.lateReturn(file: file.fileName, revision: revision, year: year).text(language))
        }
    }

    /// A message made by `text` in each language, safe for a terminal.
    private static func clean(_ text: (Language) -> String) -> Message {
        Message { TerminalText.clean(text($0)) }
    }

    /// Reads every returned file, reporting every unreadable one before stopping.
    ///
    /// - Throws: ``UsageError`` when a file cannot be opened, else ``DataError``, with every problem.
    private static func read(_ files: [String]) throws -> [ReadFile] {
        var returned: [ReadFile] = []
        var problems: [FileProblem] = []
        var unreadable = false
        for file in files {
            do throws(PlanFileError) {
                returned.append(try readOne(file))
            } catch {
                if case .unreadable = error { unreadable = true }
                problems += error.problems
            }
        }
        guard problems.isEmpty else {
            let diagnostics = problems.map { problem in Diagnostic(.error, Message(problem.text)) }
            if unreadable { throw UsageError(diagnostics: diagnostics) }
            throw DataError(diagnostics: diagnostics)
        }
        return returned
    }

    /// One returned file: a task workbook, a council workbook or a status table.
    private static func readOne(_ file: String) throws(PlanFileError) -> ReadFile {
        if ReturnedWorkbook.isWorkbook(file) {
            if CouncilWorkbookReturn.isCouncilWorkbook(file) {
                let council = try CouncilWorkbookReturn.read(path: file)
                return ReadFile(file: council.file, council: council)
            }
            return ReadFile(file: try ReturnedWorkbook.read(path: file))
        }
        return ReadFile(file: try StatusTable.read(path: file))
    }

    /// `ny     KM-03  2021  Gol: Fullført «…»`.
    private static func line(
        _ report: StatusReport, change: StatusCollector.Change, old: StatusReport?, in plan: Plan,
        language: Language
    ) -> String {
        let name = plan.registry.party(code: report.party)?.name ?? report.party
        // The change's word, padded to the longest word in the language and one space.
        let width = (ReportChange.allCases.map { $0.text(language).count }.max() ?? 0) + 1
        let word = change.text(language).padding(toLength: width, withPad: " ", startingAt: 0)
        var line = "\(word) \(report.actionID)  \(report.year)  \(name): "
        if let old, change == .changed {
            line += "\(old.status.text(language)) → \(report.status.text(language))"
            if old.comment != report.comment {
                line +=
                    CommandMessage.changedComment(
                        old: StatusCollector.short(old.comment), new: StatusCollector.short(report.comment)
                    ).text(language)
            }
        } else {
            line += report.status.text(language)
            if !report.comment.isEmpty { line += " «\(StatusCollector.short(report.comment))»" }
        }
        return line
    }

    /// Today's date in the local time zone.
    static func today() -> CalendarDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? .januaryFirst(parts.year ?? 2000)
    }
}
