import Foundation
import TiltakLanguage
import TiltakModel
import TiltakPlanFiles
import TiltakRuntime

/// `tiltak revise`: starts the next revision of a plan in a new plan file.
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
        try PlanFileWriter.write(result.plan, to: options.output)
        let plan = result.plan
        let lines: [CommandMessage] = [
            .revised(
                output: options.output, label: plan.revision.label, date: plan.revision.date.iso,
                actions: plan.actions.count),
            .closedActions(result.closed.map(\.rawValue)),
            .overdueActions(result.overdue.map(\.actionID.rawValue)),
            .unreportedActions(year: loaded.plan.statusYear, ids: result.unreported.map(\.rawValue)),
        ]
        return lines.map { TerminalText.clean($0.message) }
    }

    /// Whether two paths name the same file (after resolving `.`, `..` and symbolic links).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        func canonical(_ path: String) -> String {
            URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        }
        return canonical(a) == canonical(b)
    }
}
