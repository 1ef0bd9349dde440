import Foundation

/// Writes files by way of a temporary file in the target folder, renamed into place only when complete.
public enum AtomicFile {
    /// Why writing failed.
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        /// The path that was to be written.
        public var path: String
        /// The cause.
        public var cause: String

        /// Creates an error for `path` with `cause`.
        public init(path: String, cause: String) {
            self.path = path
            self.cause = cause
        }

        public var description: String { "\(path): kan ikkje skrive fila: \(cause)" }
    }

    /// Writes `data` to `path`: an earlier file stays untouched unless the whole new file was written.
    public static func write(_ data: Data, to path: String) throws {
        let temporary = temporaryPath(for: path)
        do {
            try data.write(to: URL(fileURLWithPath: temporary))
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw WriteError(path: path, cause: reason(error))
        }
        try commit(temporary, to: path)
    }

    /// A unique temporary path beside `path`.
    public static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let name =
            ".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        return url.deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// Renames a complete temporary file over `path` (POSIX rename: atomic in one folder).
    public static func commit(_ temporary: String, to path: String) throws {
        if rename(temporary, path) != 0 {
            let cause = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw WriteError(path: path, cause: cause)
        }
    }

    /// A readable cause for a file-system error.
    public static func describe(_ error: Error) -> String { reason(error) }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain,
            let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(code.rawValue))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        switch ns.code {
        case NSFileWriteNoPermissionError: return "manglar løyve til å skrive"
        case NSFileWriteOutOfSpaceError: return "disken er full"
        case NSFileNoSuchFileError, NSFileWriteFileExistsError, 4: return "mappa finst ikkje"
        default: return ns.localizedDescription
        }
    }
}
