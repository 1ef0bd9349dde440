import ArgumentParser
import Foundation
import TiltakLanguage
import TiltakOperations

/// `tiltak validate`: prints errors and warnings of a plan.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: HelpText.validateAbstract.message,
        discussion: HelpText.validateDiscussion.message)

    @OptionGroup var options: PlanOptions

    func run() throws {
        var errors = 0
        try reporting {
            let result = try ValidateOperation.run(options.source)
            for line in result.lines { Console.out(line) }
            Console.out(result.summary)
            errors = result.errors
        }
        if errors > 0 { throw ExitCode(1) }
    }
}
