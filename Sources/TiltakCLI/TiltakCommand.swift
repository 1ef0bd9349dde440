import ArgumentParser
import Foundation
import TiltakLanguage
import TiltakOperations

/// The `tiltak` command: turns a regional action programme into council documents.
public struct TiltakCommand: ParsableCommand {
    /// The version printed by `--version`.
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "tiltak",
        abstract: HelpText.tiltakAbstract.message,
        discussion: HelpText.tiltakDiscussion.message,
        version: version,
        subcommands: [
            ValidateCommand.self, ListCommand.self, ImportCommand.self, ExportCommand.self,
            ReportCommand.self, CollectCommand.self, DiffCommand.self, ReviseCommand.self,
            MigrateCommand.self, PublishCommand.self,
        ]
    )

    public init() {}
}
