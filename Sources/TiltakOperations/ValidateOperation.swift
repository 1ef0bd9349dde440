import TiltakLanguage
import TiltakModel
import TiltakPlanFiles

/// `tiltak validate`: a plan's errors and warnings.
public enum ValidateOperation {
    /// What validation found.
    public struct Result: Sendable {
        /// Every finding, one line each: severity, action id, field and message, tab-separated, in
        /// the language of messages.
        public var lines: [String]
        /// How many findings are errors.
        public var errors: Int
        /// `plan.yaml: 69 tiltak, 0 feil, 12 åtvaringar.`, in the language of messages.
        public var summary: String
    }

    /// Validates the plan of `source` for an export with `checks`' options (by default every
    /// workbook and sheet), with the findings in `language`: what such an export would refuse are
    /// the errors.
    ///
    /// - Throws: `PlanFileError` for a plan that cannot be read; ``UsageError`` without a plan.
    public static func run(
        _ source: PlanSource, checks: ExportValidation = .init(), language: Language = .messages
    ) throws -> Result {
        let loaded = try source.load()
        let issues = checks.issues(loaded.plan)
        let lines = issues.map { issue in
            let id = issue.actionID?.rawValue ?? "-"
            let field = issue.field?.caption(language) ?? "-"
            let text = TerminalText.clean(issue.text(language))
            return "\(issue.severity.text(language))\t\(id)\t\(field)\t\(text)"
        }
        let errors = issues.filter { $0.severity == .error }.count
        let warnings = issues.count - errors
        let summary = CommandMessage.validated(
            path: loaded.path, actions: loaded.plan.actions.count, errors: errors, warnings: warnings)
        return Result(lines: lines, errors: errors, summary: summary.text(language))
    }
}
