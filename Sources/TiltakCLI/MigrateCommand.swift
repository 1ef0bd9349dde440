import ArgumentParser
import Foundation
import TiltakLanguage
import TiltakOperations

/// `tiltak migrate`: moves the status reports of a plan file into its status ledger.
struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: LedgerMessage.migrateAbstract.message,
        discussion: LedgerMessage.migrateDiscussion.message)

    @Option(help: ArgumentHelp(LedgerMessage.migratePlan.message, valueName: HelpText.valueFile.message))
    var plan: String?

    func run() throws {
        try reporting {
            Console.out(try MigrateOperation.run(plan: plan, waiting: { Console.error($0) }))
        }
    }
}
