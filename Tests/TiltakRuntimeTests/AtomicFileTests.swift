import Foundation
import Testing

@testable import TiltakRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// `AtomicFile.replace` saves the way an editor does: through symbolic links, keeping mode and owner.
@Suite("Replacing a file in place")
struct AtomicFileTests {
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tiltak-runtime-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func mode(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    @Test func aChainOfLinksIsFollowedToItsTarget() throws {
        let folder = try Self.scratch()
        let real = folder.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        let target = real.appendingPathComponent("plan.yaml").path
        try Data("gammal".utf8).write(to: URL(fileURLWithPath: target))
        let middle = folder.appendingPathComponent("a/midt.yaml").path
        try FileManager.default.createSymbolicLink(atPath: middle, withDestinationPath: "b/plan.yaml")
        let link = folder.appendingPathComponent("plan.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: middle)

        try AtomicFile.replace(Data("ny".utf8), at: link)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "ny")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == middle)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: middle) == "b/plan.yaml")
        #expect(try FileManager.default.contentsOfDirectory(atPath: real.path) == ["plan.yaml"])
    }

    @Test func aLinkWithoutTargetGetsOne() throws {
        let folder = try Self.scratch()
        let link = folder.appendingPathComponent("plan.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "ny.yaml")
        try AtomicFile.replace(Data("ny".utf8), at: link)
        #expect(
            try String(contentsOfFile: folder.appendingPathComponent("ny.yaml").path, encoding: .utf8) == "ny"
        )
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "ny.yaml")
    }

    @Test func aLoopOfLinksIsAnOutputError() throws {
        let folder = try Self.scratch()
        let a = folder.appendingPathComponent("a.yaml").path
        let b = folder.appendingPathComponent("b.yaml").path
        try FileManager.default.createSymbolicLink(atPath: a, withDestinationPath: "b.yaml")
        try FileManager.default.createSymbolicLink(atPath: b, withDestinationPath: "a.yaml")
        #expect {
            try AtomicFile.replace(Data("ny".utf8), at: a)
        } throws: { error in
            guard let error = error as? OutputError, case .system(let code) = error.cause else {
                return false
            }
            return error.path == a && code == ELOOP
        }
    }

    @Test(arguments: [0o600, 0o640, 0o664, 0o444])
    func theReplacedFilesModeIsKept(mode: Int) throws {
        let folder = try Self.scratch()
        let path = folder.appendingPathComponent("plan.yaml").path
        try Data("gammal".utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        try AtomicFile.replace(Data("ny".utf8), at: path)
        #expect(try Self.mode(path) == mode)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "ny")
    }

    @Test func aModelFileGivesItsMode() throws {
        let folder = try Self.scratch()
        let plan = folder.appendingPathComponent("plan.yaml").path
        try Data("plan".utf8).write(to: URL(fileURLWithPath: plan))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: plan)
        let backup = plan + ".bak"
        try AtomicFile.replace(Data("plan".utf8), at: backup, modeOf: plan)
        #expect(try Self.mode(backup) == 0o600)
    }

    @Test func aNewFileGetsTheUsualMode() throws {
        let folder = try Self.scratch()
        let path = folder.appendingPathComponent("ny.yaml").path
        let mask = umask(0o022)
        defer { umask(mask) }
        try AtomicFile.replace(Data("ny".utf8), at: path)
        #expect(try Self.mode(path) == 0o644)
    }

    @Test(.enabled(if: geteuid() == 0)) func theReplacedFilesOwnerIsKept() throws {
        let folder = try Self.scratch()
        let path = folder.appendingPathComponent("plan.yaml").path
        try Data("gammal".utf8).write(to: URL(fileURLWithPath: path))
        try #require(chown(path, 4321, 4322) == 0)
        try AtomicFile.replace(Data("ny".utf8), at: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect(attributes[.ownerAccountID] as? Int == 4321)
        #expect(attributes[.groupOwnerAccountID] as? Int == 4322)
    }

    @Test func aFolderAtThePathIsAnOutputErrorAndLeavesNoTemporaryFile() throws {
        let folder = try Self.scratch()
        let path = folder.appendingPathComponent("plan.yaml").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        #expect {
            try AtomicFile.replace(Data("ny".utf8), at: path)
        } throws: { error in
            (error as? OutputError)?.text(.nynorsk)
                == "\(path): kan ikkje skrive fila: det er ei mappe der fila skal vere"
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan.yaml"])
    }
}
