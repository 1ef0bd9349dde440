import ArgumentParser
import Foundation
import TiltakOperations
import TiltakWorkbook

/// `tiltak validate`: prints errors and warnings of a plan.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Kontroller planen: feil og åtvaringar, ei linje kvar.",
        discussion: """
            Skriv ei linje per funn: alvor, tiltaks-ID, felt og melding. Avsluttar med 0 når planen ikkje har feil, 1 når han har feil (åtvaringar åleine gjev 0). Feil er det tiltak export ville nekte: med --only og --sheets som i eksporten vert berre arka den skriv, kontrollerte (til dømes talet på rader i kvart ark).

            Døme:
              tiltak validate
              tiltak validate --plan minplan.yaml
              tiltak validate --plan tiltak.csv --base minplan.yaml
              tiltak validate --plan stor.csv --only council --sheets tiltak
            """)

    @OptionGroup var options: PlanOptions

    @Option(
        help: ArgumentHelp(
            "Kontroller for ein eksport av berre dette: council (rådsarbeidsboka).", valueName: "del"))
    var only: ExportCommand.Only?

    @Option(
        help: ArgumentHelp(
            "Kontroller for ein eksport med desse arka i rådsarbeidsboka: all (standard) eller tiltak.",
            valueName: "ark"))
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
