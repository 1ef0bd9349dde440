import TiltakLanguage
import TiltakPlanFiles
import XLSXReader

/// The problem to report when a workbook cannot be read: what the reader found, where in the file,
/// and what the user can do about it.
enum WorkbookReadFailure {
    /// The problem for `error`, thrown reading the workbook at `path`.
    static func problem(_ error: Error, path: String) -> FileProblem {
        guard let error = error as? XLSXReaderError else {
            return FileProblem(file: path, message: Message(ReturnMessage.notAWorkbook(reason: "\(error)")))
        }
        return FileProblem(
            file: path,
            message: Message { ReturnMessage.notAWorkbook(reason: error.reason($0)).text($0) },
            hint: hint(error).map { Message($0) })
    }

    /// What to do about `error`.
    static func hint(_ error: XLSXReaderError) -> ReturnMessage? {
        switch error {
        case .notAZip: .saveAsXLSXHint
        case .damagedArchive, .refusedEntry: .damagedHint
        case .malformedXML, .invalidContent, .missingPart: .resaveHint
        case .tooLarge, .tooCompressed, .unreadable, .unknownSheet, .notAWorksheet: nil
        }
    }
}
