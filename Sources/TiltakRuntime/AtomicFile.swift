import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes files by way of a temporary file in the target folder, renamed into place only when complete.
public enum AtomicFile {
    /// Writes `data` to `path`: an earlier file stays untouched unless the whole new file was written.
    ///
    /// - Throws: ``OutputError`` naming `path` and the cause.
    public static func write(_ data: Data, to path: String) throws(OutputError) {
        let temporary = temporaryPath(for: path)
        do {
            try data.write(to: URL(fileURLWithPath: temporary))
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw OutputError(path: path, operation: .writeFile, cause: OutputError.Cause(error))
        }
        try commit(temporary, to: path, operation: .writeFile)
    }

    /// Writes `data` in place of the file at `path` the way an editor saves it: a symbolic link at
    /// `path` stays and its target is replaced, and the new file keeps the mode and owner of the
    /// file it replaces (or of `model`, when given). An earlier file stays untouched unless the whole
    /// new file was written.
    ///
    /// The new file is written beside the target, given the mode and owner before any byte is
    /// written, flushed to disk and renamed over the target. An owner the process may not give
    /// (a user other than itself, when not root) is left as the system makes it. A new file gets the
    /// usual mode (`0666` less the umask).
    ///
    /// - Parameter model: The file whose mode and owner the new file takes (a backup takes those of
    ///   the file it copies); the replaced file when `nil`.
    /// - Throws: ``OutputError`` naming `path` and the cause.
    public static func replace(_ data: Data, at path: String, modeOf model: String? = nil) throws(OutputError)
    {
        try replace(at: path, modeOf: model) { file in
            data.withUnsafeBytes { file.write($0) }
        }
    }

    /// Where ``replace(at:modeOf:writing:)`` writes the bytes it is given, in order; the first
    /// failure is kept, and what is written after it is dropped.
    public final class Sink {
        fileprivate let descriptor: Int32
        fileprivate var failure: Int32?

        fileprivate init(descriptor: Int32) {
            self.descriptor = descriptor
        }

        /// Writes `bytes` after those written before.
        public func write(_ bytes: UnsafeRawBufferPointer) {
            guard failure == nil else { return }
            failure = AtomicFile.writeAll(bytes, to: descriptor)
        }
    }

    /// Writes what `body` writes to its ``Sink`` in place of the file at `path`, as
    /// ``replace(_:at:modeOf:)`` writes its data, without holding the whole file in memory.
    ///
    /// - Throws: ``OutputError`` naming `path` and the cause.
    public static func replace(at path: String, modeOf model: String? = nil, writing body: (Sink) -> Void)
        throws(OutputError)
    {
        let target = try SymbolicLink.finalTarget(of: path)
        var attributes = stat()
        let keeps =
            stat(model ?? target, &attributes) == 0 && attributes.st_mode & S_IFMT == S_IFREG
        let mode = keeps ? attributes.st_mode & 0o7777 : 0o666
        let temporary = temporaryPath(for: target)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else {
            throw OutputError(path: path, operation: .writeFile, cause: .system(errno: errno))
        }
        var failure: Int32?
        if keeps {
            if attributes.st_uid != geteuid() || attributes.st_gid != getegid() {
                // Not allowed unless root or the group is one's own: the system's owner stays then.
                _ = fchown(descriptor, attributes.st_uid, attributes.st_gid)
            }
            // After the owner: a change of owner may clear bits, and the umask trimmed the mode.
            if fchmod(descriptor, mode) != 0 { failure = errno }
        }
        if failure == nil {
            let sink = Sink(descriptor: descriptor)
            body(sink)
            failure = sink.failure
        }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure {
            unlink(temporary)
            throw OutputError(path: path, operation: .writeFile, cause: .system(errno: failure))
        }
        if rename(temporary, target) != 0 {
            let code = errno
            unlink(temporary)
            throw OutputError(path: path, operation: .writeFile, cause: .system(errno: code))
        }
    }

    /// Writes every byte of `buffer` to `descriptor`; the `errno` of a failure, else `nil`.
    private static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(
                descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }

    /// A unique temporary path beside `path`.
    public static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let name =
            ".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        return url.deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// Renames a complete temporary file over `path` (POSIX rename: atomic in one folder).
    ///
    /// - Throws: ``OutputError`` for `operation` with the rename's `errno`; the temporary file is removed.
    public static func commit(_ temporary: String, to path: String, operation: OutputError.Operation)
        throws(OutputError)
    {
        if rename(temporary, path) != 0 {
            let code = errno
            try? FileManager.default.removeItem(atPath: temporary)
            throw OutputError(path: path, operation: operation, cause: .system(errno: code))
        }
    }

    /// Makes `folder` and its parents unless they exist.
    ///
    /// - Throws: ``OutputError`` (``OutputError/Operation/createFolder``) naming `folder`.
    public static func createFolder(_ folder: String) throws(OutputError) {
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: folder, operation: .createFolder, cause: OutputError.Cause(error))
        }
    }
}
