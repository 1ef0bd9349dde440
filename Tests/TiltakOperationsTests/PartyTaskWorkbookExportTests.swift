import Foundation
import Testing
import TiltakModel
import TiltakOperations
import TiltakPlanFiles
import TiltakRuntime

/// `tiltak export` writes a task workbook for every party that reports, not only the
/// municipalities (`--task-workbooks`), and writes the same files whatever `--jobs`.
@Suite("Task workbooks for every party")
struct PartyTaskWorkbookExportTests {
    /// The Hallingdal parties besides the municipalities responsible for at least one action.
    static let responsible = [
        "Berekraftig reisemål", "Destinasjonsselskapa", "Etablerersenteret", "Hallingdal Næringshage",
        "Hallingdal Renovasjon", "IKT Hallingdal", "Klimanettverket", "Kompetanseutvalet", "Næringsforum",
        "Næringslivet", "Plangruppa", "Regionrådet for Hallingdal", "Rådmannsutvalet", "Torpomoen",
        "Tråkk'n Roll", "Ungt Entreprenørskap", "Vy",
    ]

    static func export(_ scope: TaskWorkbookScope? = nil, jobs: Int? = nil) throws -> (URL, [String]) {
        let out = try OperationTests.scratch().appendingPathComponent("ut")
        var options = ExportOperation.Options(
            source: PlanSource(plan: OperationTests.fixture), folder: out.path)
        if let scope { options.taskWorkbooks = scope }
        options.jobs = jobs
        let result = try ExportOperation.run(options)
        let files = ExportFileNameTests.files(in: out)
        #expect(result.written.count == files.count)
        return (out, files)
    }

    static func partyFiles(_ files: [String]) -> [String] {
        files.filter { $0.hasPrefix("partar/") }.map { String($0.dropFirst("partar/".count)) }
    }

    @Test func byDefaultEveryResponsiblePartyGetsOneBesideTheMunicipalities() throws {
        let (out, files) = try Self.export()
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        #expect(Self.partyFiles(files) == Self.responsible.map { "\($0).xlsx" }.sorted())
        #expect(files.filter { $0.hasPrefix("kommunar/") }.count == 12)
        #expect(files.count == 17 + Self.responsible.count)
    }

    @Test func municipalitiesOnlyWritesTheExportOfBefore() throws {
        let (out, files) = try Self.export(.municipalities)
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        #expect(Self.partyFiles(files).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("partar").path))
        #expect(files.count == 17)
    }

    @Test func allAddsThePartiesOnlyInvolved() throws {
        let (out, files) = try Self.export(.all)
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        let names = Set(Self.partyFiles(files))
        #expect(names.isSuperset(of: Self.responsible.map { "\($0).xlsx" }))
        // Viken and FHI are only ever involved; the municipality group never gets one.
        #expect(names.contains("Viken fylkeskommune.xlsx"))
        #expect(names.contains("Folkehelseinstituttet.xlsx"))
        #expect(!names.contains("Kommunane i Hallingdal.xlsx"))
    }

    @Test func oneJobAtATimeWritesTheSameBytes() throws {
        let (one, oneFiles) = try Self.export(jobs: 1)
        let (many, manyFiles) = try Self.export(jobs: 4)
        defer {
            try? FileManager.default.removeItem(at: one.deletingLastPathComponent())
            try? FileManager.default.removeItem(at: many.deletingLastPathComponent())
        }
        #expect(oneFiles == manyFiles)
        for file in oneFiles {
            let a = try Data(contentsOf: one.appendingPathComponent(file))
            let b = try Data(contentsOf: many.appendingPathComponent(file))
            #expect(a == b, "\(file)")
        }
    }

    @Test func progressCountsEveryFileOnceUpToTheTotal() throws {
        let out = try OperationTests.scratch().appendingPathComponent("ut")
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        let seen = LockedValue<[(Int, Int)]>([])
        var options = ExportOperation.Options(
            source: PlanSource(plan: OperationTests.fixture), folder: out.path)
        options.progress = { done, total in seen.update { $0.append((done, total)) } }
        let result = try ExportOperation.run(options)
        let steps = seen.get()
        #expect(steps.map(\.1).allSatisfy { $0 == result.written.count })
        #expect(steps.map(\.0).sorted() == Array(1...result.written.count))
    }
}
