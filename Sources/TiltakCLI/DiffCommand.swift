import ArgumentParser
import Foundation
import TiltakModel
import TiltakPlanFiles
import TiltakReports
import TiltakReturns
import TiltakRuntime
import TiltakWorkbook

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

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case xlsx
    }

    @Argument(help: ArgumentHelp("Den førre revisjonen (planfil eller tabell).", valueName: "gammal"))
    var old: String

    @Argument(help: ArgumentHelp("Den nye revisjonen (planfil eller tabell).", valueName: "ny"))
    var new: String

    @Option(help: ArgumentHelp("Format: text (standard) eller xlsx (krev -o).", valueName: "format"))
    var format: Format = .text

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
            throw ValidationError("--width må vere mellom 60 og 200, ikkje \(width).")
        }
        if format == .xlsx, output == nil {
            throw ValidationError("--format xlsx treng -o FIL.xlsx.")
        }
    }

    func run() throws {
        try reporting {
            let before = try PlanLoader.load(path: old)
            let after = try PlanLoader.load(path: new)
            switch format {
            case .text:
                let renderer = try Reports.renderer(overrides: templates)
                let text = try renderer.renderChanges(
                    from: before.plan, to: after.plan, width: width, oldName: Self.name(old),
                    newName: Self.name(new))
                if let output {
                    try AtomicFile.write(Data(text.utf8), to: output)
                } else {
                    FileHandleOutput.write(text)
                }
            case .xlsx:
                guard let output else { return }
                do {
                    try ChangesWorkbook.write(from: before.plan, to: after.plan, path: output)
                } catch let error as WorkbookError {
                    throw AtomicFile.WriteError(path: error.path, cause: error.cause)
                }
                let diff = PlanDiff(old: before.plan, new: after.plan)
                Console.out("Skreiv \(output): \(diff.summary) (\(diff.changes.count) rader).")
            }
        }
    }

    /// The file name of `path`, as the report shows it.
    static func name(_ path: String) -> String {
        URL(fileURLWithPath: path).lastPathComponent
    }
}
