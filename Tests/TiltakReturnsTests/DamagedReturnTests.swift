import Foundation
import Testing
import TiltakModel
import TiltakPlanFiles
import TiltakReturns
import TiltakWorkbook

/// Returned task workbooks damaged on the way (cut short, or only their end left): refused with a
/// nynorsk message naming the file, never a crash.
@Suite("Damaged returned workbooks")
struct DamagedReturnTests {
    /// Gol's task workbook as `tiltak export` writes it, in a fresh folder.
    static func golWorkbook() throws -> (folder: URL, data: Data) {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let plan = try PlanFileReader.read(
            path: root.appendingPathComponent("Fixtures/hallingdal-2021-2024.yaml").path)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tiltak-damaged-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let gol = try #require(plan.registry.parties.first { $0.code == "GOL" })
        let path = folder.appendingPathComponent("Gol.xlsx").path
        try MunicipalityWorkbook.write(
            plan, municipality: gol, source: WorkbookSource(path: "plan.yaml", sha256: "0"), to: path)
        return (folder, try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test func tailsAndTruncationsOfATaskWorkbookAreRefusedNamingTheFile() throws {
        let (folder, data) = try Self.golWorkbook()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The whole workbook reads.
        let whole = folder.appendingPathComponent("Gol.xlsx").path
        #expect(try ReturnedWorkbook.read(path: whole).rows.count > 0)

        var pieces: [(String, Data)] = []
        for length in [22, 30, 100, 1000, 2000, 5000, data.count / 2, data.count - 100, data.count - 1] {
            pieces.append(("tail-\(length).xlsx", Data(data.suffix(length))))
        }
        for length in [10, 100, 1000, data.count / 2, data.count - 22, data.count - 1] {
            pieces.append(("head-\(length).xlsx", Data(data.prefix(length))))
        }
        for (name, bytes) in pieces {
            let path = folder.appendingPathComponent(name).path
            try bytes.write(to: URL(fileURLWithPath: path))
            do {
                _ = try ReturnedWorkbook.read(path: path)
                Issue.record("\(name) was read")
            } catch {
                guard case .invalid(let problems) = error, let problem = problems.first else {
                    Issue.record("\(name): \(error)")
                    continue
                }
                #expect(problem.file == path)
                #expect(
                    problem.message.nn.hasPrefix("Fila kan ikkje lesast som XLSX-arbeidsbok: "),
                    "\(name): \(problem)")
                #expect(
                    problem.message.nn.contains("ZIP-arkivet er skadd")
                        || problem.message.nn.contains("fila er ikkje eit ZIP-arkiv"), "\(name): \(problem)")
                #expect(!problem.message.nn.contains(" not "), "\(name): \(problem)")
            }
        }
    }
}
