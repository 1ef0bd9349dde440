import Dispatch
import Foundation
import TiltakLanguage
import TiltakModel
import TiltakPlanFiles
import TiltakReports
import TiltakRuntime
import TiltakWorkbook

/// `tiltak export`: writes the council workbook, the task workbooks of the municipalities and the
/// other parties, and the text reports.
///
/// The rules of this file: **the files are put in place all together, and only when the plan
/// passes validation**; **one export at a time writes into a folder.**
///
/// - The export takes an exclusive lock on the output folder (``OutputFolderLock``); a second
///   export into the same folder waits, and says so.
/// - It removes what killed exports left there (``Leftovers``).
/// - Every file (and libxlsxwriter's working files) is written into a hidden staging folder inside
///   the output folder (``StagingFolder``). Validation runs on a thread of its own while the files
///   are written (``ValidationGate``); once all files are complete and the plan has passed, they
///   are renamed into place together. A plan with errors, a file that cannot be written or a
///   target that cannot be replaced leaves the output folder exactly as it was.
/// - Every failure is reported once, in the language of messages, with path and cause; the command
///   line keeps libxlsxwriter's own messages on standard error off the terminal (`LibraryMessages`).
public enum ExportOperation {
    /// What to export.
    public struct Options: Sendable {
        /// The plan.
        public var source: PlanSource
        /// The folder the files go to.
        public var folder: String
        /// A folder of the user's own templates, overriding those of the same name.
        public var templates: String?
        /// The text reports' width.
        public var width: Int
        /// Only the council workbook (no municipality workbooks, no reports).
        public var councilOnly: Bool
        /// The council workbook's sheets.
        public var sheets: CouncilSheets
        /// The documents' language; `nil` means the plan's.
        public var language: Language?
        /// Receives a line per phase with its time (`TILTAK_TIMINGS`); `nil` for none.
        public var timings: (@Sendable (String) -> Void)?
        /// Receives a notice in the language of messages while the export waits for another export
        /// into the same folder; `nil` for none.
        public var notice: (@Sendable (String) -> Void)?
        /// The rows a sheet may have: Excel's; smaller in tests (see ``ExportValidation``).
        var maximumRows = SheetRows.maximum
        /// Which parties besides the municipalities get a task workbook (`--task-workbooks`).
        public var taskWorkbooks: TaskWorkbookScope = .responsible
        /// How many files are rendered and written at the same time (`--jobs`); `nil` for the
        /// number of cores.
        public var jobs: Int?
        /// Called as each file is done (a text report rendered, a workbook written) with the files
        /// done and the files in all, from the thread that did it (`--quiet` and pipes give `nil`).
        public var progress: (@Sendable (_ written: Int, _ total: Int) -> Void)?
        /// Whether a PDF of every workbook is written too (``PDFConverter``).
        public var pdf = false
        /// The paper the workbooks print on.
        public var paper: Paper = .a4
        /// The return deadline the task workbooks show, `YYYY-MM-DD` (`--deadline`); it overrides
        /// the plan's `revision.deadline`.
        public var deadline: String?

        /// Creates options.
        public init(
            source: PlanSource = PlanSource(), folder: String = "out", templates: String? = nil,
            width: Int = 100, councilOnly: Bool = false, sheets: CouncilSheets = .all,
            language: Language? = nil,
            timings: (@Sendable (String) -> Void)? = nil, notice: (@Sendable (String) -> Void)? = nil
        ) {
            self.language = language
            self.source = source
            self.folder = folder
            self.templates = templates
            self.width = width
            self.councilOnly = councilOnly
            self.sheets = sheets
            self.timings = timings
            self.notice = notice
        }
    }

    /// What was written.
    public struct Result: Sendable {
        /// The files written, in the order of the jobs.
        public var written: [String]
        /// The plan's actions, still held: the caller may keep them until the process ends rather
        /// than pay for freeing them.
        public var actions: ActionStream
        /// Whether only the council workbook was written.
        public var councilOnly: Bool
        /// The folder as given.
        public var folder: String

        /// `Skreiv 16 filer til out/ (69 tiltak, 6 kommunar).`, in the language of messages.
        public var summary: String { summaryMessage.message }

        /// What was written, in `language`.
        public func summary(_ language: Language) -> String { summaryMessage.text(language) }

        /// What was written, as a phrase.
        public var summaryMessage: CommandMessage {
            .exported(
                files: written.count, folder: folder, actions: actions.count,
                municipalities: councilOnly ? nil : actions.outline.registry.municipalities.count)
        }
    }

    /// The folder of the municipality workbooks and reports inside the output folder, in `language`
    /// (`kommunar`, `kommuner`, `municipalities`).
    public static func municipalityFolder(_ language: Language) -> String {
        DocumentName.municipalityFolder.text(language)
    }

    /// The folder of the other parties' task workbooks inside the output folder, in `language`
    /// (`partar`, `parter`, `parties`).
    public static func partyFolder(_ language: Language) -> String {
        DocumentName.partyFolder.text(language)
    }

