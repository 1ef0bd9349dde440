import TiltakLanguage
import TiltakPlanFiles
import TiltakReports
import TiltakRuntime

/// Finds the report templates.
enum Templates {
    /// A renderer over the package's `Templates/` with optional overrides.
    ///
    /// - Throws: ``UsageError`` when the templates folder is not found; `PlanFileError` when the
    ///   overrides folder is not a folder; `ReportError` for a template that cannot be read.
    static func renderer(overrides: String?) throws -> ReportRenderer {
        guard let directory = ProjectResources.templatesDirectory() else {
            throw UsageError(CommandMessage.templatesNotFound)
        }
        if let overrides {
            _ = try SourceFile.directoryCheck(overrides)
        }
        return try ReportRenderer(templatesDirectory: directory, overridesDirectory: overrides)
    }
}
