import Foundation

/// Why an output file or folder could not be written: the path, the operation and the underlying cause.
///
/// Every command that writes reports this one error for every failure of the file system or of the
/// workbook library to put a file in place, and the command line maps it once to exit code 73.
public struct OutputError: Error, CustomStringConvertible, Sendable {
    /// What was being done when writing failed.
    public enum Operation: String, Sendable, CaseIterable {
        /// Writing a file (text, plan file) or putting it in place.
        case writeFile
        /// Writing a workbook or putting it in place.
        case writeWorkbook
        /// Making the output folder.
        case createFolder
    }

    /// The underlying cause.
    public enum Cause: Sendable, CustomStringConvertible {
        /// A system call failed with this `errno`.
        case system(errno: Int32)
        /// A library (libxlsxwriter) refused; its own error, with the call that failed.
        case library(any Error)
        /// A cause that carries neither, as the system described it.
        case other(String)

        /// The cause of a Foundation or POSIX error: its `errno` where one can be found.
        public init(_ error: Error) {
            if let errno = Self.errno(of: error) {
                self = .system(errno: errno)
            } else {
                self = .other((error as NSError).localizedDescription)
            }
        }

        /// The `errno` behind a Foundation error, if any.
        static func errno(of error: Error) -> Int32? {
            let ns = error as NSError
            if ns.domain == NSPOSIXErrorDomain { return Int32(ns.code) }
            if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError,
                underlying.domain == NSPOSIXErrorDomain
            {
                return Int32(underlying.code)
            }
            switch ns.code {
            case NSFileWriteNoPermissionError: return EACCES
            case NSFileWriteOutOfSpaceError: return ENOSPC
            case NSFileWriteVolumeReadOnlyError: return EROFS
            case NSFileNoSuchFileError, NSFileWriteFileExistsError, NSFileReadNoSuchFileError: return ENOENT
            default: return nil
            }
        }

        public var description: String {
            switch self {
            case .system(let errno): Self.text(errno: errno)
            case .library(let error): String(describing: error)
            case .other(let text): text
            }
        }

        /// A readable text for `errno`: in nynorsk for the causes users meet, else the system's.
        static func text(errno: Int32) -> String {
            switch errno {
            case EACCES, EPERM: "manglar løyve til å skrive"
            case ENOSPC, EDQUOT: "disken er full"
            case ENOENT: "mappa finst ikkje"
            case EROFS: "disken er skriveverna"
            case EISDIR: "det er ei mappe der fila skal vere"
            case ENOTDIR: "ein del av stien er ei fil, ikkje ei mappe"
            default: String(cString: strerror(errno))
            }
        }
    }

    /// The path that was to be written.
    public var path: String
    /// What was being done.
    public var operation: Operation
    /// What went wrong.
    public var cause: Cause

    /// Creates an error.
    public init(path: String, operation: Operation, cause: Cause) {
        self.path = path
        self.operation = operation
        self.cause = cause
    }

    /// `path: kan ikkje skrive fila: cause`, with the operation's words.
    public var description: String {
        let what =
            switch operation {
            case .writeFile: "kan ikkje skrive fila"
            case .writeWorkbook: "kan ikkje skrive arbeidsboka"
            case .createFolder: "kan ikkje lage mappa"
            }
        return "\(path): \(what): \(cause)"
    }
}
