import ArgumentParser

/// `tiltak diff`: not written yet.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "diff", abstract: "Ikkje ferdig enno.")

    func run() throws {
        throw UsageFailure(message: "diff er ikkje ferdig enno.")
    }
}
