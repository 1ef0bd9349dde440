import Foundation

/// Runs the built `tiltak` binary and captures what it prints.
struct TiltakRunner {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `tiltak` binary beside the test bundle, or in the package's debug build folder.
    static var binary: String {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
                .appendingPathComponent("tiltak").path,
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("tiltak").path,
            root.appendingPathComponent(".build/debug/tiltak").path,
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[2]
    }

    /// Runs `tiltak arguments…` in `directory` (the package root by default).
    ///
    /// Messages are in nynorsk whatever the developer's locale (`TILTAK_LANGUAGE=nn`), unless
    /// `environment` says otherwise; `environment` is added to the test's own environment, and a
    /// variable set to the empty string is removed.
    static func run(
        _ arguments: [String], in directory: URL = root, environment extra: [String: String] = [:]
    ) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = Self.environment(extra)
        if extra["TILTAK_DEFAULT_PLAN"] == nil {
            environment["TILTAK_DEFAULT_PLAN"] =
                root.appendingPathComponent("Fixtures/hallingdal-2021-2024.yaml").path
        }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The environment a spawned `tiltak` runs in: the test's own, with the package's templates and
    /// messages in nynorsk (`TILTAK_LANGUAGE=nn`), whatever the developer's locale; then `extra`,
    /// where a variable set to the empty string is removed.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["TILTAK_TEMPLATES"] = root.appendingPathComponent("Templates").path
        environment["TILTAK_LANGUAGE"] = "nn"
        for (name, value) in extra {
            environment[name] = value.isEmpty ? nil : value
        }
        return environment
    }

    /// A new empty temporary folder.
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tiltak-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
