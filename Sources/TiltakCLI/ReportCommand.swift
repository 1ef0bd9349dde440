import ArgumentParser

/// `tiltak report`: renders one text report.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "Skriv ein tekstrapport.")

    @OptionGroup var options: PlanOptions

    func run() throws {
        throw UsageFailure(message: "report er ikkje ferdig enno.")
    }
}
