import ArgumentParser
import Foundation
import TiltakIO
import TiltakModel

/// `tiltak import`: turns a flat table into a plan file.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Gjer ein tiltakstabell (CSV) om til ei planfil (YAML).",
        discussion: """
            Tabellen treng kolonnane Innsatsområde, Tema og Tiltak; ID, Tidsramme, Ansvar, Involvering
            og Merknad er valfrie. Skiljeteikn (; , tab) og teiknkoding (UTF-8, Windows-1252) vert
            funne automatisk. Tiltak utan ID får ID etter innsatsområdet (NK-01, NK-02, …).
            Tiltak skriv ut det som ikkje kunne tolkast (tidsrammer, partar, beløp).

            Døme:
              tiltak import tiltak.csv -o plan.yaml
              tiltak import tiltak.csv --base Fixtures/hallingdal-2021-2024.yaml -o plan.yaml
            """)

    @Argument(help: ArgumentHelp("Tabellen som skal lesast (CSV).", valueName: "tabell"))
    var table: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Planfila som skal skrivast (YAML).", valueName: "fil"))
    var output: String

    @Option(
        help: ArgumentHelp("Planfil med partsregister, innsatsområde og planopplysningar.", valueName: "fil"))
    var base: String?

    func validate() throws {
        if URL(fileURLWithPath: table).standardized.path == URL(fileURLWithPath: output).standardized.path {
            throw ValidationError("Tabellen og planfila kan ikkje vere same fil.")
        }
        if PlanLoader.isTable(output) {
            throw ValidationError("-o skal vere ei YAML-planfil (.yaml), ikkje «\(output)».")
        }
    }

    func run() throws {
        try reporting {
            let loaded = try PlanLoader.load(path: table, base: base)
            let plan = loaded.plan
            try PlanFileWriter.write(plan, to: output)
            let notes = PlanValidator.validate(plan).filter {
                [
                    "unreadable-timeframe", "unknown-timeframe", "unregistered-party", "unreadable-amount",
                    "no-responsible",
                ]
                .contains($0.code)
            }
            for note in notes {
                Console.error(
                    "\(note.severity.nynorsk): \(note.actionID?.rawValue ?? "-") \(note.field?.rawValue ?? "-"): \(Output.clean(note.message))"
                )
            }
            var summary =
                "Skreiv \(output): \(plan.actions.count) tiltak i \(plan.focusAreas.count) innsatsområde"
            if let basePath = loaded.basePath { summary += " (partsregister frå \(basePath))" }
            Console.out(summary + ".")
            if !notes.isEmpty {
                Console.out("\(notes.count) celler kunne ikkje tolkast fullt ut (sjå over).")
            }
        }
    }
}
