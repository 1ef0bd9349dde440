import ArgumentParser
import TiltakModel
import TiltakPlanFiles
import TiltakReturns
import TiltakRuntime

/// The `--plan` option shared by the commands.
struct PlanOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Planfil (YAML) eller tabell (CSV). Standard: Hallingdal-planen.", valueName: "fil"))
    var plan: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Planfil med partsregister og planopplysningar for ein CSV-tabell (standard: YAML-fila med same namn ved sida av tabellen).",
            valueName: "fil"))
    var base: String?

    /// Loads the plan named by `--plan`, or the default plan.
    func load() throws -> PlanLoader.Loaded {
        try PlanLoader.load(path: path(), base: base)
    }

    /// Starts loading the plan named by the options; see ``PlanLoader/stream(path:base:)``.
    func stream() throws -> PlanLoader.Streamed {
        try PlanLoader.stream(path: path(), base: base)
    }

    /// The path given with `--plan`, or the default plan's.
    private func path() throws -> String {
        guard let path = plan ?? PlanLoader.defaultPlanPath() else {
            throw UsageFailure(
                message:
                    "Fann ikkje standardplanen \(PlanLoader.defaultPlanFile); bruk --plan FIL eller set TILTAK_DEFAULT_PLAN."
            )
        }
        return path
    }
}
