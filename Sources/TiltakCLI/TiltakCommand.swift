import ArgumentParser
import Foundation
import TiltakOperations

/// The `tiltak` command: turns a regional action programme into council documents.
public struct TiltakCommand: ParsableCommand {
    /// The version printed by `--version`.
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "tiltak",
        abstract: "Gjer eit regionalt handlingsprogram om til dokument for regionrådet.",
        discussion: """
            Utan --plan brukar kvar kommando Hallingdal-planen (Fixtures/hallingdal-2021-2024.yaml).

            Døme:
              tiltak validate
              tiltak list --municipality Ål --year 2022
              tiltak import tiltak.csv -o plan.yaml
              tiltak export --out out/
            """,
        version: version,
        subcommands: [
            ValidateCommand.self, ListCommand.self, ImportCommand.self, ExportCommand.self,
            ReportCommand.self, CollectCommand.self, DiffCommand.self, ReviseCommand.self,
        ]
    )

    public init() {}
}
