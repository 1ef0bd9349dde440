import Dispatch
import Foundation
import TiltakModel
import TiltakPlanFiles
import TiltakReports
import TiltakRuntime
import TiltakWorkbook

/// `tiltak export`: writes the council workbook, the municipality workbooks and the text reports.
///
/// The rule of this file: **no file is put in place unless the plan passes validation.** Validation
/// runs on a thread of its own while the files are written (``ValidationGate``); every file is
/// written to a temporary file, and the gate is passed between completing it and renaming it into
/// place. A plan with errors therefore leaves nothing behind, as if it had been validated first,
/// without making the writing wait for the validation.
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
        /// Receives a line per phase with its time (`TILTAK_TIMINGS`); `nil` for none.
        public var timings: (@Sendable (String) -> Void)?

        /// Creates options.
        public init(
            source: PlanSource = PlanSource(), folder: String = "out", templates: String? = nil,
            width: Int = 100, councilOnly: Bool = false, sheets: CouncilSheets = .all,
            timings: (@Sendable (String) -> Void)? = nil
        ) {
            self.source = source
            self.folder = folder
            self.templates = templates
            self.width = width
            self.councilOnly = councilOnly
            self.sheets = sheets
            self.timings = timings
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

        /// `Skreiv 16 filer til out/ (69 tiltak, 6 kommunar).`
        public var summary: String {
            councilOnly
                ? "Skreiv \(written.count) fil til \(folder)/ (\(actions.count) tiltak)."
                : "Skreiv \(written.count) filer til \(folder)/ (\(actions.count) tiltak, \(actions.outline.registry.municipalities.count) kommunar)."
        }
    }

    /// The folder of the municipality workbooks and reports inside the output folder.
    public static let municipalityFolder = "kommunar"

    /// Exports the plan of `options`.
    ///
    /// - Throws: `PlanFileError` for a plan that cannot be read; ``DataError`` for a plan with
    ///   validation errors (nothing is written) or content a workbook cannot hold; `OutputError` when
    ///   a file cannot be written; ``UsageError`` or `ReportError` for templates that cannot be used.
    public static func run(_ options: Options) throws -> Result {
        var timer = PhaseTimer(report: options.timings)
        // A large table's cells are read while its first actions are already being written.
        let loaded = try options.source.stream()
        timer.mark("lesing av planen (rader sjekka)")
        // With the council workbook alone, validation waits until the Tiltak sheet's rows are
        // written: it then runs while libxlsxwriter compresses the file.
        let gate = ValidationGate(loaded.actions, afterUse: options.councilOnly)
        let folder = URL(fileURLWithPath: options.folder)
        let createdFolder = !FileManager.default.fileExists(atPath: folder.path)
        let written: [String]
        do {
            written = try write(loaded, options: options, to: folder, gate: gate, timer: &timer)
        } catch {
            // The plan's errors come first: with them nothing is written, whatever else failed.
            loaded.actions.finishUse()
            let errors = gate.errors
            guard !errors.isEmpty else {
                if let error = error as? WorkbookContentError { throw DataError(error.description) }
                throw error
            }
            if createdFolder { try? FileManager.default.removeItem(at: folder) }
            var diagnostics = errors.map { issue in
                Diagnostic(
                    .error,
                    "\(issue.actionID?.rawValue ?? "-") \(issue.field?.rawValue ?? "-"): \(issue.message)")
            }
            diagnostics.append(
                Diagnostic(
                    .error, "Planen har \(errors.count) feil; ingenting er skrive. Sjå tiltak validate."))
            throw DataError(diagnostics: diagnostics)
        }
        return Result(
            written: written, actions: loaded.actions, councilOnly: options.councilOnly,
            folder: options.folder)
    }

    /// Renders the reports, then writes every file into `folder`, each put in place only once `gate` passes.
    private static func write(
        _ loaded: PlanLoader.Streamed, options: Options, to folder: URL, gate: ValidationGate,
        timer: inout PhaseTimer
    ) throws -> [String] {
        let actions = loaded.actions
        let plan = actions.outline
        // Reports and municipality workbooks select actions: they wait for the whole plan.
        let whole: Plan? = options.councilOnly ? nil : actions.plan()
        // Render every report before writing anything: a template error leaves no files. The council
        // workbook alone needs no templates.
        var texts: [(String, String)] = []
        if let plan = whole {
            let renderer = try Templates.renderer(overrides: options.templates)
            let width = options.width
            var reports: [(kind: ReportKind, options: ReportOptions)] = [
                ReportKind.moteoversikt, .ufinansiert, .revisjon,
            ].map { (kind: $0, options: ReportOptions(width: width)) }
            reports += plan.registry.municipalities.map {
                (kind: ReportKind.kommune, options: ReportOptions(width: width, municipality: $0.code))
            }
            texts = try Parallel.map(
                reports.map { report in
                    { @Sendable in
                        (
                            try report.kind.fileName(plan: plan, options: report.options),
                            try renderer.render(report.kind, plan: plan, options: report.options)
                        )
                    }
                })
        }
        timer.mark("rapportar")
        let municipalities = folder.appendingPathComponent(municipalityFolder)
        try AtomicFile.createFolder(options.councilOnly ? folder.path : municipalities.path)
        let data = loaded.data
        let source = WorkbookSource(path: loaded.path, computing: { Checksum.sha256(data) })
        let council = folder.appendingPathComponent(
            SafeFileName.component(plan.id, fallback: "plan") + ".xlsx"
        ).path
        let sheets = options.sheets
        var jobs: [@Sendable () throws -> String] = [
            {
                try CouncilWorkbook.write(
                    actions, source: source, to: council, sheets: sheets, check: gate.pass)
                return council
            }
        ]
        let names = PartyFileNames(registry: plan.registry)
        for municipality in plan.registry.municipalities {
            guard let whole else { break }
            let path = municipalities.appendingPathComponent(
                MunicipalityWorkbook.fileName(for: municipality, in: names)
            ).path
            jobs.append {
                try MunicipalityWorkbook.write(
                    whole, municipality: municipality, source: source, to: path, check: gate.pass)
                return path
            }
        }
        for (name, text) in texts {
            let path = folder.appendingPathComponent(name).path
            jobs.append {
                try gate.pass()
                try AtomicFile.write(Data(text.utf8), to: path)
                return path
            }
        }
        let written = try Parallel.map(jobs)
        timer.mark("arbeidsbøker og filer")
        return written
    }
}

