import ArgumentParser
import Foundation
import TiltakModel
import TiltakPlanFiles
import TiltakReturns
import TiltakRuntime

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
        if URL(fileURLWithPath: table).standardized.path == URL(fileURLWithPath: output).standardized.path {
            throw ValidationError("Tabellen og planfila kan ikkje vere same fil.")
        }
        if PlanLoader.isTable(output) {
            throw ValidationError("-o skal vere ei YAML-planfil (.yaml), ikkje «\(output)».")
        }
    }

    func run() throws {
        try reporting {
            if WorkbookImporter.isWorkbook(table) {
                try importWorkbook()
                return
            }
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

    /// Imports the Tiltak sheet of a council workbook over a base plan.
    func importWorkbook() throws {
        guard let basePath = base ?? WorkbookImporter.defaultBase(for: table) else {
            throw UsageFailure(
                message:
                    "\(table): fann inga planfil med partsregister og planopplysningar; gje --base PLAN.yaml."
            )
        }
        if PlanLoader.isTable(basePath) {
            throw UsageFailure(message: "--base skal vere ei YAML-planfil, ikkje «\(basePath)».")
        }
        let basePlan = try PlanFileReader.read(path: basePath)
        let result = try WorkbookImporter.importWorkbook(path: table, base: basePlan)
        let plan = result.plan
        try PlanFileWriter.write(plan, to: output)
        for note in PlanValidator.validate(plan) where note.severity == .error {
            Console.error(
                "\(note.severity.nynorsk): \(note.actionID?.rawValue ?? "-") \(note.field?.rawValue ?? "-"): \(Output.clean(note.message))"
            )
        }
        var summary =
            "Skreiv \(output): \(plan.actions.count) tiltak i \(plan.focusAreas.count) innsatsområde (partsregister frå \(basePath))"
        if !result.newIDs.isEmpty {
            summary += "; nye tiltak: \(result.newIDs.map(\.rawValue).joined(separator: ", "))"
        }
        if !result.changedIDs.isEmpty {
            summary += "; endra: \(result.changedIDs.map(\.rawValue).joined(separator: ", "))"
        }
        Console.out(summary + ".")
        if result.statusRows > 0 {
            Console.out(
                "\(result.statusRows) rader har Status eller Kommentar; dei er ikkje importerte (bruk «tiltak collect»)."
            )
        }
    }
}
