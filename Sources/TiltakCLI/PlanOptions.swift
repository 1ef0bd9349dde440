import ArgumentParser
import TiltakLanguage
import TiltakOperations

/// The `--plan` option shared by the commands.
struct PlanOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(HelpText.plan.message, valueName: HelpText.valueFile.message))
    var plan: String?

    @Option(
        name: .long,
        help: ArgumentHelp(HelpText.planBase.message, valueName: HelpText.valueFile.message))
    var base: String?

    @Option(
        name: .long,
        help: ArgumentHelp(HelpText.columns.message, valueName: HelpText.valueColumns.message))
    var columns: String?

    func validate() throws {
        _ = try ColumnOption.choices(columns)
    }

    /// Where the plan comes from.
    var source: PlanSource {
        PlanSource(plan: plan, base: base, columns: (try? ColumnOption.choices(columns)) ?? [:])
    }
}
