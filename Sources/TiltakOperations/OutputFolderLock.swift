import Foundation
import TiltakLanguage
import TiltakRuntime

/// The lock that lets one export at a time write into an output folder: a second export waits until
/// the first is done.
///
/// It is a ``FileLock`` held on `<folder>/.tiltak.lock` (released by the kernel however the process
/// ends, also on `kill -9`; the lock file is removed on release, so an export leaves no file behind).
enum OutputFolderLock {
    /// The lock file's name in the output folder.
    static let fileName = ".tiltak.lock"

    /// Takes the lock on `folder`, waiting while another export holds it.
    ///
    /// - Parameter waiting: Called once, with a message in the language of messages, when another
    ///   process holds the lock and this one has to wait.
    /// - Throws: `OutputError` when the lock file cannot be made or locked (a read-only folder).
    static func acquire(folder: URL, waiting: (String) -> Void) throws(OutputError) -> FileLock {
        let path = folder.appendingPathComponent(fileName).path
        while true {
            do {
                return try FileLock.acquire(lockFile: path) {
                    waiting(CommandMessage.waitingForExport(folder: folder.path).message)
                }
            } catch {
                // The folder was removed by an export that failed after making it: make it again.
                guard case .system(errno: ENOENT) = error.cause else { throw error }
                try AtomicFile.createFolder(folder.path)
            }
        }
    }
}
