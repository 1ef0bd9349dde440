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
            throw WorkbookError(path: path, cause: describe(error))
        }
        do {
            try check()
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        do {
            try AtomicFile.commit(temporary, to: path)
        } catch let error as AtomicFile.WriteError {
            throw WorkbookError(path: path, cause: error.cause)
        }
    }

    /// A readable cause for an error from the writer or the plan (its description).
    static func describe(_ error: Error) -> String {
        String(describing: error)
    }
}
