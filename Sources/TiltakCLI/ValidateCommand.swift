import ArgumentParser
import TiltakModel
import TiltakPlanFiles
import TiltakReturns
import TiltakRuntime

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
            let loaded = try options.load()
            let issues = PlanValidator.validate(loaded.plan)
            for issue in issues {
                let id = issue.actionID?.rawValue ?? "-"
                let field = issue.field?.rawValue ?? "-"
                Console.out("\(issue.severity.nynorsk)\t\(id)\t\(field)\t\(Output.clean(issue.message))")
            }
            errors = issues.filter { $0.severity == .error }.count
            let warnings = issues.count - errors
            Console.out(
                "\(loaded.path): \(loaded.plan.actions.count) tiltak, \(errors) feil, \(warnings) åtvaring\(warnings == 1 ? "" : "ar")."
            )
        }
        if errors > 0 { throw ExitCode(1) }
    }
}
