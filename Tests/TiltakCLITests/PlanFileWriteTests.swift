import Foundation
import Testing
import TiltakModel
import TiltakPlanFiles

#if canImport(Glibc)
    import Glibc
#endif

/// Writing a plan file: concurrent collects, symbolic links, modes and owners, and collects that
/// change nothing.
@Suite("Writing plan files safely")
struct PlanFileWriteTests {
    static let fixture = TiltakRunner.root.appendingPathComponent("Fixtures/hallingdal-2021-2024.yaml")

    /// A scratch folder with a copy of the Hallingdal plan (`plan.yaml`) and one status table per
    /// municipality in `tables` (`<name>.csv`, reporting `Pågår` for KM-09).
    static func workspace(tables: [String] = ["gol", "aal"]) throws -> URL {
        let folder = try TiltakRunner.scratch()
        try FileManager.default.copyItem(at: fixture, to: folder.appendingPathComponent("plan.yaml"))
        for name in tables {
            try Data("ID;Status;Kommentar\nKM-09;Pågår;Frå \(name)\n".utf8).write(
                to: folder.appendingPathComponent("\(name).csv"))
        }
        return folder
    }

    /// A running `tiltak` process and its output pipes.
    struct Running {
        var process: Process
        var out: Pipe
        var err: Pipe

        /// Waits for the process; what it printed.
        func finish() -> TiltakRunner.Outcome {
            let stdout = out.fileHandleForReading.readDataToEndOfFile()
            let stderr = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return TiltakRunner.Outcome(
                status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                stderr: String(decoding: stderr, as: UTF8.self))
        }
    }