    /// The return deadline `options` give (`--deadline`), or `nil` without one.
    ///
    /// - Throws: ``UsageError`` naming the option when it is not a date that exists (`2024-02-30`).
    static func deadline(_ options: Options) throws -> CalendarDate? {
        guard let text = options.deadline else { return nil }
        guard let date = CalendarDate(iso: text) else {
            throw UsageError(CommandMessage.invalidDeadline(text))
        }
        return date
    }

    /// Exports the plan of `options`: every file, or (on any error) none.
    ///
    /// - Throws: `PlanFileError` for a plan that cannot be read; ``DataError`` for a plan with
    ///   validation errors or content a workbook cannot hold; `OutputError` when a file cannot be
    ///   written or put in place; ``UsageError`` or `ReportError` for templates that cannot be used.
    ///   In every case the output folder is left as it was (a folder the export made is removed).
    public static func run(_ options: Options) throws -> Result {
        // Without LibreOffice the PDFs cannot be made: say so before anything is read or written.
        let converter = options.pdf ? PDFConverter.program() : nil
        if options.pdf, converter == nil { throw UnavailableError(CommandMessage.pdfUnavailable) }
        _ = try deadline(options)
        var timer = PhaseTimer(report: options.timings)
        // A large table's cells are read while its first actions are already being written.
        let loaded = try options.source.stream()
        timer.mark(.reading)
        // With the council workbook alone, validation waits until the Tiltak sheet's rows are
        // written: it then runs while libxlsxwriter compresses the file.
        let gate = ValidationGate(
            loaded.actions,
            checks: ExportValidation(
                councilOnly: options.councilOnly, sheets: options.sheets, maximumRows: options.maximumRows,
                taskWorkbooks: options.taskWorkbooks),
            afterUse: options.councilOnly)
        let folder = URL(fileURLWithPath: options.folder)
        var made: [String] = []
        var lock: FileLock?
        var staging: StagingFolder?
        do {
            made = try OutputFolder.make(folder)
            lock = try OutputFolderLock.acquire(folder: folder) { options.notice?($0) }
            timer.mark(.locking)
            // An earlier export may have been in another language.
            Leftovers.remove(
                in: folder,
                subfolders: Language.allCases.map(municipalityFolder) + Language.allCases.map(partyFolder))
            let stage = try StagingFolder(in: folder)
            staging = stage
            var relatives = try write(loaded, options: options, into: stage, gate: gate, timer: &timer)
            // All files are complete: put them in place once the plan has passed.
            guard gate.errors.isEmpty else { throw ValidationGate.Failed() }
            if let converter {
                let profile = stage.url.appendingPathComponent(".libreoffice-profil")
                defer { try? FileManager.default.removeItem(at: profile) }
                relatives += try PDFConverter.convert(
                    relatives.filter { $0.hasSuffix(".xlsx") }, in: stage.url, program: converter,
                    profile: profile)
            }
            try stage.commit(relatives) { $0.hasSuffix(".xlsx") ? .writeWorkbook : .writeFile }
            stage.remove()
            lock?.release()
            timer.mark(.committing)
            return Result(
                written: relatives.map { folder.appendingPathComponent($0).path }, actions: loaded.actions,
                councilOnly: options.councilOnly, folder: options.folder)
        } catch {
            // Nothing was put in place: leave the folder as it was.
            loaded.actions.finishUse()
            staging?.remove()
            lock?.release()
            for path in made.reversed() { rmdir(path) }
            // The plan's errors come first: with them nothing is written, whatever else failed.
            let errors = gate.errors
            guard errors.isEmpty else { throw DataError.planErrors(errors) }
            // Name the files as they were to be in the output folder, not in the staging folder.
            if var error = error as? WorkbookContentError {
                error.path = staging?.targetPath(of: error.path) ?? error.path
                throw DataError(Message(error.text))
            }
            if var error = error as? OutputError {
                error.path = staging?.targetPath(of: error.path) ?? error.path
                throw error
            }
            throw error
        }
    }

