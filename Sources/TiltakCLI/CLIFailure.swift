import ArgumentParser
import Foundation
import TiltakPlanFiles
import TiltakReturns
import TiltakRuntime

/// Exit codes, after BSD sysexits.
enum ExitStatus {
    /// Bad usage: unknown option value, a file that does not exist, a directory given as a file.
    static let usage: Int32 = 64
    /// Bad data: a file that exists but cannot be used as it is.
    static let data: Int32 = 65
    /// Output could not be written.
    static let cannotCreate: Int32 = 73
}

/// Prints messages to standard error, prefixed `tiltak: `.
enum Console {
    static func error(_ message: String) {
        for line in message.split(separator: "\n", omittingEmptySubsequences: false) {
            FileHandle.standardError.write(Data("tiltak: \(line)\n".utf8))
        }
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}

/// Reports an error the way the CLI does and returns the exit code to use.
func fail(_ error: Error) -> ExitCode {
    switch error {
    case let error as PlanFileError:
        for problem in error.problems { Console.error("feil: \(problem)") }
        if case .unreadable = error { return ExitCode(ExitStatus.usage) }
        return ExitCode(ExitStatus.data)
    case let error as UsageFailure:
        Console.error("feil: \(error.message)")
        return ExitCode(ExitStatus.usage)
    case let error as AtomicFile.WriteError:
        Console.error("feil: \(error)")
        return ExitCode(ExitStatus.cannotCreate)
    case let error as DataFailure:
        Console.error("feil: \(error.message)")
        return ExitCode(ExitStatus.data)
    default:
        Console.error("feil: \(error)")
        return ExitCode(ExitStatus.data)
    }
}

/// A usage mistake (exit 64).
struct UsageFailure: Error {
    var message: String
}

/// Data that cannot be used (exit 65).
struct DataFailure: Error {
    var message: String
}

/// Runs `body`, turning any error into a message and an exit code.
func reporting(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let exit as ExitCode {
        throw exit
    } catch {
        throw fail(error)
    }
}
