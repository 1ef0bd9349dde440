import Foundation
import Testing

@testable import TiltakRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// `FileLock`: one holder at a time, a waiter told so, no lock file left behind.
@Suite("File locks")
struct FileLockTests {
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tiltak-lock-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func theLockFileIsBesideTheLinksTarget() throws {
        let folder = try Self.scratch()
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("planar"), withIntermediateDirectories: true)
        let link = folder.appendingPathComponent("plan.yaml").path
        try FileManager.default.createSymbolicLink(
            atPath: link, withDestinationPath: "planar/hallingdal.yaml")
        #expect(try FileLock.path(for: link) == folder.path + "/planar/.hallingdal.yaml.lock")
        #expect(try FileLock.path(for: "plan.yaml") == ".plan.yaml.lock")
    }

    @Test func aSecondHolderWaitsUntilTheFirstReleases() throws {
        let folder = try Self.scratch()
        let plan = folder.appendingPathComponent("plan.yaml").path
        let first = try FileLock.acquire(for: plan) { Issue.record("the first lock waited") }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".plan.yaml.lock").path))
        let waited = LockedValue(false)
        let held = LockedValue(false)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            do {
                let second = try FileLock.acquire(for: plan) { waited.set(true) }
                held.set(true)
                second.release()
            } catch {
                Issue.record("\(error)")
            }
            done.signal()
        }
        thread.start()
        Thread.sleep(forTimeInterval: 0.5)
        #expect(waited.get())
        #expect(!held.get())
        first.release()
        #expect(done.wait(timeout: .now() + 10) == .success)
        #expect(held.get())
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func manyHoldersTakeTurns() throws {
        let folder = try Self.scratch()
        let plan = folder.appendingPathComponent("plan.yaml").path
        let inside = LockedValue(0)
        let overlaps = LockedValue(0)
        DispatchQueue.concurrentPerform(iterations: 16) { _ in
            for _ in 0..<20 {
                guard let lock = try? FileLock.acquire(for: plan, waiting: {}) else {
                    Issue.record("no lock")
                    return
                }
                inside.set(inside.get() + 1)
                if inside.get() > 1 { overlaps.set(overlaps.get() + 1) }
                usleep(100)
                inside.set(inside.get() - 1)
                lock.release()
            }
        }
        #expect(overlaps.get() == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aLeftoverLockFileIsNoLock() throws {
        let folder = try Self.scratch()
        let plan = folder.appendingPathComponent("plan.yaml").path
        // What a killed holder leaves: the file, without the lock (the kernel released it).
        try Data().write(to: folder.appendingPathComponent(".plan.yaml.lock"))
        let lock = try FileLock.acquire(for: plan) { Issue.record("waited for a leftover file") }
        lock.release()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aLockInAMissingFolderIsAnOutputError() throws {
        let plan = "/nonexistent-\(UUID().uuidString)/plan.yaml"
        #expect(throws: OutputError.self) { try FileLock.acquire(for: plan, waiting: {}) }
    }
}
