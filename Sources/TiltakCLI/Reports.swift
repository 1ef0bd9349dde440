import TiltakPlanFiles
import TiltakReports
import TiltakReturns
import TiltakRuntime

/// Finds the report templates.
enum Reports {
    /// A renderer over the package's `Templates/` with optional overrides.
    static func renderer(overrides: String?) throws -> ReportRenderer {
        guard let directory = ProjectResources.templatesDirectory() else {
            throw UsageFailure(
                message: "Fann ikkje malmappa Templates/; set TILTAK_TEMPLATES til mappa med malane.")
        }
        if let overrides {
            _ = try SourceFile.directoryCheck(overrides)
        }
        return try ReportRenderer(templatesDirectory: directory, overridesDirectory: overrides)
    }
}
