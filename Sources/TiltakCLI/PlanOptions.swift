import ArgumentParser
import TiltakLanguage
import TiltakOperations
import TiltakPlanFiles

/// The `--plan` option shared by the commands, with `--base` for a table and `--sheet` and
/// `--fill-down` for a workbook read as one.
struct PlanOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(HelpText.plan.message, valueName: HelpText.valueFile.message))
    var plan: String?

    @Option(
        name: .long,
        help: ArgumentHelp(HelpText.planBase.message, valueName: HelpText.valueFile.message))
    var base: String?

    @Option(help: ArgumentHelp(HelpText.importSheet.message, valueName: HelpText.valueName.message))
    var sheet: String?

    @Flag(help: ArgumentHelp(HelpText.importFillDown.message))
    var fillDown = false

    @Option(
        name: .long,
        help: ArgumentHelp(HelpText.columns.message, valueName: HelpText.valueColumns.message))
    var columns: String?

    func validate() throws {
        _ = try ColumnOption.choices(columns)
    }

    /// Where the plan comes from.
    var source: PlanSource {
        PlanSource(
            plan: plan, base: base, sheet: SheetTable.Options(sheet: sheet, fillDown: fillDown),
            columns: (try? ColumnOption.choices(columns)) ?? [:])
    }
}
