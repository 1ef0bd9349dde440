import ArgumentParser

/// The `tiltak` command: turns an action programme into council documents.
public struct TiltakCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tiltak",
        abstract: "Turns a regional action programme into council documents."
    )

    public init() {}
}
