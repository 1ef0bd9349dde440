import ArgumentParser
import Foundation
import TiltakLanguage
import TiltakOperations

/// `tiltak list`: the actions that match the filters, as a table, CSV or JSON.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: HelpText.listAbstract.message,
        discussion: HelpText.listDiscussion.message)

    @OptionGroup var options: PlanOptions

    @OptionGroup var documents: DocumentLanguageOption

    @Option(
        help: ArgumentHelp(HelpText.listResponsible.message, valueName: HelpText.valueName.message))
    var responsible: String?

    @Flag(help: ArgumentHelp(HelpText.listDirect.message))
    var direct = false

    @Option(
        help: ArgumentHelp(HelpText.listMunicipality.message, valueName: HelpText.valueName.message))
    var municipality: String?

    @Option(
        help: ArgumentHelp(HelpText.listYear.message, valueName: HelpText.valueYear.message))
    var year: Int?

    @Option(
        help: ArgumentHelp(HelpText.listArea.message, valueName: HelpText.valueName.message))
    var area: String?

    @Flag(help: ArgumentHelp(HelpText.listUnfinanced.message))
    var unfinanced = false

    @Option(help: ArgumentHelp(HelpText.listStatus.message, valueName: HelpText.valueStatus.message))
    var status: String?

    @Option(help: ArgumentHelp(HelpText.listFormat.message, valueName: HelpText.valueFormat.message))
    var format: ListOperation.Format = .table

    @Option(help: ArgumentHelp(HelpText.listWidth.message, valueName: HelpText.valueNumber.message))
    var width: Int = 100

    func validate() throws {
        if let year, !(1900...2199).contains(year) {
            throw ValidationError(CommandMessage.listYearOutOfRange(year).message)
        }
        if !(60...200).contains(width) {
            throw ValidationError(CommandMessage.widthOutOfRange(width).message)
        }
    }

    func run() throws {
        try reporting {
            let filter = ActionFilter(
                responsible: responsible, directOnly: direct, municipality: municipality, year: year,
                area: area, unfinanced: unfinanced, status: status)
            try ListOperation.run(
                ListOperation.Options(
                    source: options.source, filter: filter, format: format, width: width,
                    language: documents.language),
                emit: Console.write)
        }
    }
}

extension ListOperation.Format: ExpressibleByArgument {}
