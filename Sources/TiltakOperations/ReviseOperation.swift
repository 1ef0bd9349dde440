import Foundation
import TiltakLanguage
import TiltakModel
import TiltakPlanFiles
import TiltakRuntime

/// `tiltak revise`: starts the next revision of a plan in a new plan file.
///
/// The new plan file is the old one's text with the revision changed in place
/// (``PlanFileText/replacingRevision(in:with:file:)``): every other byte, comments included, stays.
/// The status ledger beside it (``StatusLedger``) gets the reports, the earlier revisions with the
/// one just left, and the actions the revision closed. A plan read from a table is written anew.
public enum ReviseOperation {
    /// Which plan, which year, where to.
    public struct Options: Sendable {
        /// The current revision.
        public var source: PlanSource
        /// The new revision's year.
        public var year: Int
        /// The new plan file.
        public var output: String
        /// Allow `output` to be the plan file itself.
        public var force: Bool
        /// Gets the message to print when another process is writing `output` and this one waits.
        public var waiting: @Sendable (String) -> Void

        /// Creates options.
        public init(
            source: PlanSource = PlanSource(), year: Int, output: String, force: Bool = false,
            waiting: @escaping @Sendable (String) -> Void = { _ in }
        ) {
            self.source = source
            self.year = year
            self.output = output
            self.force = force
            self.waiting = waiting
        }
    }

    /// Revises the plan of `options` and writes the new revision.
    ///
    /// An existing `output` is locked (``PlanFileLock``) before the plan is read, so that revising a
    /// plan into itself (`--force`) waits for a collect writing it and reads what the collect wrote.
    ///
    /// - Returns: The lines that say what was written, closed, found overdue and not reported.
    /// - Throws: ``UsageError`` for an output that is the plan itself or a year not after the
    ///   plan's; `PlanFileError` for a plan that cannot be read; `OutputError` when the file cannot
    ///   be written.
    public static func run(_ options: Options) throws -> [String] {
        let lock = try PlanFileLock.acquire(options.output, waiting: options.waiting)
        defer { lock?.release() }
        let loaded = try options.source.load()
        if !options.force, sameFile(loaded.path, options.output) {
            throw UsageError(CommandMessage.reviseIntoPlan(options.output))
        }
        let result: PlanRevision.Result
        do {
            result = try PlanRevision.revise(loaded.plan, to: options.year)
        } catch {
            switch error {
            case .yearNotAfter(let year, let current):
                throw UsageError(CommandMessage.yearNotAfterRevision(year: year, current: current))
            }
        }
        let plan = result.plan
        // The ledger of the new revision: the reports as they were, the revision left behind.
        var ledger = loaded.ledger ?? StatusLedger(planID: plan.id)
        ledger.planID = plan.id
        if ledger.revisions.last != loaded.plan.revision { ledger.revisions.append(loaded.plan.revision) }
        ledger.closed = Array(Set(ledger.closed + result.closed)).sorted()
        let ledgerPath = StatusLedger.path(for: options.output)
        let inPlace = sameFile(loaded.path, options.output)
        if PlanLoader.isTable(loaded.path) {
            ledger.reports = []
            try write(ledger, of: plan, to: ledgerPath, keepingBackup: inPlace)
            try PlanFileWriter.write(plan, to: options.output)
        } else {
            let text = try SourceFile.utf8Text(loaded.data, file: loaded.path)
            let edited: String
            do {
                // The plan as its file gives it (without a ledger, what was loaded).
                edited = try PlanFileText.replacingRevision(
                    in: text, with: plan.revision, file: loaded.path,
                    original: loaded.ledger == nil ? loaded.plan : nil)
            } catch {
                throw PlanFileError.invalid(error.problem(file: loaded.path))
            }
            try write(ledger, of: plan, to: ledgerPath, keepingBackup: inPlace)
            if inPlace { try DatedBackup.keep(loaded.data, of: options.output) }
            try AtomicFile.replace(Data(edited.utf8), at: options.output, modeOf: inPlace ? nil : loaded.path)
        }
        let lines: [any Phrase] = [
            CommandMessage.revised(
                output: options.output, label: plan.revision.label, date: plan.revision.date.iso,
                actions: plan.actions.count),
            LedgerMessage.reviseWroteLedger(ledger: ledgerPath, reports: ledger.reports.count),
            CommandMessage.closedActions(result.closed.map(\.rawValue)),
            CommandMessage.overdueActions(result.overdue.map(\.actionID.rawValue)),
            CommandMessage.unreportedActions(
                year: loaded.plan.statusYear, ids: result.unreported.map(\.rawValue)),
        ]
        return lines.map { TerminalText.clean($0.message) }
    }

    /// Writes the new revision's ledger, keeping a dated backup of the one it replaces when the
    /// plan is revised in place.
    private static func write(_ ledger: StatusLedger, of plan: Plan, to path: String, keepingBackup: Bool)
        throws
    {
        if keepingBackup, DatedBackup.isFile(path) {
            try DatedBackup.keep(try SourceFile.bytes(of: path), of: path)
        }
        try AtomicFile.replace(ledger.bytes(language: plan.language), at: path)
    }

    /// Whether two paths name the same file (after resolving `.`, `..` and symbolic links).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        func canonical(_ path: String) -> String {
            URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        }
        return canonical(a) == canonical(b)
    }
}
