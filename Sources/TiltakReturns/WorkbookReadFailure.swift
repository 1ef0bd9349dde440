import TiltakPlanFiles
import XLSXReader

/// The problem to report when a workbook cannot be read: what the reader found, where in the file,
/// and what the user can do about it.
enum WorkbookReadFailure {
    /// The problem for `error`, thrown reading the workbook at `path`.
    static func problem(_ error: Error, path: String) -> FileProblem {
        guard let error = error as? XLSXReaderError else {
            return FileProblem(file: path, message: "Fila kan ikkje lesast som XLSX-arbeidsbok: \(error).")
        }
        return FileProblem(
            file: path, message: "Fila kan ikkje lesast som XLSX-arbeidsbok: \(error.reason).",
            hint: hint(error))
    }

    /// What to do about `error`.
    static func hint(_ error: XLSXReaderError) -> String? {
        switch error {
        case .notAZip:
            "lagre fila som Excel-arbeidsbok (.xlsx)"
        case .damagedArchive, .refusedEntry:
            "fila er skadd eller laga med vilje slik; be om ein ny kopi frå den som sende ho"
        case .malformedXML, .invalidContent, .missingPart:
            "opne fila i Excel eller LibreOffice og lagre ho på nytt, eller be om ein ny kopi"
        case .tooLarge, .tooCompressed, .unreadable, .unknownSheet, .notAWorksheet:
            nil
        }
    }
}
