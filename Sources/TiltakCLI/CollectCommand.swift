import ArgumentParser

/// `tiltak collect`: not written yet.
struct CollectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "collect", abstract: "Ikkje ferdig enno.")

    func run() throws {
        throw UsageFailure(message: "collect er ikkje ferdig enno.")
    }
}
