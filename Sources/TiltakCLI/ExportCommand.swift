import ArgumentParser
import Foundation
import TiltakLanguage
import TiltakOperations
import TiltakRuntime
import TiltakWorkbook

/// `tiltak export`: writes the council workbook, the municipality workbooks and the text reports.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Skriv arbeidsbøker og tekstrapportar for planen.",
        discussion: """
            Skriv DIR/<plan-id>.xlsx (rådsarbeidsboka), DIR/kommunar/<Kommune>.xlsx og .txt for kvar kommune, DIR/moteoversikt.txt, DIR/ufinansiert.txt og DIR/revisjon-<år>.txt. Alle filene vert skrivne ferdig i ei skjult mappe i DIR og flytte på plass saman, berre når planen er utan feil (sjå tiltak validate): går noko gale, er DIR som før. Éin eksport om gongen skriv til same mappe; ein annan ventar.

            Døme:
              tiltak export
              tiltak export --plan minplan.yaml --out rapportar/
              tiltak export --templates mine-malar/
              tiltak export --plan stor.csv --only council --sheets tiltak

            --only council skriv berre rådsarbeidsboka (ikkje kommunearbeidsbøker og tekstrapportar). --sheets tiltak skriv rådsarbeidsboka med berre arket Tiltak (og det skjulte arket Lister med statusverdiane). I planar med \(CouncilWorkbook.streamingThreshold) tiltak eller fleire vert arket Tiltak skrive rad for rad med lite minne (med --sheets tiltak heile arbeidsboka): arket får då autofilter i staden for Excel-tabell, og tekst vert lagra i kvar celle i staden for i ein felles teksttabell.
            """)

    /// What `--only` limits the export to.
    enum Only: String, ExpressibleByArgument, CaseIterable {
        case council
    }

    @OptionGroup var options: PlanOptions

    @Option(help: ArgumentHelp("Mappa filene skal skrivast til.", valueName: "mappe"))
    var out: String = "out"

    @Option(
        help: ArgumentHelp(
            "Mappe med eigne Mustache-malar som erstattar standardmalane med same namn.", valueName: "mappe"))
    var templates: String?

    @Option(help: ArgumentHelp("Breidd på tekstrapportane (60–200).", valueName: "n"))
    var width: Int = 100

    @Option(
        help: ArgumentHelp(
            "Skriv berre dette: council (rådsarbeidsboka, utan kommunearbeidsbøker og tekstrapportar).",
            valueName: "del"))
    var only: Only?

    @Option(
        help: ArgumentHelp(
            "Ark i rådsarbeidsboka: all (standard) eller tiltak (berre arket Tiltak, med lista Lister).",
            valueName: "ark"))
    var sheets: CouncilSheets = .all

    func validate() throws {
        if !(60...200).contains(width) {
            throw ValidationError(CommandMessage.widthOutOfRange(width).message)
        }
    }

    func run() throws {
        try reporting {
            let setting = ProcessInfo.processInfo.environment["TILTAK_TIMINGS"] ?? ""
            var timings: (@Sendable (String) -> Void)?
            if !setting.isEmpty, setting != "0" { timings = { line in Console.error(line) } }
            let result = try ExportOperation.run(
                ExportOperation.Options(
                    source: options.source, folder: out, templates: templates, width: width,
                    councilOnly: only == .council, sheets: sheets, timings: timings,
                    notice: { line in Console.error(line) }))
            ProcessLifetime.keep(result.actions)
            Console.out(result.summary)
        }
    }
}

extension CouncilSheets: ExpressibleByArgument {}
