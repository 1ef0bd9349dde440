import ArgumentParser
import Foundation
import TiltakLanguage
import TiltakOperations

/// `tiltak diff`: what changed between two revisions of a plan.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Vis kva som er endra mellom to revisjonar av ein plan.",
        discussion: """
            Samanliknar tiltaka i GAMMAL og NY etter ID: nye, fjerna og flytta tiltak (anna innsatsområde eller tema), og endra tekst, tidsramme, ansvar, involvering, finansiering, merknad, status (samla status i revisjonsåret til kvar plan) og avslutta. Begge kan vere planfiler (YAML) eller tabellar (CSV). Avsluttar med 0 anten det er endringar eller ikkje.

            Døme:
              tiltak diff plan-2021.yaml plan.yaml
              tiltak diff plan-2021.yaml plan.yaml --width 72 -o endringar.txt
              tiltak diff plan-2021.yaml plan.yaml --format xlsx -o endringar.xlsx
            """)

    @Argument(help: ArgumentHelp("Den førre revisjonen (planfil eller tabell).", valueName: "gammal"))
    var old: String

    @Argument(help: ArgumentHelp("Den nye revisjonen (planfil eller tabell).", valueName: "ny"))
    var new: String

    @Option(help: ArgumentHelp("Format: text (standard) eller xlsx (krev -o).", valueName: "format"))
    var format: DiffOperation.Format = .text

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Fila endringane skal skrivast til (standard: standard ut for text).", valueName: "fil"))
    var output: String?

    @Option(help: ArgumentHelp("Breidd i teikn for text (60–200).", valueName: "n"))
    var width: Int = 100

    @Option(help: ArgumentHelp("Mappe med eigne Mustache-malar (endringar.mustache).", valueName: "mappe"))
    var templates: String?

    func validate() throws {
        if !(60...200).contains(width) {
            throw ValidationError(CommandMessage.widthOutOfRange(width).message)
        }
        if format == .xlsx, output == nil {
            throw ValidationError(CommandMessage.xlsxNeedsOutput.message)
        }
    }

    func run() throws {
        try reporting {
            let result = try DiffOperation.run(
                DiffOperation.Options(
                    old: old, new: new, format: format, output: output, width: width, templates: templates))
            switch result {
            case .text(let text): Console.write(text)
            case .written(let line): if let line { Console.out(line) }
            }
        }
    }
}

extension DiffOperation.Format: ExpressibleByArgument {}
