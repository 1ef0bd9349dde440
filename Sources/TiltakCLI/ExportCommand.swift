import ArgumentParser

/// `tiltak export`: writes the council workbook, the municipality workbooks and the text reports.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Skriv arbeidsbøker og rapportar for planen.")

    @OptionGroup var options: PlanOptions

    func run() throws {
        throw UsageFailure(message: "export er ikkje ferdig enno.")
    }
}
