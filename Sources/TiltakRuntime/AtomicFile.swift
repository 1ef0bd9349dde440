import Foundation

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
