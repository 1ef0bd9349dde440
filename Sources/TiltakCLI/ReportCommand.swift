import ArgumentParser
import Foundation
import TiltakLanguage
import TiltakOperations
import TiltakReports

/// `tiltak report`: renders one text report.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Skriv ein tekstrapport: moteoversikt, kommune, ufinansiert eller revisjon.",
        discussion: """
            Rapportane er Mustache-malar i Templates/; --templates MAPPE erstattar malar med same namn. Utan -o går rapporten til standard ut.

            Døme:
              tiltak report moteoversikt
              tiltak report kommune --municipality Ål -o Ål.txt
              tiltak report ufinansiert --width 72
              tiltak report revisjon --year 2022
            """)

    @Argument(
        help: ArgumentHelp("Rapporten: moteoversikt, kommune, ufinansiert eller revisjon.", valueName: "namn")
    )
    var name: String

    @OptionGroup var options: PlanOptions

    @Option(
        help: ArgumentHelp("Året for revisjonsrapporten (standard: revisjonsåret i planen).", valueName: "år")
    )
    var year: Int?

    @Option(help: ArgumentHelp("Kommunen for kommunerapporten.", valueName: "namn"))
    var municipality: String?

    @Option(help: ArgumentHelp("Breidd i teikn (60–200).", valueName: "n"))
    var width: Int = 100

    @Option(name: .shortAndLong, help: ArgumentHelp("Fila rapporten skal skrivast til.", valueName: "fil"))
    var output: String?

    @Option(help: ArgumentHelp("Mappe med eigne Mustache-malar.", valueName: "mappe"))
    var templates: String?

    func validate() throws {
        guard ReportKind(rawValue: name) != nil else {
            throw ValidationError(
                CommandMessage.unknownReport(name: name, reports: ReportKind.allCases.map(\.rawValue)).message
            )
        }
        if !(60...200).contains(width) {
            throw ValidationError(CommandMessage.widthOutOfRange(width).message)
        }
        if let year, !(1900...2199).contains(year) {
            throw ValidationError(CommandMessage.notAYear(year).message)
        }
        if name == "kommune", municipality == nil {
            throw ValidationError(CommandMessage.municipalityReportNeedsMunicipality.message)
        }
    }

    func run() throws {
        try reporting {
            guard let kind = ReportKind(rawValue: name) else { return }
            let text = try ReportOperation.run(
                ReportOperation.Options(
                    kind: kind, source: options.source,
                    report: ReportOptions(width: width, year: year, municipality: municipality),
                    output: output,
                    templates: templates))
            if let text { Console.write(text) }
        }
    }
}