    /// Starts `tiltak arguments…` in `folder` without waiting for it.
    static func start(_ arguments: [String], in folder: URL) throws -> Running {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TiltakRunner.binary)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = TiltakRunner.environment()
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return Running(process: process, out: out, err: err)
    }

    static func mode(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    @Test func twoCollectsIntoOnePlanAtOnceKeepBothReports() throws {
        for round in 1...5 {
            let folder = try Self.workspace()
            let plan = folder.appendingPathComponent("plan.yaml").path
            let gol = try Self.start(
                ["collect", "--plan", plan, "--party", "Gol", "--date", "2021-11-02", "gol.csv"], in: folder)
            let aal = try Self.start(
                ["collect", "--plan", plan, "--party", "Ål", "--date", "2021-11-02", "aal.csv"], in: folder)
            let golResult = gol.finish()
            let aalResult = aal.finish()
            #expect(golResult.status == 0, "round \(round): \(golResult.stderr)")
            #expect(aalResult.status == 0, "round \(round): \(aalResult.stderr)")
            let reports = try PlanLoader.readPlanFile(path: plan).reports(for: "KM-09", year: 2021)
            #expect(reports.map(\.party) == ["AAL", "GOL"], "round \(round)")
            #expect(reports.map(\.comment) == ["Frå aal", "Frå gol"], "round \(round)")
            // The lock file goes with the last writer.
            #expect(
                !FileManager.default.fileExists(atPath: folder.appendingPathComponent(".plan.yaml.lock").path)
            )
            try? FileManager.default.removeItem(at: folder)
        }
    }

    @Test func aCollectWaitsForTheLockAndSaysSo() throws {
        let folder = try Self.workspace(tables: ["gol"])
        let lockPath = folder.appendingPathComponent(".plan.yaml.lock").path
        let descriptor = open(lockPath, O_RDONLY | O_CREAT, 0o644)
        try #require(descriptor >= 0)
        try #require(flock(descriptor, LOCK_EX) == 0)
        let running = try Self.start(
            ["collect", "--plan", "plan.yaml", "--party", "Gol", "gol.csv"], in: folder)
        // Blocks until the collect says that it waits (or ends without a word).
        let announced = running.err.fileHandleForReading.availableData
        let waited = running.process.isRunning
        close(descriptor)
        let result = running.finish()
        #expect(waited, "collect did not wait for the lock")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            String(decoding: announced, as: UTF8.self) + result.stderr
                == "tiltak: Ventar på at ein annan tiltak-prosess skal bli ferdig med plan.yaml …\n")
        let plan = try PlanLoader.readPlanFile(path: folder.appendingPathComponent("plan.yaml").path)
        #expect(plan.reports(for: "KM-09", year: 2021).map(\.party) == ["GOL"])
    }

    @Test func collectIntoASymbolicLinkWritesTheTarget() throws {
        let folder = try Self.workspace(tables: ["gol"])
        let real = folder.appendingPathComponent("planar")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try FileManager.default.moveItem(
            at: folder.appendingPathComponent("plan.yaml"), to: real.appendingPathComponent("hallingdal.yaml")
        )
        let link = folder.appendingPathComponent("plan.yaml").path
        try FileManager.default.createSymbolicLink(
            atPath: link, withDestinationPath: "planar/hallingdal.yaml")
        let result = try TiltakRunner.run(
            ["collect", "--plan", "plan.yaml", "--party", "Gol", "gol.csv"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "planar/hallingdal.yaml")
        let target = real.appendingPathComponent("hallingdal.yaml").path
        // The plan is not written; the ledger goes beside the link's target, where the plan is.
        #expect(
            try PlanLoader.readPlanFile(path: target).reports(for: "KM-09", year: 2021).map(\.party) == [
                "GOL"
            ])
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == Data(contentsOf: Self.fixture))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: real.path).sorted()
        #expect(leftovers == ["hallingdal.status.yaml", "hallingdal.yaml"])
    }

    @Test func collectKeepsThePlansModeAndOwner() throws {
        let folder = try Self.workspace(tables: ["gol"])
        let plan = folder.appendingPathComponent("plan.yaml").path
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: plan)
        let owned = geteuid() == 0
        if owned { try #require(chown(plan, 4321, 4322) == 0) }
        let result = try TiltakRunner.run(
            ["collect", "--plan", plan, "--party", "Gol", "gol.csv"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        // A new ledger takes the plan's mode and owner.
        let ledger = folder.appendingPathComponent("plan.status.yaml").path
        #expect(try Self.mode(plan) == 0o640)
        #expect(try Self.mode(ledger) == 0o640)
        if owned {
            let attributes = try FileManager.default.attributesOfItem(atPath: ledger)
            #expect(attributes[.ownerAccountID] as? Int == 4321)
            #expect(attributes[.groupOwnerAccountID] as? Int == 4322)
        }
        #expect(
            try PlanLoader.readPlanFile(path: plan).reports(for: "KM-09", year: 2021).map(\.party) == ["GOL"])
    }

    @Test func reviseIntoItselfKeepsThePlansMode() throws {
        let folder = try Self.workspace(tables: [])
        let plan = folder.appendingPathComponent("plan.yaml").path
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: plan)
        let result = try TiltakRunner.run(
            ["revise", "--year", "2022", "--plan", plan, "-o", plan, "--force"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.mode(plan) == 0o640)
        #expect(try PlanFileReader.read(path: plan).revision.date.year == 2022)
    }

    @Test func aCollectThatChangesNothingWritesNothing() throws {
        let folder = try Self.workspace(tables: ["gol"])
        let plan = folder.appendingPathComponent("plan.yaml").path
        let first = try TiltakRunner.run(
            ["collect", "--plan", plan, "--party", "Gol", "gol.csv"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        let ledger = folder.appendingPathComponent("plan.status.yaml").path
        let old = Date(timeIntervalSince1970: 1_600_000_000)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: ledger)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: ledger))
        let again = try TiltakRunner.run(
            ["collect", "--plan", plan, "--party", "Gol", "--date", "2030-01-01", "gol.csv"], in: folder)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("1 rapport for 2021 frå 1 fil: 0 nye, 0 endra, 1 uendra."))
        #expect(again.stdout.hasSuffix("Ingen endringar; ingenting er skrive.\n"), "\(again.stdout)")
        #expect(!again.stdout.contains("Skreiv"))
        let backups = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".bak")
        }
        #expect(backups.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: ledger)) == bytes)
        let modified = try FileManager.default.attributesOfItem(atPath: ledger)[.modificationDate] as? Date
        #expect(modified == old)
    }
}
