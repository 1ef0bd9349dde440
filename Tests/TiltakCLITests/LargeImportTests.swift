import Foundation
import Testing
import TiltakModel
import TiltakPlanFiles
import TiltakReturns

/// `tiltak import` reads back council workbooks far larger than the Hallingdal one: the Tiltak sheet
/// of 100 000 actions is a 47 MB part with its cells on one line, and its shared strings more than
/// libxml2 reads by default.
@Suite("Import a large council workbook", .serialized)
struct LargeImportTests {
    @Test func aCouncilWorkbookOfOneHundredThousandActionsIsReadBack() throws {
        let folder = try TiltakRunner.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let generator = TiltakRunner.root.appendingPathComponent("Scripts/bench-plan.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", generator.path, "100000", folder.path]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "bench-plan.py failed")
        let table = folder.appendingPathComponent("bench-100000.csv").path
        let basePath = folder.appendingPathComponent("bench-100000.yaml").path
        let out = folder.appendingPathComponent("ut")

        let export = try TiltakRunner.run(
            [
                "export", "--plan", table, "--base", basePath, "--only", "council", "--sheets", "tiltak",
                "--out", out.path,
            ])
        try #require(export.status == 0, "\(export.stderr)")
        let workbook = out.appendingPathComponent("bench-100000.xlsx").path

        // What `tiltak import` does before it writes the plan file (writing 100 000 actions as YAML
        // takes a debug build minutes; the reading is what this test is about).
        let base = try PlanFileReader.read(path: basePath)
        let result = try WorkbookImporter.importWorkbook(path: workbook, base: base)
        #expect(result.plan.actions.count == 100_000)
        #expect(result.newIDs.isEmpty)
        #expect(result.statusRows == 0)
        let lines = try String(contentsOfFile: table, encoding: .utf8).split(separator: "\n")
        for line in [lines[1], lines[lines.count / 2], lines[lines.count - 1]] {
            let fields = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            let action = try #require(result.plan.action(id: ActionID(fields[0])), "\(fields[0])")
            #expect(action.text == fields[3])
            #expect(action.timeframe.text == fields[4])
            #expect(action.remark == fields[7])
        }
    }
}
