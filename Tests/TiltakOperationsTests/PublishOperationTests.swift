import Foundation
import Testing
import TiltakLanguage
import TiltakOperations
import TiltakPlanFiles
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
        // Every file written, and the list of them for the next publish.
        #expect(result.written.count + 1 == first.count)
        #expect(
            first[".tiltak-site-files"].map { String(decoding: $0, as: UTF8.self) }?.contains(
                "tiltak/NK-01.html\n") == true)
        #expect(result.summary == "Skreiv \(first.count - 1) filer til \(folder.path)/ (69 tiltak).")
        #expect(first["index.html"] != nil && first["tiltak/NK-01.html"] != nil && first["stil.css"] != nil)
        #expect(first.values.reduce(0) { $0 + $1.count } < 1_000_000)
        _ = try PublishOperation.run(
            PublishOperation.Options(source: PlanSource(plan: Self.fixture), folder: folder.path))
        #expect(try Self.contents(folder) == first)
    }

    @Test func aPageTheNewSiteNoLongerHasIsRemovedAndNothingElse() throws {
        let scratch = try OperationTests.scratch()
        let folder = scratch.appendingPathComponent("nettstad")
        _ = try PublishOperation.run(
            PublishOperation.Options(source: PlanSource(plan: Self.fixture), folder: folder.path))
        // The user's own page, and a file outside the folder that an edited list names.
        try Data("mi".utf8).write(to: folder.appendingPathComponent("mi-side.html"))
        try Data("utanfor".utf8).write(to: scratch.appendingPathComponent("utanfor.html"))
        let list = folder.appendingPathComponent(".tiltak-site-files")
        let listed = try String(contentsOf: list, encoding: .utf8)
        try
            (listed
            + "../utanfor.html\n\(scratch.path)/utanfor.html\ntiltak/../../utanfor.html\n.skjult.html\n")
            .write(to: list, atomically: true, encoding: .utf8)
        var plan = try PlanFileReader.read(path: Self.fixture)
        plan.actions.removeAll { $0.id.rawValue == "NK-01" }
        let smaller = scratch.appendingPathComponent("plan.yaml").path
        try PlanFileWriter.write(plan, to: smaller)
        let result = try PublishOperation.run(
            PublishOperation.Options(source: PlanSource(plan: smaller), folder: folder.path))
        // NK-01's page, and the page of Tråkk'n Roll, whose only action it was.
        #expect(result.removed == ["part/Tråkk'n Roll.html", "tiltak/NK-01.html"])
        #expect(
            result.summary.hasSuffix(
                "Fjerna 2 sider som ikkje lenger er med: part/Tråkk'n Roll.html, tiltak/NK-01.html."))
        let after = try Self.contents(folder)
        #expect(after["tiltak/NK-01.html"] == nil)
        #expect(after["tiltak/NK-02.html"] != nil)
        #expect(after["mi-side.html"] == Data("mi".utf8))
        #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("utanfor.html").path))
        // The new list no longer names the page.
        #expect(
            after[".tiltak-site-files"].map { String(decoding: $0, as: UTF8.self) }?.contains("NK-01")
                == false)
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
