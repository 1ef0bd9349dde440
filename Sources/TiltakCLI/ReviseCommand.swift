import ArgumentParser
import Foundation
import TiltakLanguage
import TiltakOperations

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
            throw ValidationError(CommandMessage.notAYear(year).message)
        }
    }

    func run() throws {
        try reporting {
            let lines = try ReviseOperation.run(
                ReviseOperation.Options(
                    source: options.source, year: year, output: output, force: force,
                    waiting: { Console.error($0) }))
            Console.out(lines.joined(separator: "\n"))
        }
    }
}
