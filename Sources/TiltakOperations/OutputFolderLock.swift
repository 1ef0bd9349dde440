import Foundation
import TiltakRuntime

/// An exclusive lock on an output folder, so that one export at a time writes into it: a second
/// export waits until the first is done.
///
/// The lock is `flock(2)` on `<folder>/.tiltak.lock`, which the kernel releases when the process
/// ends, however it ends (also on `kill -9`). The lock file is removed when the lock is released,
/// while it is still held, so that an export leaves no file behind. A waiting export that then gets
/// the lock on the removed file sees that the path no longer names the file it locked, and starts
/// over with a new one: two exports never both hold a lock on the path.
final class OutputFolderLock {
    /// The lock file's name in the output folder.
    static let fileName = ".tiltak.lock"

    /// The lock file.
    let path: String
    private var descriptor: Int32 = -1

    /// Takes the lock on `folder` (which must exist), waiting while another export holds it.
    ///
    /// - Parameter waiting: Called once, with a message in nynorsk, when the lock is held by another
    ///   process and this one has to wait.
    /// - Throws: `OutputError` when the lock file cannot be made or locked (a read-only folder).
    init(folder: URL, waiting: (String) -> Void) throws(OutputError) {
        path = folder.appendingPathComponent(Self.fileName).path
        var toldToWait = false
        while true {
            let opened = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard opened >= 0 else {
                let code = errno
                // The folder was removed by an export that failed after making it: make it again.
                if code == ENOENT {
                    try AtomicFile.createFolder(folder.path)
                    continue
                }
                throw OutputError(path: path, operation: .writeFile, cause: .system(errno: code))
            }
            if flock(opened, LOCK_EX | LOCK_NB) != 0 {
                guard errno == EWOULDBLOCK else {
                    let code = errno
                    close(opened)
                    throw OutputError(path: path, operation: .writeFile, cause: .system(errno: code))
                }
                if !toldToWait {
                    waiting("ventar på at ein annan eksport til \(folder.path) skal bli ferdig …")
                    toldToWait = true
                }
                while flock(opened, LOCK_EX) != 0 {
                    guard errno == EINTR else {
                        let code = errno
                        close(opened)
                        throw OutputError(path: path, operation: .writeFile, cause: .system(errno: code))
                    }
                }
            }
            // Still the file at the path? The holder before may have removed it on release.
            var held = stat()
            var named = stat()
            if fstat(opened, &held) == 0, stat(path, &named) == 0, held.st_dev == named.st_dev,
                held.st_ino == named.st_ino
            {
                descriptor = opened
                return
            }
            close(opened)
        }
    }

    /// Removes the lock file and releases the lock (also when the lock is dropped).
    func release() {
        guard descriptor >= 0 else { return }
        unlink(path)
        close(descriptor)
        descriptor = -1
    }

    deinit {
        release()
    }
}
