import ArgumentParser
import Foundation
import TiltakLanguage
import TiltakOperations
import TiltakWorkbook

/// `tiltak validate`: prints errors and warnings of a plan.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: HelpText.validateAbstract.message,
        discussion: HelpText.validateDiscussion.message)

    @OptionGroup var options: PlanOptions

    @Option(
        help: ArgumentHelp(HelpText.validateOnly.message, valueName: HelpText.valuePart.message))
    var only: ExportCommand.Only?

    @Option(
        help: ArgumentHelp(HelpText.validateSheets.message, valueName: HelpText.valueSheets.message))
    var sheets: CouncilSheets = .all

    func run() throws {
        var errors = 0
        try reporting {
            let result = try ValidateOperation.run(
                options.source, checks: ExportValidation(councilOnly: only == .council, sheets: sheets))
            for line in result.lines { Console.out(line) }
            Console.out(result.summary)
            errors = result.errors
        }
        if errors > 0 { throw ExitCode(1) }
    }
}
