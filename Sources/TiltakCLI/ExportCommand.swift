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
        abstract: HelpText.exportAbstract.message,
        discussion: HelpText.exportDiscussion(streamingThreshold: CouncilWorkbook.streamingThreshold).message)

    /// What `--only` limits the export to.
    enum Only: String, ExpressibleByArgument, CaseIterable {
        case council
    }

    @OptionGroup var options: PlanOptions

    @OptionGroup var documents: DocumentLanguageOption

    @Option(help: ArgumentHelp(HelpText.exportOut.message, valueName: HelpText.valueFolder.message))
    var out: String = "out"

    @Option(
        help: ArgumentHelp(HelpText.exportTemplates.message, valueName: HelpText.valueFolder.message))
    var templates: String?

    @Option(help: ArgumentHelp(HelpText.exportWidth.message, valueName: HelpText.valueNumber.message))
    var width: Int = 100

    @Option(
        help: ArgumentHelp(HelpText.exportOnly.message, valueName: HelpText.valuePart.message))
    var only: Only?

    @Option(
        help: ArgumentHelp(HelpText.exportSheets.message, valueName: HelpText.valueSheets.message))
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
                    councilOnly: only == .council, sheets: sheets, language: documents.language,
                    timings: timings,
                    notice: { line in Console.error(line) }))
            ProcessLifetime.keep(result.actions)
            Console.out(result.summary)
        }
    }
}

extension CouncilSheets: ExpressibleByArgument {}
