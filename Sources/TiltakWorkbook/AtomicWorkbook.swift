import Foundation
import TiltakRuntime
import XlsxWriter

/// Builds a workbook in a temporary file beside the target and renames it into place only when complete.
enum AtomicWorkbook {
    /// Runs `build` on a fresh workbook and commits it to `path`; on any error the earlier file stays untouched.
    ///
    /// - Parameter check: Runs when the file is complete, before it replaces `path`; an error it throws
    ///   leaves `path` untouched and is rethrown as it is (the export waits here for the plan's
    ///   validation, which runs while the workbooks are written).
    /// - Throws: ``OutputError`` when the file cannot be made or put in place (the file system, or
    ///   libxlsxwriter creating or compressing it); ``WorkbookContentError`` when the plan holds
    ///   something a workbook cannot (a text too long for a cell, a NUL character); what `check` throws.
    static func write(
        to path: String, options: WorkbookOptions = WorkbookOptions(), check: () throws -> Void = {},
        build: (Workbook) throws -> Void
    ) throws {
        let temporary = AtomicFile.temporaryPath(for: path)
        do {
            let workbook = try Workbook(path: temporary, options: options)
            try build(workbook)
            try workbook.close()
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            if let error = error as? XlsxError, error.code.isOutputFailure {
                throw OutputError(path: path, operation: .writeWorkbook, cause: .library(error))
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
