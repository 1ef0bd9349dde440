import ArgumentParser
import Foundation
import TiltakModel
import TiltakPlanFiles
import TiltakReturns
import TiltakRuntime

/// `tiltak revise`: starts the next revision of a plan.
struct ReviseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revise",
        abstract: "Start neste revisjon av planen.",
        discussion: """
            Skriv ein ny planfil for revisjonen ÅR: revisjonsdatoen flytta til same dag i ÅR (1. januar om dagen ikkje finst), etiketten «Revisjon ÅR». Tiltak med samla status Fullført eller Avlyst i det førre revisjonsåret vert merkte avslutta (closed: true) og står att i planen; ID-ar og statusrapportar vert haldne. Uferdige tiltak med tidsramme som gjekk ut før ÅR vert lista som forseinka (åtvaringa «overdue» i tiltak validate, og bolken «Forseinka tiltak» i revisjon-ÅR.txt). ÅR må vere etter revisjonsåret i planen.

            Den nye planen vert skriven atomisk til -o; -o kan ikkje vere same fil som --plan utan
            --force (den førre revisjonen er det diff samanliknar med).

            Døme:
              tiltak revise --year 2022 --plan plan.yaml -o plan-2022.yaml
              tiltak diff plan.yaml plan-2022.yaml
            """)

    @OptionGroup var options: PlanOptions

    @Option(help: ArgumentHelp("Året for den nye revisjonen.", valueName: "år"))
    var year: Int

    @Option(name: .shortAndLong, help: ArgumentHelp("Den nye planfila (YAML).", valueName: "fil"))
    var output: String

    @Flag(help: "Skriv over planfila sjølv om -o er same fil som --plan.")
    var force = false

    func validate() throws {
        if !(1900...2199).contains(year) {
            throw ValidationError("--year må vere eit årstal, ikkje \(year).")
        }
    }

    func run() throws {
        try reporting {
            let loaded = try options.load()
            if !force, Self.sameFile(loaded.path, output) {
                throw UsageFailure(
                    message:
                        "\(output): er same fil som planen; skriv den nye revisjonen til ei anna fil, eller bruk --force."
                )
            }
            let result: PlanRevision.Result
            do {
                result = try PlanRevision.revise(loaded.plan, to: year)
            } catch {
                throw UsageFailure(message: "--year: \(error)")
            }
            try PlanFileWriter.write(result.plan, to: output)
            let plan = result.plan
            var lines = [
                "Skreiv \(output): \(plan.revision.label) (\(plan.revision.date.iso)), \(plan.actions.count) tiltak."
            ]
            lines.append(
                result.closed.isEmpty
                    ? "Ingen tiltak avslutta."
                    : "Avslutta (fullført eller avlyst): \(result.closed.map(\.rawValue).joined(separator: ", "))."
            )
            lines.append(
                result.overdue.isEmpty
                    ? "Ingen forseinka tiltak."
                    : "Forseinka (\(result.overdue.count)): \(result.overdue.map(\.actionID.rawValue).joined(separator: ", "))."
            )
            Console.out(lines.map(Output.clean).joined(separator: "\n"))
        }
    }

    /// Whether two paths name the same file (after resolving `.`, `..` and symbolic links).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        func canonical(_ path: String) -> String {
            URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        }
        return canonical(a) == canonical(b)
    }
}
