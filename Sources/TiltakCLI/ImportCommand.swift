import ArgumentParser
import Foundation
import TiltakOperations

/// `tiltak import`: turns a flat table into a plan file.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Gjer ein tiltakstabell (CSV) eller rådsarbeidsbok (XLSX) om til ei planfil (YAML).",
        discussion: """
            Tabellen treng kolonnane Innsatsområde, Tema og Tiltak; ID, Tidsramme, Ansvar, Involvering og Merknad er valfrie. Skiljeteikn (; , tab) og teiknkoding (UTF-8, Windows-1252) vert funne automatisk. Tiltak utan ID får ID etter innsatsområdet (NK-01, NK-02, …). Tiltak skriv ut det som ikkje kunne tolkast (tidsrammer, partar, beløp).

            Ei arbeidsbok (.xlsx) frå «tiltak export» vert lesen frå arket Tiltak, også etter at ho er redigert i Excel (nye rader utan ID, endra tekstar). Partsregister og planopplysningar kjem frå --base, elles frå YAML-fila med same namn ved sida av arbeidsboka, elles frå kjeldefila arket Oversikt nemner. Celler som er som før, held på cellene og tolkinga i basisplanen; Status og Kommentar vert ikkje importerte (bruk «tiltak collect»).

            Døme:
              tiltak import tiltak.csv -o plan.yaml
              tiltak import ut/hallingdal-2021-2024.xlsx --base Fixtures/hallingdal-2021-2024.yaml -o ny.yaml
              tiltak import tiltak.csv --base Fixtures/hallingdal-2021-2024.yaml -o plan.yaml
            """)

    @Argument(
        help: ArgumentHelp("Tabellen (CSV) eller arbeidsboka (XLSX) som skal lesast.", valueName: "tabell"))
    var table: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Planfila som skal skrivast (YAML).", valueName: "fil"))
    var output: String

    @Option(
        help: ArgumentHelp("Planfil med partsregister, innsatsområde og planopplysningar.", valueName: "fil"))
    var base: String?

    func validate() throws {
        do {
            try ImportOperation.check(ImportOperation.Options(input: table, output: output, base: base))
        } catch let error as UsageError {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        try reporting {
            let setting = ProcessInfo.processInfo.environment["TILTAK_TIMINGS"] ?? ""
            var timings: (@Sendable (String) -> Void)?
            if !setting.isEmpty, setting != "0" { timings = { line in Console.error(line) } }
            let result = try ImportOperation.run(
                ImportOperation.Options(
                    input: table, output: output, base: base, waiting: { Console.error($0) }, timings: timings
                ))
            Console.report(result.notes)
            for line in result.lines { Console.out(line) }
        }
    }
}
