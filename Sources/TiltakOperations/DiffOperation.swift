import Foundation
import TiltakLanguage
import TiltakModel
import TiltakPlanFiles
import TiltakRuntime
import TiltakWorkbook

/// `tiltak diff`: what changed between two revisions of a plan, as text or as a workbook.
public enum DiffOperation {
    /// The output formats.
    public enum Format: String, Sendable, CaseIterable {
        case text
        case xlsx
    }

    /// Which revisions to compare, and how to show the changes.
    public struct Options: Sendable {
        /// The earlier revision (plan file or table).
        public var old: String
        /// The new revision.
        public var new: String
        /// Text or workbook.
        public var format: Format
        /// The file to write; for text, `nil` returns the text.
        public var output: String?
        /// The text's width.
        public var width: Int
        /// A folder of the user's own templates.
        public var templates: String?
        /// The language of the text or workbook; `nil` means the new plan's.
        public var language: Language?

        /// Creates options.
        public init(
            old: String, new: String, format: Format = .text, output: String? = nil, width: Int = 100,
            templates: String? = nil, language: Language? = nil
        ) {
            self.language = language
            self.old = old
            self.new = new
            self.format = format
            self.output = output
            self.width = width
            self.templates = templates
        }
    }

    /// What the diff gave.
    public enum Result: Sendable {
        /// The changes as text, for standard output.
        case text(String)
        /// The file was written; a line to say so, if there is one.
        case written(String?)
    }

    /// Compares the revisions of `options`.
    ///
    /// - Throws: ``UsageError`` for a workbook without an output file; `PlanFileError` for a plan that
    ///   cannot be read; `OutputError` when the output cannot be written; `ReportError` for templates.
    public static func run(_ options: Options) throws -> Result {
        let before = try PlanLoader.load(path: options.old)
        let after = try PlanLoader.load(path: options.new)
        switch options.format {
        case .text:
            let renderer = try Templates.renderer(overrides: options.templates)
            let text = try renderer.renderChanges(
                from: before.plan, to: after.plan, width: options.width, oldName: name(options.old),
                newName: name(options.new), language: options.language)
            guard let output = options.output else { return .text(text) }
            try AtomicFile.write(Data(text.utf8), to: output)
            return .written(nil)
        case .xlsx:
            guard let output = options.output else { throw UsageError(CommandMessage.xlsxNeedsOutput) }
            let diff = PlanDiff(
                old: before.plan, new: after.plan, language: options.language ?? after.plan.language)
            do {
                try ChangesWorkbook.write(
                    diff, from: before.plan, to: after.plan, path: output, language: options.language)
            } catch let error as WorkbookContentError {
                throw DataError(Message(error.text))
            }
            return .written(
                CommandMessage.diffWritten(
                    output: output, summary: diff.summary(.messages), rows: diff.changes.count
                )
                .message)
        }
    }

    /// The file name of `path`, as the report shows it.
    static func name(_ path: String) -> String {
        URL(fileURLWithPath: path).lastPathComponent
    }
}
