import Foundation
import TiltakModel
import TiltakPlanFiles
import TiltakReturns
import TiltakRuntime

/// `tiltak collect`: merges status reports from returned task workbooks and CSV tables into a plan file.
///
/// The rules: every file is read and every problem reported before anything is written; a file
/// made for another plan or revision, a changed protected cell, an unknown id, an invalid status or
/// two differing reports from one party for one action and year stop the collect (the rules
/// themselves are in `StatusCollector`). A later report from the same party for the same action and
/// year replaces the earlier one. The previous plan file is kept as `<plan>.bak`; a collect that
/// changes no report writes nothing. The plan file is locked (``PlanFileLock``) from reading to
/// writing, so a second collect into it waits and then reads the plan the first one wrote.
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

        /// Creates options.
        public init(
            files: [String], plan: String?, year: Int? = nil, party: String? = nil, date: String? = nil,
            dryRun: Bool = false, waiting: @escaping @Sendable (String) -> Void = { _ in }
        ) {
            self.files = files
            self.plan = plan
            self.year = year
            self.party = party
            self.date = date
            self.dryRun = dryRun
            self.waiting = waiting
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
        /// Whether the plan file (and its backup) was written: not for `--dry-run`, nor when every
        /// report was already in the plan as it is.
        public var written: Bool
        /// The plan file.
        public var planPath: String
        /// The copy of the previous plan file.
        public var backupPath: String
    }

    /// Collects the files of `options` into the plan.
    ///
    /// - Throws: ``UsageError`` for missing or wrong options and unreadable files; `PlanFileError`
    ///   for a plan that cannot be read; ``DataError`` with every problem and conflict when the
    ///   reports cannot be merged (nothing is written); `OutputError` when the plan cannot be written.
    public static func run(_ options: Options) throws -> Result {
        guard let planPath = options.plan else {
            throw UsageError(
                "collect treng --plan PLANFIL: rapportane vert skrivne inn i planfila, så ho må nemnast (døme: tiltak collect --plan plan.yaml Ål.xlsx)."
            )
        }
        if PlanLoader.isTable(planPath) {
            throw UsageError(
                "--plan skal vere ei YAML-planfil når rapportar skal skrivast inn, ikkje «\(planPath)».")
        }
        guard !options.files.isEmpty else {
            throw UsageError("Gje minst éi innsend fil (.xlsx eller .csv).")
        }
        // Read under the lock: a collect that waited works on the plan the one before it wrote.
        let lock = options.dryRun ? nil : try PlanFileLock.acquire(planPath, waiting: options.waiting)
        defer { lock?.release() }
        let loaded = try PlanLoader.load(path: planPath)
        var target = loaded.plan
        let reportYear = options.year ?? target.statusYear
        guard (1900...2199).contains(reportYear) else {
            throw UsageError("--year \(reportYear) er ikkje eit gyldig årstal.")
        }
        var partyCode: String?
        if let party = options.party {
            guard let found = target.registry.resolve(party) else {
                let names = target.registry.municipalities.map(\.name).joined(separator: ", ")
                throw UsageError("--party: ukjend part «\(party)» (kommunar i planen: \(names)).")
            }
            partyCode = found.code
        }
        let collected: CalendarDate
        if let date = options.date {
            guard let parsed = CalendarDate(iso: date) else {
                throw UsageError("--date: «\(date)» er ikkje ein dato på forma ÅÅÅÅ-MM-DD.")
            }
            collected = parsed
        } else {
            collected = today()
        }
        if partyCode == nil, let table = options.files.first(where: { !ReturnedWorkbook.isWorkbook($0) }) {
            throw UsageError(
                "\(table): ein CSV-tabell seier ikkje kven som rapporterer; gje --party KOMMUNE (til dømes --party Gol)."
            )
        }

        let returned = try read(options.files)
        let result = StatusCollector.collect(
            returned, into: target, year: reportYear, party: partyCode, date: collected)
        let notes = result.notes.map { Diagnostic(.note, TerminalText.clean($0.description)) }
        if !result.canWrite {
            throw DataError(
                diagnostics: notes
                    + result.problems.map { Diagnostic(.error, TerminalText.clean($0.description)) }
                    + result.conflicts.map { Diagnostic(.conflict, TerminalText.clean($0.description)) }
                    + [
                        Diagnostic(
                            .error,
                            "Ingenting er skrive til \(planPath): \(result.problems.count) feil, \(result.conflicts.count) konfliktar."
                        )
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
                TerminalText.clean(line(report, change: change, old: old, in: target) + "  (\(item.origin))"))
        }
        let summary =
            "\(result.reports.count) rapportar for \(reportYear) frå \(returned.count) filer: \(counts[.new] ?? 0) nye, \(counts[.changed] ?? 0) endra, \(counts[.unchanged] ?? 0) uendra."
        let backup = planPath + ".bak"
        if options.dryRun || (counts[.new] ?? 0) + (counts[.changed] ?? 0) == 0 {
            return Result(
                notes: notes, lines: lines, replaced: [], summary: summary, dryRun: options.dryRun,
                written: false, planPath: planPath, backupPath: backup)
        }
        let replacedReports = target.merge(result.reports.map(\.report))
        let merged = replacedReports.isEmpty ? [:] : target.latestReports()
        let replaced = replacedReports.map { old in
            let name = target.registry.party(code: old.party)?.name ?? old.party
            let new = merged[old.key]
            return TerminalText.clean(
                "Erstattar rapporten frå \(name) for \(old.actionID) (\(old.year)), innsamla \(old.collected.iso): \(old.status.rawValue) → \(new?.status.rawValue ?? "?")"
            )
        }
        try AtomicFile.replace(loaded.data, at: backup, modeOf: planPath)
        try PlanFileWriter.write(target, to: planPath)
        return Result(
            notes: notes, lines: lines, replaced: replaced, summary: summary, dryRun: false, written: true,
            planPath: planPath, backupPath: backup)
    }

    /// Reads every returned file, reporting every unreadable one before stopping.
    ///
    /// - Throws: ``UsageError`` when a file cannot be opened, else ``DataError``, with every problem.
    private static func read(_ files: [String]) throws -> [ReturnedFile] {
        var returned: [ReturnedFile] = []
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
            let diagnostics = problems.map { Diagnostic(.error, $0.description) }
            if unreadable { throw UsageError(diagnostics: diagnostics) }
            throw DataError(diagnostics: diagnostics)
        }
        return returned
    }

    /// One returned file: a task workbook or a status table.
    private static func readOne(_ file: String) throws(PlanFileError) -> ReturnedFile {
        if ReturnedWorkbook.isWorkbook(file) { return try ReturnedWorkbook.read(path: file) }
        return try StatusTable.read(path: file)
    }

    /// `ny     KM-03  2021  Gol: Fullført «…»`.
    private static func line(
        _ report: StatusReport, change: StatusCollector.Change, old: StatusReport?, in plan: Plan
    ) -> String {
        let name = plan.registry.party(code: report.party)?.name ?? report.party
        var line =
            "\(change.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) \(report.actionID)  \(report.year)  \(name): "
        if let old, change == .changed {
            line += "\(old.status.rawValue) → \(report.status.rawValue)"
            if old.comment != report.comment {
                line +=
                    ", kommentar «\(StatusCollector.short(old.comment))» → «\(StatusCollector.short(report.comment))»"
            }
        } else {
            line += report.status.rawValue
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
