import ArgumentParser

/// `tiltak revise`: not written yet.
struct ReviseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revise", abstract: "Ikkje ferdig enno.")

    func run() throws {
        throw UsageFailure(message: "revise er ikkje ferdig enno.")
    }
}
