import Foundation
import TiltakLanguage
import TiltakModel
import TiltakReports
import TiltakRuntime

/// `tiltak report`: renders one text report.
public enum ReportOperation {
    /// Which report, for which plan.
    public struct Options: Sendable {
        /// The report.
        public var kind: ReportKind
        /// The plan.
        public var source: PlanSource
        /// The report's options: width, year, municipality.
        public var report: ReportOptions
        /// The file to write; `nil` returns the text.
        public var output: String?
        /// A folder of the user's own templates.
        public var templates: String?

        /// Creates options.
        public init(
            kind: ReportKind, source: PlanSource = PlanSource(), report: ReportOptions = ReportOptions(),
            output: String? = nil, templates: String? = nil
        ) {
            self.kind = kind
            self.source = source
            self.report = report
            self.output = output
            self.templates = templates
        }
    }

    /// Renders the report of `options`, in the language its report options name or the plan's.
    ///
    /// - Returns: The text when no output file is given, else `nil` once the file is written.
    /// - Throws: `PlanFileError` for a plan that cannot be read; `ReportError` for templates and
    ///   options the report cannot use; `OutputError` when the file cannot be written.
    public static func run(_ options: Options) throws -> String? {
        let plan = try options.source.load().plan
        let renderer = try Templates.renderer(overrides: options.templates)
        let text = try renderer.render(options.kind, plan: plan, options: options.report)
        guard let output = options.output else { return text }
        try AtomicFile.write(Data(text.utf8), to: output)
        return nil
    }
}
