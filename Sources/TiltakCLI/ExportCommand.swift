import ArgumentParser
import Foundation
import TiltakLanguage
import TiltakModel
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

    @Option(
        name: .customLong("task-workbooks"),
        help: ArgumentHelp(HelpText.exportTaskWorkbooks.message, valueName: HelpText.valuePart.message))
    var taskWorkbooks: TaskWorkbookScope = .responsible

    @Option(help: ArgumentHelp(HelpText.exportJobs.message, valueName: HelpText.valueNumber.message))
    var jobs: Int?

    @Flag(help: ArgumentHelp(HelpText.exportQuiet.message))
    var quiet = false

    @Flag(help: ArgumentHelp(HelpText.exportPDF.message))
    var pdf = false

    @Option(help: ArgumentHelp(HelpText.exportPaper.message, valueName: "a4|a3"))
    var paper: Paper = .a4

    @Option(help: ArgumentHelp(HelpText.exportDeadline.message, valueName: HelpText.valueDate.message))
    var deadline: String?

    func validate() throws {
        if !(60...200).contains(width) {
            throw ValidationError(CommandMessage.widthOutOfRange(width).message)
        }
        if let jobs, jobs < 1 {
            throw ValidationError(CommandMessage.jobsOutOfRange(jobs).message)
        }
    }

    func run() throws {
        try reporting {
            let setting = ProcessInfo.processInfo.environment["TILTAK_TIMINGS"] ?? ""
            var timings: (@Sendable (String) -> Void)?
            if !setting.isEmpty, setting != "0" { timings = { line in Console.error(line) } }
            var export = ExportOperation.Options(
                source: options.source, folder: out, templates: templates, width: width,
                councilOnly: only == .council, sheets: sheets, language: documents.language,
                timings: timings,
                notice: { line in Console.error(line) })
            export.taskWorkbooks = taskWorkbooks
            export.jobs = jobs
            export.pdf = pdf
            export.paper = paper
            export.deadline = deadline
            // Progress only on a terminal: pipes and CI get the closing summary alone.
            let line =
                quiet || isatty(STDERR_FILENO) == 0
                ? nil
                : ProgressLine(
                    write: { text in FileHandle.standardError.write(Data(text.utf8)) },
                    text: { done, total in
                        "tiltak: " + CommandMessage.exportProgress(written: done, total: total).message
                    })
            if let line { export.progress = { done, total in line.update(done, of: total) } }
            let result: ExportOperation.Result
            do {
                result = try ExportOperation.run(export)
                line?.finish()
            } catch {
                line?.finish()
                throw error
            }
            ProcessLifetime.keep(result.actions)
            Console.out(result.summary)
        }
    }
}

extension CouncilSheets: ExpressibleByArgument {}

extension TaskWorkbookScope: ExpressibleByArgument {}

extension Paper: ExpressibleByArgument {}
