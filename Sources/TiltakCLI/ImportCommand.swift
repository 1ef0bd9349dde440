import ArgumentParser
import Foundation
import TiltakLanguage
import TiltakOperations
import TiltakPlanFiles

/// `tiltak import`: turns a flat table into a plan file.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: HelpText.importAbstract.message,
        discussion: HelpText.importDiscussion.message)

    @Argument(
        help: ArgumentHelp(HelpText.importTable.message, valueName: HelpText.valueTable.message))
    var table: String

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(HelpText.importOutput.message, valueName: HelpText.valueFile.message))
    var output: String

    @Option(
        help: ArgumentHelp(HelpText.importBase.message, valueName: HelpText.valueFile.message))
    var base: String?

    @Option(help: ArgumentHelp(HelpText.importSheet.message, valueName: HelpText.valueName.message))
    var sheet: String?

    @Flag(help: ArgumentHelp(HelpText.importFillDown.message))
    var fillDown = false

    /// How to read a workbook that Tiltak did not write.
    var sheetOptions: SheetTable.Options { SheetTable.Options(sheet: sheet, fillDown: fillDown) }

    @Option(
        name: .long,
        help: ArgumentHelp(HelpText.columns.message, valueName: HelpText.valueColumns.message))
    var columns: String?

    func validate() throws {
        _ = try ColumnOption.choices(columns)
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
                    input: table, output: output, base: base, sheet: sheetOptions,
                    columns: ColumnOption.choices(columns), waiting: { Console.error($0) }, timings: timings))
            Console.report(result.notes)
            for line in result.lines { Console.out(line) }
        }
    }
}
