import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An exclusive lock on a file shared by processes: `.<name>.lock` beside the file, held with
/// `flock(2)`.
///
/// The kernel releases a `flock` when its process ends, however it ends, so a killed process never
/// leaves a stale lock. The lock file is removed by its holder while still held, just before the lock
/// is released; a process that was waiting on the removed file finds that the path no longer names
/// the file it locked and starts again on the file that is there now.
public final class FileLock {
    /// The lock file.
    public let path: String
    private var descriptor: Int32
    private let removesFile: Bool

    private init(path: String, descriptor: Int32, removesFile: Bool) {
        self.path = path
        self.descriptor = descriptor
        self.removesFile = removesFile
    }

    deinit { release() }

    /// The lock file of `file`: `.<name>.lock` in the folder of the file a symbolic link at `file`
    /// names (so every link to one file shares one lock).
    ///
    /// - Throws: ``OutputError`` for a symbolic link that cannot be followed.
    public static func path(for file: String) throws(OutputError) -> String {
        let target = try SymbolicLink.finalTarget(of: file)
        let name = target.split(separator: "/").last.map(String.init) ?? target
        return SymbolicLink.folder(of: target) + ".\(name).lock"
    }

    /// Takes the lock of `file`, waiting for as long as another process holds it.
    ///
    /// - Parameter waiting: Called once, before waiting, when another process holds the lock.
    /// - Throws: ``OutputError`` naming the lock file when it cannot be made or opened.
    public static func acquire(for file: String, waiting: () -> Void) throws(OutputError) -> FileLock {
        try acquire(lockFile: path(for: file), waiting: waiting)
    }

    /// Takes the lock held on the lock file `lockPath` itself (for a lock that guards a folder),
    /// waiting for as long as another process holds it.
    ///
    /// - Parameter waiting: Called once, before waiting, when another process holds the lock.
    /// - Throws: ``OutputError`` naming the lock file when it cannot be made or opened.
    public static func acquire(lockFile lockPath: String, waiting: () -> Void) throws(OutputError) -> FileLock
    {
        var announced = false
        while true {
            let descriptor = open(lockPath, O_RDONLY | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw OutputError(path: lockPath, operation: .writeFile, cause: .system(errno: errno))
            }
            var free = flock(descriptor, LOCK_EX | LOCK_NB)
            while free != 0 && errno == EINTR { free = flock(descriptor, LOCK_EX | LOCK_NB) }
            if free != 0 {
                guard errno == EWOULDBLOCK else {
                    // A file system without locks (ENOLCK, EOPNOTSUPP): carry on without one.
                    return FileLock(path: lockPath, descriptor: descriptor, removesFile: false)
                }
                if !announced {
                    waiting()
                    announced = true
                }
                var result = flock(descriptor, LOCK_EX)
                while result != 0 && errno == EINTR { result = flock(descriptor, LOCK_EX) }
                if result != 0 {
                    let failure = errno
                    close(descriptor)
                    throw OutputError(path: lockPath, operation: .writeFile, cause: .system(errno: failure))
                }
            }
            if names(lockPath, descriptor) {
                return FileLock(path: lockPath, descriptor: descriptor, removesFile: true)
            }
            // The holder before us removed the file we locked: lock the one there now.
            close(descriptor)
        }
    }

    /// Whether `path` still names the file open as `descriptor`.
    private static func names(_ path: String, _ descriptor: Int32) -> Bool {
        var held = stat()
        var current = stat()
        return fstat(descriptor, &held) == 0 && stat(path, &current) == 0 && held.st_dev == current.st_dev
            && held.st_ino == current.st_ino
    }

    /// Removes the lock file and releases the lock; a second call does nothing.
    public func release() {
        guard descriptor >= 0 else { return }
        if removesFile { unlink(path) }
        close(descriptor)
        descriptor = -1
    }
}
