import ArgumentParser
import Foundation
import TiltakLanguage
import TiltakOperations

/// `tiltak publish`: writes the plan and its progress as a static, accessible web site.
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: SiteText.publishAbstract.message,
        discussion: SiteText.publishDiscussion.message)

    @OptionGroup var options: PlanOptions

    @OptionGroup var documents: DocumentLanguageOption

    @Option(help: ArgumentHelp(SiteText.publishOut.message, valueName: HelpText.valueFolder.message))
    var out: String?

    @Option(help: ArgumentHelp(SiteText.publishYear.message, valueName: HelpText.valueYear.message))
    var year: Int?

    @Option(help: ArgumentHelp(SiteText.publishTemplates.message, valueName: HelpText.valueFolder.message))
    var templates: String?

    func validate() throws {
        if let year, !(1900...2199).contains(year) {
            throw ValidationError(CommandMessage.notAYear(year).message)
        }
    }

    func run() throws {
        try reporting {
            var publish = PublishOperation.Options(
                source: options.source, folder: out, language: documents.language, year: year,
                templates: templates)
            publish.notice = { line in Console.error(line) }
            let result = try PublishOperation.run(publish)
            Console.out(result.summary)
        }
    }
}
