import Foundation
import Testing

/// A fresh temporary directory per test, removed when the value is released.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("XlsxWriterTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Reads one part of an XLSX (ZIP) file with `/usr/bin/unzip -p`.
func readPart(_ xlsxPath: String, _ part: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
    process.arguments = ["-p", xlsxPath, part]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = Pipe()
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw PartNotFound(path: xlsxPath, part: part, status: process.terminationStatus)
    }
    return String(decoding: data, as: UTF8.self)
}

/// `readPart` failed: the part is missing or the file is not a ZIP.
struct PartNotFound: Error, CustomStringConvertible {
    let path: String
    let part: String
    let status: Int32

    var description: String { "unzip -p \(path) \(part) exited with \(status)" }
}

/// The first `<tag …>…</tag>` or `<tag …/>` element, for focused assertions and readable failures.
func element(_ tag: String, in xml: String) -> String? {
    guard let start = xml.range(of: "<\(tag)[ >/]", options: .regularExpression) else { return nil }
    let rest = xml[start.lowerBound...]
    if let selfClosing = rest.range(of: "/>"), let open = rest.range(of: ">"),
        selfClosing.upperBound == open.upperBound
    {
        return String(rest[..<selfClosing.upperBound])
    }
    guard let end = rest.range(of: "</\(tag)>") else { return nil }
    return String(rest[..<end.upperBound])
}

/// The `<c r="ref" …>` cell element of a worksheet part.
func cell(_ reference: String, in xml: String) -> String? {
    guard let start = xml.range(of: "<c r=\"\(reference)\"") else { return nil }
    let rest = xml[start.lowerBound...]
    guard let open = rest.range(of: ">") else { return nil }
    if rest[..<open.upperBound].hasSuffix("/>") {
        return String(rest[..<open.upperBound])
    }
    guard let end = rest.range(of: "</c>") else { return nil }
    return String(rest[..<end.upperBound])
}

/// A fixed creation date, 2024-03-01T12:00:00Z.
let fixedDate = Date(timeIntervalSince1970: 1_709_294_400)
