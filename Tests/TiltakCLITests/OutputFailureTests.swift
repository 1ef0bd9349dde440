import Foundation
import Testing

/// Every command that writes exits 73 with the path in its message when its target cannot be
/// written, and leaves no temporary file behind.
@Suite("Unwritable targets exit 73")
struct OutputFailureTests {
    /// A writing command and how to make its target unwritable in a scratch folder.
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        /// The arguments, given the scratch folder.
        var arguments: @Sendable (URL) -> [String]
        /// Makes the target unwritable (a folder where the file goes, a file where a folder goes);
        /// returns the path the message must name.
        var block: @Sendable (URL) throws -> String

        var description: String { name }
    }

    static let fixture = TiltakRunner.root.appendingPathComponent("Fixtures/hallingdal-2021-2024.yaml").path
    static let table = TiltakRunner.root.appendingPathComponent("Fixtures/hallingdal-2021-2024.csv").path

    /// A folder at `name` inside `folder`; its path.
    static func folder(_ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static let cases: [Case] = [
        Case(
            name: "export: the council workbook's path is a folder",
            arguments: { ["export", "--out", $0.appendingPathComponent("ut").path] },
            block: { try folder("ut/hallingdal-2021-2024.xlsx", in: $0) }),
        Case(
            name: "export --only council: the council workbook's path is a folder",
            arguments: { ["export", "--only", "council", "--out", $0.appendingPathComponent("ut").path] },
            block: { try folder("ut/hallingdal-2021-2024.xlsx", in: $0) }),
        Case(
            name: "export: a task workbook's path is a folder",
            arguments: { ["export", "--out", $0.appendingPathComponent("ut").path] },
            block: { try folder("ut/kommunar/Gol.xlsx", in: $0) }),
        Case(
            name: "export: a report's path is a folder",
            arguments: { ["export", "--out", $0.appendingPathComponent("ut").path] },
            block: { try folder("ut/moteoversikt.txt", in: $0) }),
        Case(
            name: "export: the output folder is a file",
            arguments: { ["export", "--out", $0.appendingPathComponent("ut").path] },
            block: { scratch in
                let path = scratch.appendingPathComponent("ut").path
                try Data("ikkje ei mappe".utf8).write(to: URL(fileURLWithPath: path))
                return path
            }),
        Case(
            name: "report -o: the file is a folder",
            arguments: { ["report", "moteoversikt", "-o", $0.appendingPathComponent("mote.txt").path] },
            block: { try folder("mote.txt", in: $0) }),
        Case(
            name: "diff -o (text): the file is a folder",
            arguments: { ["diff", fixture, fixture, "-o", $0.appendingPathComponent("endringar.txt").path] },
            block: { try folder("endringar.txt", in: $0) }),
        Case(
            name: "diff --format xlsx: the workbook's path is a folder",
            arguments: {
                [
                    "diff", fixture, fixture, "--format", "xlsx", "-o",
                    $0.appendingPathComponent("e.xlsx").path,
                ]
            },
            block: { try folder("e.xlsx", in: $0) }),
        Case(
            name: "diff --format xlsx: the workbook's folder does not exist",
            arguments: {
                [
                    "diff", fixture, fixture, "--format", "xlsx", "-o",
                    $0.appendingPathComponent("finst-ikkje/e.xlsx").path,
                ]
            },
            block: { $0.appendingPathComponent("finst-ikkje/e.xlsx").path }),
        Case(
            name: "import (table): the plan file's path is a folder",
            arguments: { ["import", table, "-o", $0.appendingPathComponent("ny.yaml").path] },
            block: { try folder("ny.yaml", in: $0) }),
        Case(
            name: "revise -o: the plan file's path is a folder",
            arguments: { ["revise", "--year", "2022", "-o", $0.appendingPathComponent("2022.yaml").path] },
            block: { try folder("2022.yaml", in: $0) }),
        Case(
            name: "collect: the status ledger's path is a folder",
            arguments: { scratch in
                [
                    "collect", "--plan", scratch.appendingPathComponent("plan.yaml").path, "--party", "Gol",
                    scratch.appendingPathComponent("gol.csv").path,
                ]
            },
            block: { scratch in
                try FileManager.default.copyItem(
                    atPath: fixture, toPath: scratch.appendingPathComponent("plan.yaml").path)
                try Data("ID;Status;Kommentar\nKM-09;Pågår;\n".utf8).write(
                    to: scratch.appendingPathComponent("gol.csv"))
                return try folder("plan.status.yaml", in: scratch)
            }),
    ]

    @Test(arguments: cases)
    func unwritableTargetExits73(_ test: Case) throws {
        let scratch = try TiltakRunner.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let named = try test.block(scratch)
        let before = try Self.listing(scratch)
        let result = try TiltakRunner.run(test.arguments(scratch), in: scratch)
        #expect(result.status == 73, "\(test.name): \(result.stderr)")
        #expect(result.stderr.contains(named), "\(test.name): \(result.stderr)")
        #expect(!result.stderr.contains("lxw_"), "\(test.name): \(result.stderr)")
        #expect(!result.stderr.contains("[ERROR]"), "\(test.name): \(result.stderr)")
        let temporary = try Self.listing(scratch).filter { $0.contains(".tmp-") }
        #expect(temporary.isEmpty, "\(test.name): \(temporary)")
        if test.name.hasPrefix("collect") {
            #expect(try Self.listing(scratch) == before)
            #expect(
                try Data(contentsOf: scratch.appendingPathComponent("plan.yaml"))
                    == Data(contentsOf: URL(fileURLWithPath: Self.fixture)))
        }
    }

    @Test func importOfAWorkbookToAFolderExits73() throws {
        let scratch = try TiltakRunner.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("ut")
        let export = try TiltakRunner.run(["export", "--only", "council", "--out", out.path], in: scratch)
        try #require(export.status == 0, "\(export.stderr)")
        let target = try Self.folder("ny.yaml", in: scratch)
        let result = try TiltakRunner.run(
            [
                "import", out.appendingPathComponent("hallingdal-2021-2024.xlsx").path, "--base",
                Self.fixture, "-o",
                target,
            ], in: scratch)
        #expect(result.status == 73, "\(result.stderr)")
        #expect(result.stderr.contains(target))
    }

    /// Every path under `folder`, relative, sorted.
    static func listing(_ folder: URL) throws -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        return (enumerator?.allObjects as? [String] ?? []).sorted()
    }
}
