import Foundation

/// Paths of the package's fixtures and scratch files for tests.
enum TestFiles {
    /// The package root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var hallingdalYAML: String {
        root.appendingPathComponent("Fixtures/hallingdal-2021-2024.yaml").path
    }
    static var hallingdalCSV: String { root.appendingPathComponent("Fixtures/hallingdal-2021-2024.csv").path }

    /// A new empty temporary folder.
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tiltak-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `bytes` to a new file in a scratch folder and returns its path.
    static func write(_ bytes: [UInt8], name: String) throws -> String {
        let url = try scratch().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    static func write(_ text: String, name: String) throws -> String {
        try write(Array(text.utf8), name: name)
    }
}