    /// Renders the reports, then writes every file into `staging`; the files' paths relative to
    /// the output folder, in the order of the jobs.
    ///
    /// The task workbooks show `--deadline` (``Options/deadline``) as the return deadline when it
    /// is given, else the plan's `revision.deadline`; the council workbook and the reports do not
    /// show it.
    private static func write(
        _ loaded: PlanLoader.Streamed, options: Options, into staging: StagingFolder, gate: ValidationGate,
        timer: inout PhaseTimer
    ) throws -> [String] {
        let actions = loaded.actions
        let plan = actions.outline
        let language = options.language ?? plan.language
        let municipalityFolder = municipalityFolder(language)
        let partyFolder = partyFolder(language)
        let workers = max(1, options.jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        // Reports and municipality workbooks select actions: they wait for the whole plan.
        var whole: Plan? = options.councilOnly ? nil : actions.plan()
        if let deadline = try deadline(options) { whole?.revision.deadline = deadline }
        // Render every report before writing anything: a template error leaves no files. The council
        // workbook alone needs no templates.
        let parties = whole?.taskWorkbookParties(options.taskWorkbooks) ?? []
        // Progress counts a file when it is done: a text report once rendered (writing it takes no
        // time), a workbook once written.
        // The reports of the whole plan, then one task list per municipality.
        let planReports: [ReportKind] = [.moteoversikt, .ufinansiert, .revisjon, .innsamling]
        let reportCount = whole.map { planReports.count + $0.registry.municipalities.count } ?? 0
        let total = 1 + reportCount + (whole.map { $0.registry.municipalities.count + parties.count } ?? 0)
        let count = Counter()
        let progress = options.progress
        let tick: @Sendable () -> Void = { progress?(count.increment(), total) }
        var texts: [(String, String)] = []
        if let plan = whole {
            let renderer = try Templates.renderer(overrides: options.templates)
            let width = options.width
            var reports: [(kind: ReportKind, options: ReportOptions)] = planReports.map {
                (kind: $0, options: ReportOptions(width: width, language: language))
            }
            reports += plan.registry.municipalities.map {
                (
                    kind: ReportKind.kommune,
                    options: ReportOptions(width: width, municipality: $0.code, language: language)
                )
            }
            texts = try Parallel.map(
                reports.map { report in
                    { @Sendable in
                        (
                            try report.kind.fileName(plan: plan, options: report.options),
                            try renderer.render(report.kind, plan: plan, options: report.options)
                        )
                    }
                }, width: workers, finished: tick)
            assert(texts.count == reportCount)
        }
        timer.mark(.reports)
        if !options.councilOnly { try staging.createFolder(municipalityFolder) }
        if !parties.isEmpty { try staging.createFolder(partyFolder) }
        let data = loaded.data
        let source = WorkbookSource(path: loaded.path, computing: { Checksum.sha256(data) })
        let council = CouncilWorkbook.fileName(for: plan)
        let sheets = options.sheets
        let councilPath = staging.path(council)
        var jobs: [@Sendable () throws -> String] = [
            {
                try CouncilWorkbook.write(
                    actions, source: source, to: councilPath, sheets: sheets, language: language,
                    paper: options.paper)
                tick()
                return council
            }
        ]
        let names = PartyFileNames(registry: plan.registry)
        for municipality in plan.registry.municipalities {
            guard let whole else { break }
            let relative =
                "\(municipalityFolder)/\(MunicipalityWorkbook.fileName(for: municipality, in: names))"
            let path = staging.path(relative)
            jobs.append {
                try MunicipalityWorkbook.write(
                    whole, municipality: municipality, source: source, to: path, language: language,
                    paper: options.paper)
                tick()
                return relative
            }
        }
        let partyNames = PartyFileNames(parties)
        for party in parties {
            guard let whole else { break }
            let relative = "\(partyFolder)/\(TaskWorkbook.fileName(for: party, in: partyNames))"
            let path = staging.path(relative)
            jobs.append {
                try TaskWorkbook.write(
                    whole, party: party, source: source, to: path, language: language, paper: options.paper)
                tick()
                return relative
            }
        }
        for (relative, text) in texts {
            let path = staging.path(relative)
            jobs.append {
                try AtomicFile.write(Data(text.utf8), to: path)
                return relative
            }
        }
        let written = try Parallel.map(jobs, width: workers)
        timer.mark(.writing)
        return written
    }
}

/// Validates a plan on another thread while the export writes its files.
///
/// Who waits for whom: the validating thread waits for every action to be read (and, with
/// `afterUse`, for ``ActionStream/finishUse()``, which the Tiltak sheet's writer calls once its rows
/// are written or the writing stopped); the export waits in ``errors`` for the validation once all
/// files are complete, before putting them in place. `finishUse` guarantees that a validation
/// waiting for use starts even when the writing failed, so ``errors`` never waits forever.
final class ValidationGate: Sendable {
    /// Thrown by the export when the plan has errors (which it then reports).
    struct Failed: Error {}

    private let done = DispatchGroup()
    private let found = LockedValue<[ValidationIssue]>([])

    /// Starts validating the plan of `actions` with `checks` (the export's) as soon as all of them
    /// are read.
    ///
    /// With `afterUse`, only once they have also been written (``ActionStream/finishUse()``), so that
    /// validation takes the core the writing leaves idle while libxlsxwriter compresses the file, not
    /// one the reading needs. It runs on a thread of its own, not on the dispatch pool, whose threads
    /// may all be writing files.
    init(_ actions: ActionStream, checks: ExportValidation, afterUse: Bool = false) {
        done.enter()
        HelperThread.start { [self] in
            if afterUse { actions.waitUntilUsed() }
            found.set(checks.issues(actions.plan()).filter { $0.severity == .error })
            done.leave()
        }
    }

    /// The plan's errors, once validation has finished (waits for it).
    var errors: [ValidationIssue] {
        done.wait()
        return found.get()
    }
}
