import Foundation
import TiltakLanguage
import TiltakRuntime
import XlsxWriter

/// Builds a workbook in a temporary file beside the target and renames it into place only when complete.
enum AtomicWorkbook {
    /// Runs `build` on a fresh workbook and commits it to `path`; on any error the earlier file stays untouched.
    ///
    /// libxlsxwriter's working files go to the target's folder unless `options` names another
    /// (`tmpdir`), so that a small `/tmp` cannot fail a workbook whose folder has room.
    ///
    /// - Parameter check: Runs when the file is complete, before it replaces `path`; an error it throws
    ///   leaves `path` untouched and is rethrown as it is (the export waits here for the plan's
    ///   validation, which runs while the workbooks are written).
    /// - Throws: ``OutputError`` when the file cannot be made or put in place (the file system, or
    ///   libxlsxwriter creating or compressing it), with the system's cause where libxlsxwriter
    ///   left one; ``WorkbookContentError`` when the plan holds something a workbook cannot (a text
    ///   too long for a cell, a NUL character); what `check` throws.
    static func write(
        to path: String, options: WorkbookOptions = WorkbookOptions(), check: () throws -> Void = {},
        build: (Workbook) throws -> Void
    ) throws {
        let temporary = AtomicFile.temporaryPath(for: path)
        var options = options
        if options.tmpdir == nil {
            options.tmpdir = URL(fileURLWithPath: path).deletingLastPathComponent().path
        }
        var workbook: Workbook?
        do {
            let created = try Workbook(path: temporary, options: options)
            workbook = created
            try build(created)
            try created.close()
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            if let error = error as? XlsxError, error.code.isOutputFailure {
                throw OutputError(
                    path: path, operation: .writeWorkbook,
                    cause: outputCause(error, systemError: workbook?.closeSystemError))
            }
            throw WorkbookContentError(path: path, cause: error)
        }
        do {
            try check()
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        try AtomicFile.commit(temporary, to: path, operation: .writeWorkbook)
    }

    /// Why libxlsxwriter could not write the file: the system's `errno` when it left one, else
    /// libxlsxwriter's error described in the language of messages.
    static func outputCause(_ error: XlsxError, systemError: Int32?) -> OutputError.Cause {
        if let systemError { return .system(errno: systemError) }
        let what: DocumentMessage =
            switch error.code {
            case .creatingXlsxFile: .fileNotCreated
            case .creatingTmpfile, .readingTmpfile: .temporaryFile
            case .memoryMallocFailed: .outOfMemory
            default: .archiveNotWritten
            }
        return .other(
            DocumentMessage.libraryFailure(what: what.message, code: Int(error.code.rawValue)).message)
    }
}

extension XlsxErrorCode {
    /// Whether the error means the file could not be made, written or compressed, not that its content was refused.
    var isOutputFailure: Bool {
        [
            .creatingXlsxFile, .creatingTmpfile, .readingTmpfile, .zipFileOperation, .zipParameterError,
            .zipBadZipFile, .zipInternalError, .zipFileAdd, .zipClose, .memoryMallocFailed,
        ].contains(self)
    }
}
