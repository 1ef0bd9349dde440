import ArgumentParser
import Foundation
import TiltakLanguage
import TiltakOperations
import TiltakReports

/// `tiltak report`: renders one text report.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: HelpText.reportAbstract.message,
        discussion: HelpText.reportDiscussion.message)

    @Argument(
        help: ArgumentHelp(HelpText.reportName.message, valueName: HelpText.valueName.message)
    )
    var name: String

    @OptionGroup var options: PlanOptions

    @OptionGroup var documents: DocumentLanguageOption

    @Option(
        help: ArgumentHelp(HelpText.reportYear.message, valueName: HelpText.valueYear.message)
    )
    var year: Int?

    @Option(help: ArgumentHelp(HelpText.reportMunicipality.message, valueName: HelpText.valueName.message))
    var municipality: String?

    @Option(help: ArgumentHelp(HelpText.reportWidth.message, valueName: HelpText.valueNumber.message))
    var width: Int = 100

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(HelpText.reportOutput.message, valueName: HelpText.valueFile.message))
    var output: String?

    @Option(help: ArgumentHelp(HelpText.reportTemplates.message, valueName: HelpText.valueFolder.message))
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
                    report: ReportOptions(
                        width: width, year: year, municipality: municipality, language: documents.language),
                    output: output,
                    templates: templates))
            if let text { Console.write(text) }
        }
    }
}
