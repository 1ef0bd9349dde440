import Foundation
import TiltakLanguage
import TiltakRuntime

/// The lock a command holds on a plan file from reading it until its new version is in place, so
/// that two commands writing one plan at once do not lose each other's changes.
enum PlanFileLock {
    /// Takes the lock of the plan file at `path` (see ``FileLock``), or `nil` when there is no file
    /// there yet (nothing to lose; reading it reports the missing file).
    ///
    /// - Parameter waiting: Gets the message to print when another process holds the lock.
    /// - Throws: `OutputError` naming the lock file when it cannot be made.
    static func acquire(_ path: String, waiting: @Sendable (String) -> Void) throws -> FileLock? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try FileLock.acquire(for: path) {
            waiting(CommandMessage.waitingForPlanFile(path: path).message)
        }
    }
}
