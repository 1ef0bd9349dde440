import Foundation
import Testing
import TiltakLanguage
import TiltakModel
import TiltakOperations
import TiltakPlanFiles
import TiltakRuntime

/// The operations run in-process: what they return and what they throw.
@Suite("Operations")
struct OperationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixture = root.appendingPathComponent("Fixtures/hallingdal-2021-2024.yaml").path

    /// A new empty scratch folder.
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tiltak-ops-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func exportWritesEveryDocumentAndSaysSo() throws {
        let folder = try Self.scratch().appendingPathComponent("ut")
        let result = try ExportOperation.run(
            ExportOperation.Options(source: PlanSource(plan: Self.fixture), folder: folder.path))
        // 17 files and the task workbooks of the 17 other parties responsible for an action.
        #expect(result.written.count == 34)
        #expect(result.summary(.nynorsk) == "Skreiv 34 filer til \(folder.path)/ (69 tiltak, 6 kommunar).")
        for path in result.written { #expect(FileManager.default.fileExists(atPath: path), "\(path)") }
        #expect(result.written.contains(folder.appendingPathComponent("kommunar/Ål.xlsx").path))
    }

    @Test func exportOfAPlanWithErrorsThrowsDataErrorAndWritesNothing() throws {
        let scratch = try Self.scratch()
        let table = scratch.appendingPathComponent("dobbel.csv")
        try "ID;Innsatsområde;Tema;Tiltak\nNK-01;Næring;Tema;Eitt\nNK-01;Næring;Tema;Anna\n".write(
            to: table, atomically: true, encoding: .utf8)
        let folder = scratch.appendingPathComponent("ut")
        #expect {
            try ExportOperation.run(
                ExportOperation.Options(source: PlanSource(plan: table.path), folder: folder.path))
        } throws: { error in
            guard let error = error as? DataError else { return false }
            return error.diagnostics.first?.text(.nynorsk)
                == "NK-01 ID: ID-en NK-01 er brukt på fleire tiltak."
                && error.diagnostics.last?.text(.nynorsk).contains("ingenting er skrive") == true
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func exportIntoAFileThrowsOutputErrorForTheFolder() throws {
        let scratch = try Self.scratch()
        let file = scratch.appendingPathComponent("ut")
        try Data("fil".utf8).write(to: file)
        #expect {
            try ExportOperation.run(
                ExportOperation.Options(source: PlanSource(plan: Self.fixture), folder: file.path))
        } throws: { error in
            guard let error = error as? OutputError else { return false }
            return error.operation == .createFolder && error.path.hasPrefix(file.path)
        }
    }

    @Test func collectWithoutAPlanIsAUsageError() throws {
        #expect(throws: UsageError.self) {
            try CollectOperation.run(CollectOperation.Options(files: ["gol.csv"], plan: nil))
        }
    }

    @Test func collectDryRunSaysWhatWouldChangeAndWritesNothing() throws {
        let scratch = try Self.scratch()
        let plan = scratch.appendingPathComponent("plan.yaml")
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: plan.path)
        let table = scratch.appendingPathComponent("gol.csv")
        try Data("ID;Status;Kommentar\nKM-09;Pågår;Pilot\n".utf8).write(to: table)
        let before = try Data(contentsOf: plan)
        let result = try CollectOperation.run(
            CollectOperation.Options(
                files: [table.path], plan: plan.path, party: "Gol", date: "2021-06-30", dryRun: true,
                language: .nynorsk))
        #expect(result.dryRun)
        #expect(result.lines == ["ny      KM-09  2021  Gol: Pågår «Pilot»  (gol.csv:2)"])
        #expect(result.summary == "1 rapport for 2021 frå 1 fil: 1 ny, 0 endra, 0 uendra.")
        #expect(try Data(contentsOf: plan) == before)
        #expect(
            !FileManager.default.fileExists(atPath: scratch.appendingPathComponent("plan.status.yaml").path))
    }

    @Test func collectOfConflictingReportsThrowsEveryConflict() throws {
        let scratch = try Self.scratch()
        let plan = scratch.appendingPathComponent("plan.yaml")
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: plan.path)
        let a = scratch.appendingPathComponent("a.csv")
        let b = scratch.appendingPathComponent("b.csv")
        try Data("ID;Status;Kommentar\nKM-09;Pågår;\n".utf8).write(to: a)
        try Data("ID;Status;Kommentar\nKM-09;Fullført;\n".utf8).write(to: b)
        #expect {
            try CollectOperation.run(
                CollectOperation.Options(files: [a.path, b.path], plan: plan.path, party: "Gol"))
        } throws: { error in
            guard let error = error as? DataError else { return false }
            return error.diagnostics.map(\.kind) == [.conflict, .error]
                && error.diagnostics.last?.text(.nynorsk).contains("0 feil, 1 konflikt.") == true
        }
    }

    @Test func validateCountsErrorsAndWarnings() throws {
        let result = try ValidateOperation.run(PlanSource(plan: Self.fixture), language: .nynorsk)
        #expect(result.errors == 0)
        #expect(result.summary.hasPrefix("\(Self.fixture): 69 tiltak, 0 feil, "))
        #expect(result.lines.allSatisfy { $0.hasPrefix("åtvaring\t") })
    }

    @Test func listEmitsTheMatchingActions() throws {
        var text = ""
        try ListOperation.run(
            ListOperation.Options(
                source: PlanSource(plan: Self.fixture),
                filter: ActionFilter(responsible: "HR", directOnly: true),
                format: .csv)
        ) { text += $0 }
        let lines = text.split(separator: "\n")
        #expect(lines.first?.hasPrefix("ID;Innsatsområde;") == true)
        #expect(lines.count > 1)
        #expect(lines.dropFirst().allSatisfy { $0.contains("HR") || $0.contains("Renovasjon") })
    }

    @Test func listWithAnUnknownPartyIsAUsageError() throws {
        #expect(throws: UsageError.self) {
            try ListOperation.run(
                ListOperation.Options(
                    source: PlanSource(plan: Self.fixture),
                    filter: ActionFilter(responsible: "Ingen slik part"))
            ) { _ in }
        }
    }

    @Test func reviseRefusesToOverwriteThePlanWithoutForce() throws {
        #expect(throws: UsageError.self) {
            try ReviseOperation.run(
                ReviseOperation.Options(
                    source: PlanSource(plan: Self.fixture), year: 2022, output: Self.fixture))
        }
    }
}
