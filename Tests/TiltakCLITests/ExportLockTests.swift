import Foundation
import Testing
import XLSXReader

/// One export at a time per output folder, and what a killed export left behind is cleared.
@Suite("Export folder lock and leftovers")
struct ExportLockTests {
    /// The revision label every file of an export folder shows: the council workbook's Oversikt,
    /// each task workbook's Om sheet, each report's `Revisjon:` line.
    static func labels(in out: URL) throws -> [String: String] {
        var labels: [String: String] = [:]
        for (path, _) in ExportFolder.snapshot(out) where !path.hasPrefix(".") {
            let url = out.appendingPathComponent(path)
            if path.hasSuffix(".txt") {
                let text = try String(contentsOf: url, encoding: .utf8)
                let line = text.split(separator: "\n").first { $0.hasPrefix("Revisjon:") }
                // `Revisjon:  Revisjon B (2021-04-10)`: the label without the date.
                labels[path] = line.map { line in
                    String(line.dropFirst("Revisjon:".count).prefix { $0 != "(" })
                        .trimmingCharacters(in: .whitespaces)
                }
            } else if path.hasSuffix(".xlsx") {
                let document = try XLSXDocument(url: url)
                let sheet = try document.sheet(named: path.contains("/") ? "Om" : "Oversikt")
                let row = (1...max(1, sheet.maxRow)).first { sheet.string("A\($0)") == "Revisjon" }
                labels[path] = row.map { sheet.string("B\($0)") }
            }
        }
        return labels
    }

    @Test func twoExportsIntoOneFolderLeaveOnePlansCompleteSet() throws {
        let scratch = try TiltakRunner.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        // Plans that take about as long to export, one with more work in the task workbooks, the
        // other in the council workbook: without the lock, half the rounds mixed their files.
        let a = try ExportFolder.revision("Revisjon A", extra: (200, "Kommune"), in: scratch)
        let b = try ExportFolder.revision("Revisjon B", extra: (800, "RR"), in: scratch)
        for round in 1...6 {
            let out = scratch.appendingPathComponent("ut\(round)")
            let first = try ExportFolder.Running(["export", "--plan", a, "--out", out.path], in: scratch)
            let second = try ExportFolder.Running(["export", "--plan", b, "--out", out.path], in: scratch)
            let outcomes = [first.wait(), second.wait()]
            for outcome in outcomes { #expect(outcome.status == 0, "\(outcome.stderr)") }
            let labels = try Self.labels(in: out)
            #expect(labels.count == 34, "\(labels.keys.sorted())")
            #expect(Set(labels.values).count == 1, "round \(round): files of two plans: \(labels)")
            #expect(ExportFolder.snapshot(out).keys.allSatisfy { !$0.hasPrefix(".") }, "leftovers")
        }
    }

    @Test func aSecondExportWaitsForTheFirstAndSaysSo() throws {
        let scratch = try TiltakRunner.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("ut")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // Hold the lock as an export would.
        let lock = open(out.appendingPathComponent(".tiltak.lock").path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        try #require(lock >= 0)
        try #require(flock(lock, LOCK_EX) == 0)
        let export = try ExportFolder.Running(["export", "--out", out.path], in: scratch)
        var waited = 0
        while !export.stderr.contains("ventar"), waited < 100 {
            usleep(100_000)
            waited += 1
        }
        #expect(export.stderr.contains("ventar"), "\(export.stderr)")
        #expect(export.stderr.contains(out.path), "\(export.stderr)")
        #expect(export.process.isRunning, "the export did not wait")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("kommunar").path))
        close(lock)
        let outcome = export.wait()
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try Self.labels(in: out).count == 34)
    }

    @Test func leftoversOfAKilledExportAreRemovedByTheNext() throws {
        let scratch = try TiltakRunner.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("ut")
        let kommunar = out.appendingPathComponent("kommunar")
        try FileManager.default.createDirectory(at: kommunar, withIntermediateDirectories: true)
        // A process id that is no longer alive: a finished child's.
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        let dead = child.processIdentifier
        let alive = ProcessInfo.processInfo.processIdentifier
        let staging = out.appendingPathComponent(".tiltak-staging-\(dead)-1a2b3c4d")
        try FileManager.default.createDirectory(
            at: staging.appendingPathComponent("kommunar"), withIntermediateDirectories: true)
        try Data("halv".utf8).write(to: staging.appendingPathComponent("kommunar/Gol.xlsx"))
        let deadFiles = [
            kommunar.appendingPathComponent(".Gol.xlsx.tmp-\(dead)-0A1B2C3D"),
            out.appendingPathComponent(".moteoversikt.txt.tmp-\(dead)-DEADBEEF"),
        ]
        let liveFile = out.appendingPathComponent(".moteoversikt.txt.tmp-\(alive)-12345678")
        let ownFile = out.appendingPathComponent("mine-notat.txt")
        for file in deadFiles + [liveFile, ownFile] { try Data("x".utf8).write(to: file) }
        let export = try TiltakRunner.run(["export", "--out", out.path], in: scratch)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(!FileManager.default.fileExists(atPath: staging.path))
        for file in deadFiles { #expect(!FileManager.default.fileExists(atPath: file.path), "\(file.path)") }
        #expect(FileManager.default.fileExists(atPath: liveFile.path), "a live process's file was removed")
        #expect(FileManager.default.fileExists(atPath: ownFile.path))
    }
}
