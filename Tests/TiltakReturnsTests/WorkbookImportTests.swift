import Foundation
import Testing
import TiltakModel
import TiltakPlanFiles
import TiltakReturns
import TiltakWorkbook

/// The council workbook imports back to the plan it was written from, whether its Tiltak sheet holds
/// shared strings (the usual workbook) or inline strings (constant-memory mode, from 200 000 actions).
@Suite struct WorkbookImportTests {
    static func importBack(sheets: CouncilSheets, streaming: Bool) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let plan = try PlanFileReader.read(
            path: root.appendingPathComponent("Fixtures/hallingdal-2021-2024.yaml").path)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tiltak-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("hallingdal-2021-2024.xlsx").path
        try CouncilWorkbook.write(
            plan, source: WorkbookSource(path: "hallingdal-2021-2024.yaml", sha256: ""), to: path,
            sheets: sheets,
            streaming: streaming)
        let result = try WorkbookImporter.importWorkbook(path: path, base: plan)
        #expect(result.plan.actions == plan.actions)
        #expect(result.newIDs.isEmpty && result.changedIDs.isEmpty)
        let afresh = try WorkbookImporter.importWorkbook(path: path, base: plan, keepingUnchangedCells: false)
        #expect(afresh.plan.actions.map(\.id) == plan.actions.map(\.id))
        #expect(afresh.plan.actions.map(\.text) == plan.actions.map(\.text))
    }

    @Test func sharedStrings() throws {
        try Self.importBack(sheets: .all, streaming: false)
    }

    @Test func inlineStrings() throws {
        try Self.importBack(sheets: .tiltak, streaming: true)
    }
}