/// Validates a plan on another thread while the export writes its files, and lets a file be
/// committed only once the plan has passed.
///
/// Who waits for whom: the validating thread waits for every action to be read (and, with
/// `afterUse`, for ``ActionStream/finishUse()``, which the Tiltak sheet's writer calls once its rows
/// are written or the writing stopped); each writing job waits in ``pass()`` for the validation,
/// after its file is complete and before renaming it into place. `finishUse` guarantees that a
/// validation waiting for use starts even when the writing failed, so ``errors`` never waits forever.
final class ValidationGate: Sendable {
    /// Thrown by ``pass()`` when the plan has errors.
    struct Failed: Error {}

    private let done = DispatchGroup()
    private let found = LockedValue<[ValidationIssue]>([])

    /// Starts validating the plan of `actions` as soon as all of them are read.
    ///
    /// With `afterUse`, only once they have also been written (``ActionStream/finishUse()``), so that
    /// validation takes the core the writing leaves idle while libxlsxwriter compresses the file, not
    /// one the reading needs. It runs on a thread of its own, not on the dispatch pool, whose threads
    /// may all be writing files and waiting for it.
    init(_ actions: ActionStream, afterUse: Bool = false) {
        done.enter()
        HelperThread.start { [self] in
            if afterUse { actions.waitUntilUsed() }
            found.set(PlanValidator.validate(actions.plan()).filter { $0.severity == .error })
            done.leave()
        }
    }

    /// The plan's errors, once validation has finished (waits for it).
    var errors: [ValidationIssue] {
        done.wait()
        return found.get()
    }

    /// Waits for the validation; throws ``Failed`` when the plan has errors.
    func pass() throws {
        if !errors.isEmpty { throw Failed() }
    }
}
