import Foundation
import Testing
import TiltakModel
import XLSXReader

@testable import TiltakWorkbook

/// Compares the XML parts of the Hallingdal council workbook with committed references.
///
/// Set `TILTAK_RECORD_GOLDEN=1` to re-record them; a missing reference fails the test.
@Suite struct GoldenWorkbookTests {
    static let folder = goldenRoot.appendingPathComponent("council")
    static let manifest = "parts.txt"

    @Test func councilWorkbookMatchesGolden() throws {
        let plan = try hallingdal()
        let directory = try TemporaryDirectory()
        let path = directory.path("council.xlsx")
        try CouncilWorkbook.write(
            plan, source: WorkbookSource(path: fixtureSource.path, sha256: fixtureSource.sha256), to: path)
        let document = try open(path)
        let parts = document.partNames.filter { $0.hasSuffix(".xml") || $0.hasSuffix(".rels") }
        let record = ProcessInfo.processInfo.environment["TILTAK_RECORD_GOLDEN"] == "1"
        let fileManager = FileManager.default
        if record {
            try? fileManager.removeItem(at: Self.folder)
            for part in parts {
                let url = Self.folder.appendingPathComponent(part)
                try fileManager.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Self.normalise(try document.partText(part), part: part).write(
                    to: url, atomically: true, encoding: .utf8)
            }
            try (parts.joined(separator: "\n") + "\n").write(
                to: Self.folder.appendingPathComponent(Self.manifest), atomically: true, encoding: .utf8)
            // Recording is not testing: the run fails so that a recorded golden is always read and
            // committed on purpose, never passed by accident.
            Issue.record(
                "Recorded the golden parts in \(Self.folder.path); read them, commit them, run again.")
            return
        }
        let manifestURL = Self.folder.appendingPathComponent(Self.manifest)
        let recorded = try #require(
            try? String(contentsOf: manifestURL, encoding: .utf8),
            "missing golden \(manifestURL.path); record with TILTAK_RECORD_GOLDEN=1")
        #expect(recorded.split(separator: "\n").map(String.init) == parts)
        for part in parts {
            let url = Self.folder.appendingPathComponent(part)
            let expected = try #require(
                try? String(contentsOf: url, encoding: .utf8), "missing golden \(url.path)")
            let actual = Self.normalise(try document.partText(part), part: part)
            #expect(actual == expected, "\(part) differs from \(url.path)")
        }
    }

    /// Removes what may legitimately differ between writer versions: application versions.
    static func normalise(_ xml: String, part: String) -> String {
        var text = xml
        if part == "docProps/app.xml" {
            text = text.replacingOccurrences(
                of: "<AppVersion>[^<]*</AppVersion>", with: "<AppVersion/>", options: .regularExpression)
        }
        // One element per line keeps diffs of the committed references readable.
        text = text.replacingOccurrences(of: "><", with: ">\n<")
        return text.hasSuffix("\n") ? text : text + "\n"
    }
}
