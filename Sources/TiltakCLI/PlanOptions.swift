import ArgumentParser
import TiltakOperations

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

    /// Where the plan comes from.
    var source: PlanSource { PlanSource(plan: plan, base: base) }
}
