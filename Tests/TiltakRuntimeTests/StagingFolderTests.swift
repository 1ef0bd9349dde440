import Foundation
import Testing

@testable import TiltakRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// A killed run's staging folder: a commit that had started is finished, one that had not is
/// thrown away, and earlier files that only the staging folder holds are kept.
@Suite("Staging folder left by a killed run")
struct StagingFolderTests {
    /// The files an export would write: two in the folder, one in a subfolder that does not exist yet.
    static let relatives = ["a.xlsx", "b.txt", "kommunar/Gol.xlsx"]

    /// An output folder holding the earlier `a.xlsx` and `b.txt`, and a staging folder in it with
    /// the new version of every file.
    static func prepared() throws -> (target: URL, staging: StagingFolder) {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tiltak-staging-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        for name in ["a.xlsx", "b.txt"] {
            try Data("gammal".utf8).write(to: target.appendingPathComponent(name))
        }
        let staging = try StagingFolder(in: target)
        try staging.createFolder("kommunar")
        for relative in relatives {
            try Data("ny".utf8).write(to: URL(fileURLWithPath: staging.path(relative)))
        }
        return (target, staging)
    }

    /// The contents of every file in `folder` (hidden ones too), by relative path.
    static func contents(_ folder: URL) -> [String: String] {
        var result: [String: String] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return result }
        while let relative = walker.nextObject() as? String {
            let url = folder.appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder),
                !isFolder.boolValue
            else { continue }
            result[relative] = (try? String(contentsOf: url, encoding: .utf8)) ?? "?"
        }
        return result
    }

    /// Renames the staging folder as if a process that has ended had made it.
    static func orphan(_ staging: StagingFolder) throws -> URL {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        let orphan = staging.target.appendingPathComponent(
            "\(StagingFolder.prefix)\(child.processIdentifier)-abc123")
        try #require(rename(staging.url.path, orphan.path) == 0)
        return orphan
    }

    @Test(arguments: [1, 2])
    func aCommitKilledHalfWayIsFinishedByTheNextRun(renames: Int) throws {
        let (target, staging) = try Self.prepared()
        defer { try? FileManager.default.removeItem(at: target) }
        staging.stopAfterRenames = renames
        try staging.commit(Self.relatives) { _ in .writeFile }
        // Killed here: some files are in place, the rest still in the staging folder.
        let complete = ["a.xlsx": "ny", "b.txt": "ny", "kommunar/Gol.xlsx": "ny"]
        let mixed = Self.contents(target).filter { !$0.key.hasPrefix(".") }
        #expect(mixed != complete && mixed.values.contains("ny"), "\(mixed)")

        let orphan = try Self.orphan(staging)
        Leftovers.remove(in: target)
        #expect(!FileManager.default.fileExists(atPath: orphan.path))
        #expect(Self.contents(target) == complete)
    }

    @Test func aStagingFolderWhoseCommitHadNotStartedIsRemovedAndTheFolderKept() throws {
        let (target, staging) = try Self.prepared()
        defer { try? FileManager.default.removeItem(at: target) }
        let orphan = try Self.orphan(staging)
        Leftovers.remove(in: target)
        #expect(!FileManager.default.fileExists(atPath: orphan.path))
        #expect(Self.contents(target) == ["a.xlsx": "gammal", "b.txt": "gammal"])
    }

    @Test func aStagingFolderHoldingTheOnlyCopyOfEarlierFilesIsKept() throws {
        let (target, staging) = try Self.prepared()
        defer { try? FileManager.default.removeItem(at: target) }
        try Data().write(to: staging.url.appendingPathComponent(StagingFolder.keptMarker))
        let orphan = try Self.orphan(staging)
        Leftovers.remove(in: target)
        #expect(FileManager.default.fileExists(atPath: orphan.path))
        #expect(
            Self.contents(target).filter { !$0.key.hasPrefix(".") } == [
                "a.xlsx": "gammal", "b.txt": "gammal",
            ])
    }

    @Test func aJournalNamingPathsOutsideTheFolderMovesNothing() throws {
        let (target, staging) = try Self.prepared()
        defer { try? FileManager.default.removeItem(at: target) }
        // `../a.xlsx` from the staging folder is the output folder's own `a.xlsx`; followed, it
        // would be moved out of the folder.
        try Data("../a.xlsx\0".utf8).write(to: staging.url.appendingPathComponent(StagingFolder.journalName))
        _ = try Self.orphan(staging)
        Leftovers.remove(in: target)
        #expect(Self.contents(target) == ["a.xlsx": "gammal", "b.txt": "gammal"])
        #expect(
            !FileManager.default.fileExists(
                atPath: target.deletingLastPathComponent().appendingPathComponent("a.xlsx").path))
    }
}
