import ArgumentParser
import Foundation
import TiltakOperations

/// `tiltak validate`: prints errors and warnings of a plan.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Kontroller planen: feil og åtvaringar, ei linje kvar.",
        discussion: """
            Skriv ei linje per funn: alvor, tiltaks-ID, felt og melding. Avsluttar med 0 når planen ikkje har feil, 1 når han har feil (åtvaringar åleine gjev 0).

            Døme:
              tiltak validate
              tiltak validate --plan minplan.yaml
              tiltak validate --plan tiltak.csv --base minplan.yaml
            """)

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
