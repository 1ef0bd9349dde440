import Foundation
import Testing
import TiltakLanguage
import TiltakOperations
import TiltakReports
import TiltakRuntime

/// `tiltak publish` in-process: the whole site or nothing, the same bytes on every run.
@Suite("Publish")
struct PublishOperationTests {
    private static let fixture = OperationTests.fixture

    /// Every file under `folder` by relative path, with its bytes.
    private static func contents(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            result[String(url.path.dropFirst(folder.path.count + 1))] = try Data(contentsOf: url)
        }
        return result
    }

    @Test func publishWritesTheWholeSiteAndTheSameBytesAgain() throws {
        let folder = try OperationTests.scratch().appendingPathComponent("nettstad")
        let result = try PublishOperation.run(
            PublishOperation.Options(source: PlanSource(plan: Self.fixture), folder: folder.path))
        let first = try Self.contents(folder)
        #expect(result.written.count == first.count)
        #expect(result.summary == "Skreiv \(first.count) filer til \(folder.path)/ (69 tiltak).")
        #expect(first["index.html"] != nil && first["tiltak/NK-01.html"] != nil && first["stil.css"] != nil)
        #expect(first.values.reduce(0) { $0 + $1.count } < 1_000_000)
        _ = try PublishOperation.run(
            PublishOperation.Options(source: PlanSource(plan: Self.fixture), folder: folder.path))
        #expect(try Self.contents(folder) == first)
    }

    @Test func aFailedPublishLeavesTheFolderAsItWas() throws {
        let folder = try OperationTests.scratch().appendingPathComponent("nettstad")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // A file where the action pages' folder goes: the pages cannot be put in place.
        try Data("mine".utf8).write(to: folder.appendingPathComponent("tiltak"))
        try Data("gammal".utf8).write(to: folder.appendingPathComponent("index.html"))
        #expect(throws: OutputError.self) {
            try PublishOperation.run(
                PublishOperation.Options(source: PlanSource(plan: Self.fixture), folder: folder.path))
        }
        #expect(
            try Self.contents(folder) == ["tiltak": Data("mine".utf8), "index.html": Data("gammal".utf8)])
    }

    @Test func templateErrorsAndPlanErrorsWriteNothing() throws {
        let scratch = try OperationTests.scratch()
        let overrides = scratch.appendingPathComponent("malar/site")
        try FileManager.default.createDirectory(at: overrides, withIntermediateDirectories: true)
        try "{{>topp}}{{#heading}}{{>botn}}".write(
            to: overrides.appendingPathComponent("framside.mustache"), atomically: true, encoding: .utf8)
        let folder = scratch.appendingPathComponent("nettstad")
        #expect(throws: ReportError.self) {
            try PublishOperation.run(
                PublishOperation.Options(
                    source: PlanSource(plan: Self.fixture), folder: folder.path,
                    templates: scratch.appendingPathComponent("malar").path))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path))
        let table = scratch.appendingPathComponent("dobbel.csv")
        try "ID;Innsatsområde;Tema;Tiltak\nNK-01;Næring;Tema;Eitt\nNK-01;Næring;Tema;Anna\n".write(
            to: table, atomically: true, encoding: .utf8)
        #expect(throws: DataError.self) {
            try PublishOperation.run(
                PublishOperation.Options(source: PlanSource(plan: table.path), folder: folder.path))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }
}
