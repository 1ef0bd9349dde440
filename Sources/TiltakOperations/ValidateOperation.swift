import TiltakModel
import TiltakPlanFiles

/// `tiltak validate`: a plan's errors and warnings.
public enum ValidateOperation {
    /// What validation found.
    public struct Result: Sendable {
        /// Every finding, one line each: severity, action id, field and message, tab-separated.
        public var lines: [String]
        /// How many findings are errors.
        public var errors: Int
        /// `plan.yaml: 69 tiltak, 0 feil, 12 åtvaringar.`
        public var summary: String
    }

    /// Validates the plan of `source` for an export with `checks`' options (by default every
    /// workbook and sheet): what such an export would refuse are the errors.
    ///
    /// - Throws: `PlanFileError` for a plan that cannot be read; ``UsageError`` without a plan.
    public static func run(_ source: PlanSource, checks: ExportValidation = .init()) throws -> Result {
        let loaded = try source.load()
        let issues = checks.issues(loaded.plan)
        let lines = issues.map { issue in
            let id = issue.actionID?.rawValue ?? "-"
            let field = issue.field?.rawValue ?? "-"
            return "\(issue.severity.nynorsk)\t\(id)\t\(field)\t\(TerminalText.clean(issue.message))"
        }
        let errors = issues.filter { $0.severity == .error }.count
        let warnings = issues.count - errors
        return Result(
            lines: lines, errors: errors,
            summary:
                "\(loaded.path): \(loaded.plan.actions.count) tiltak, \(errors) feil, \(warnings) åtvaring\(warnings == 1 ? "" : "ar")."
        )
    }
}
