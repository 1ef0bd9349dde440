import Foundation
import TiltakLanguage
import TiltakModel
import TiltakPlanFiles
import TiltakRuntime

/// `tiltak migrate`: moves the status reports a plan file holds (`status:` under its actions, as
/// `tiltak collect` wrote them before the status ledger) into the ledger beside it.
///
/// The `status:` blocks are cut out of the text (``PlanFileText/removingStatus(from:file:)``); every
/// other byte of the plan file stays. A report the ledger already has for the same party, action and
/// year is kept as the ledger has it. The previous plan file and ledger are kept as dated backups.
public enum MigrateOperation {
    /// Migrates the plan file at `plan` (the default plan when `nil`).
    ///
    /// - Parameter waiting: Gets the message to print when another process is writing the plan.
    /// - Returns: The line that says what was moved, or that there was nothing to move.
    /// - Throws: ``UsageError`` for a table or a missing default plan; `PlanFileError` for a plan
    ///   that cannot be read or whose `status:` cannot be cut out; `OutputError` when a file cannot
    ///   be written.
    public static func run(plan: String?, waiting: @escaping @Sendable (String) -> Void = { _ in }) throws
        -> String
    {
        let path = try PlanSource(plan: plan).path()
        if PlanLoader.isTable(path) { throw UsageError(LedgerMessage.migrateNeedsPlanFile(path)) }
        let lock = try PlanFileLock.acquire(path, waiting: waiting)
        defer { lock?.release() }
        let loaded = try PlanLoader.load(path: path)
        let text = try SourceFile.utf8Text(loaded.data, file: path)
        let removed: (text: String, reports: [StatusReport])
        do {
            removed = try PlanFileText.removingStatus(from: text, file: path)
        } catch {
            throw PlanFileError.invalid(error.problem(file: path))
        }
        guard !removed.reports.isEmpty else {
            return TerminalText.clean(LedgerMessage.nothingToMigrate(plan: path).message)
        }
        var ledger = loaded.ledger ?? StatusLedger(planID: loaded.plan.id)
        let kept = ledger.reports
        ledger.reports = []
        ledger.file(removed.reports)
        ledger.file(kept)
        let ledgerPath = StatusLedger.path(for: path)
        let ledgerExists = DatedBackup.isFile(ledgerPath)
        if ledgerExists { try DatedBackup.keep(try SourceFile.bytes(of: ledgerPath), of: ledgerPath) }
        try AtomicFile.replace(
            ledger.bytes(language: loaded.plan.language), at: ledgerPath, modeOf: ledgerExists ? nil : path)
        let backup = try DatedBackup.keep(loaded.data, of: path)
        try AtomicFile.replace(Data(removed.text.utf8), at: path)
        return TerminalText.clean(
            LedgerMessage.migrated(
                plan: path, reports: removed.reports.count, ledger: ledgerPath, backup: backup
            )
            .message)
    }
}
