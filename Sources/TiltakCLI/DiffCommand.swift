import ArgumentParser
import Foundation
import TiltakLanguage
import TiltakOperations

/// `tiltak diff`: what changed between two revisions of a plan.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: HelpText.diffAbstract.message,
        discussion: HelpText.diffDiscussion.message)

    @Argument(help: ArgumentHelp(HelpText.diffOld.message, valueName: HelpText.valueOld.message))
    var old: String

    @Argument(help: ArgumentHelp(HelpText.diffNew.message, valueName: HelpText.valueNew.message))
    var new: String

    @Option(help: ArgumentHelp(HelpText.diffFormat.message, valueName: HelpText.valueFormat.message))
    var format: DiffOperation.Format = .text

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(HelpText.diffOutput.message, valueName: HelpText.valueFile.message))
    var output: String?

    @Option(help: ArgumentHelp(HelpText.diffWidth.message, valueName: HelpText.valueNumber.message))
    var width: Int = 100

    @Option(help: ArgumentHelp(HelpText.diffTemplates.message, valueName: HelpText.valueFolder.message))
    var templates: String?

    @OptionGroup var documents: DocumentLanguageOption

    func validate() throws {
        if !(60...200).contains(width) {
            throw ValidationError(CommandMessage.widthOutOfRange(width).message)
        }
        if format == .xlsx, output == nil {
            throw ValidationError(CommandMessage.xlsxNeedsOutput.message)
        }
    }

    func run() throws {
        try reporting {
            let result = try DiffOperation.run(
                DiffOperation.Options(
                    old: old, new: new, format: format, output: output, width: width, templates: templates,
                    language: documents.language))
            switch result {
            case .text(let text): Console.write(text)
            case .written(let line): if let line { Console.out(line) }
            }
        }
    }
}

extension DiffOperation.Format: ExpressibleByArgument {}
