import ArgumentParser
import Foundation
import TiltakLanguage
import TiltakOperations
import TiltakPlanFiles
import TiltakReports
import TiltakRuntime
import TiltakWorkbook

/// Exit codes, after BSD sysexits.
enum ExitStatus {
    /// Bad usage: unknown option value, a file that does not exist, a directory given as a file.
    static let usage: Int32 = 64
    /// Bad data: a file that exists but cannot be used as it is.
    static let data: Int32 = 65
    /// A program the command needs is missing or failed (LibreOffice for `--pdf`).
    static let unavailable: Int32 = 69
    /// Output could not be written.
    static let cannotCreate: Int32 = 73

    /// The exit code for `error`: the one place errors become exit codes.
    static func code(for error: Error) -> Int32 {
        switch error {
        case let error as PlanFileError:
            if case .unreadable = error { return usage }
            return data
        case is UsageError: return usage
        case let error as ReportError: return error.isUsage ? usage : data
        case is OutputError: return cannotCreate
        case is UnavailableError: return unavailable
        case is DataError, is WorkbookContentError: return data
        default: return data
        }
    }
}

extension ReportError {
    /// Whether the report was asked for with options it cannot use (a municipality, a width), rather
    /// than with templates that cannot be used.
    var isUsage: Bool {
        switch self {
        case .unknownMunicipality, .missingMunicipality, .widthOutOfRange: true
        case .templateSyntax, .unknownVariable, .missingTemplate, .unreadableTemplates: false
        }
    }
}

/// Prints messages to standard error, prefixed `tiltak: `, and results to standard output.
enum Console {
    static func error(_ message: String) {
        for line in message.split(separator: "\n", omittingEmptySubsequences: false) {
            FileHandle.standardError.write(Data("tiltak: \(line)\n".utf8))
        }
    }

    /// Writes `text` to standard output with a line end after it.
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Writes `text` to standard output as it is.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Prints diagnostics, each prefixed with its kind (`feil:`, `åtvaring:`, `merknad:`,
    /// `konflikt:`), in the language of messages.
    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            error("\(diagnostic.kind.word.message): \(diagnostic.text)")
        }
    }
}

/// Reports an error the way the CLI does and returns the exit code to use.
func fail(_ error: Error) -> ExitCode {
    switch error {
    case let error as PlanFileError:
        for problem in error.problems { Console.error("\(SeverityWord.error.message): \(problem)") }
    case let error as any DiagnosticError:
        Console.report(error.diagnostics)
    default:
        Console.error("\(SeverityWord.error.message): \(error)")
    }
    return ExitCode(ExitStatus.code(for: error))
}

/// Runs `body`, turning any error into a message and an exit code.
///
/// C libraries' own messages (libxlsxwriter's `[ERROR] …` lines) are kept off the terminal while it
/// runs: every failure is reported once, as a typed error, in the user's language.
func reporting(_ body: () throws -> Void) throws {
    do {
        try LibraryMessages.silenced(body)
    } catch let exit as ExitCode {
        throw exit
    } catch {
        throw fail(error)
    }
}
