import ArgumentParser
import Foundation
import TiltakLanguage
import TiltakOperations

/// `tiltak revise`: starts the next revision of a plan.
struct ReviseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revise",
        abstract: HelpText.reviseAbstract.message,
        discussion: HelpText.reviseDiscussion.message)

    @OptionGroup var options: PlanOptions

    @Option(help: ArgumentHelp(HelpText.reviseYear.message, valueName: HelpText.valueYear.message))
    var year: Int

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(HelpText.reviseOutput.message, valueName: HelpText.valueFile.message))
    var output: String

    @Flag(help: ArgumentHelp(HelpText.reviseForce.message))
    var force = false

    func validate() throws {
        if !(1900...2199).contains(year) {
            throw ValidationError(CommandMessage.notAYear(year).message)
        }
    }

    func run() throws {
        try reporting {
            let lines = try ReviseOperation.run(
                ReviseOperation.Options(
                    source: options.source, year: year, output: output, force: force,
                    waiting: { Console.error($0) }))
            Console.out(lines.joined(separator: "\n"))
        }
    }
}
