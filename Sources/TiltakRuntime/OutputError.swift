import Foundation
import TiltakLanguage

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
        /// A cause after which the earlier files could not be put back: they are kept in `folder`.
        indirect case earlierFilesKept(Cause, folder: String)

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

        /// The cause in the language of messages.
        public var description: String { text(.messages) }

        /// The cause in `language`.
        public func text(_ language: Language) -> String {
            switch self {
            case .system(let errno): Self.text(errno: errno, language)
            case .library(let error): String(describing: error)
            case .other(let text): text
            case .earlierFilesKept(let cause, let folder):
                OutputMessage.earlierFilesKept(cause: cause.text(language), folder: folder).text(language)
            }
        }

        /// A readable text for `errno`: from the catalogue for the causes users meet, else the
        /// system's.
        static func text(errno: Int32, _ language: Language) -> String {
            let known: OutputMessage? =
                switch errno {
                case EACCES, EPERM: .noPermission
                case ENOSPC, EDQUOT: .diskFull
                case ENOENT: .noSuchFolder
                case EROFS: .readOnly
                case EISDIR: .folderInTheWay
                case ENOTDIR: .fileInThePath
                default: nil
                }
            return known?.text(language) ?? String(cString: strerror(errno))
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

    /// `path: kan ikkje skrive fila: cause`, with the operation's words, in `language`.
    public func text(_ language: Language) -> String {
        let what: OutputMessage =
            switch operation {
            case .writeFile: .cannotWriteFile
            case .writeWorkbook: .cannotWriteWorkbook
            case .createFolder: .cannotCreateFolder
            }
        return OutputMessage.failed(path: path, what: what.text(language), cause: cause.text(language))
            .text(language)
    }

    /// The error in the language of messages.
    public var description: String { text(.messages) }
}
