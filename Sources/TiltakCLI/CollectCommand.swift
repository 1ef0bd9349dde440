import ArgumentParser
import Foundation
import TiltakLanguage
import TiltakOperations

/// `tiltak collect`: merges status reports from returned task workbooks and CSV tables into a plan file.
struct CollectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collect",
        abstract: HelpText.collectAbstract.message,
        discussion: HelpText.collectDiscussion.message)

    @Argument(help: ArgumentHelp(HelpText.collectFiles.message, valueName: HelpText.valueFile.message))
    var files: [String] = []

    @Option(help: ArgumentHelp(HelpText.collectPlan.message, valueName: HelpText.valueFile.message))
    var plan: String?

    @Option(
        help: ArgumentHelp(HelpText.collectYear.message, valueName: HelpText.valueYear.message))
    var year: Int?

    @Option(
        help: ArgumentHelp(HelpText.collectParty.message, valueName: HelpText.valueParty.message))
    var party: String?

    @Option(help: ArgumentHelp(HelpText.collectDate.message, valueName: HelpText.valueDate.message))
    var date: String?

    @Flag(help: ArgumentHelp(HelpText.collectDryRun.message))
    var dryRun = false

    func run() throws {
        try reporting {
            let result = try CollectOperation.run(
                CollectOperation.Options(
                    files: files, plan: plan, year: year, party: party, date: date, dryRun: dryRun,
                    waiting: { Console.error($0) }))
            Console.report(result.notes)
            if result.dryRun {
                Console.out(CommandMessage.dryRun(plan: result.planPath).message)
                for line in result.lines + result.lateReturns { Console.out(line) }
                Console.out(result.summary)
                return
            }
            for line in result.replaced + result.lines + result.lateReturns { Console.out(line) }
            Console.out(result.summary)
            guard result.written, let wrote = result.wrote else {
                Console.out(CommandMessage.nothingChanged.message)
                return
            }
            Console.out(wrote)
        }
    }
}
