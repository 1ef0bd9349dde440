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

    /// A plan from a table with cost, financing and kept columns (`Kommentar` repeats a caption of
    /// the Tiltak sheet, which shows it as `Kommentar (2)`).
    static func tablePlan() throws -> Plan {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tiltak-table-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("region.csv")
        try """
        Nr;Innsatsområde;Tema;Tiltak;Tidsramme;Ansvar;Merknad;Finansiering;Kostnad;Prioritet;Kommentar;Indikator
        1.1;Næring;Vekst;Etablere næringsforum;2025;Kommunane;;Krev finansiering;1,2 mill.;Høg;Frå styret;
        1.2;Næring;Vekst;Kartlegge næringsareal;2026;Kommunane;Søkt midlar;;150 000 kr per år;;;Tal bedrifter
        1.3;Næring;Vekst;Opne bibliotek;2026;Kommunane;;;;;;

        """.write(to: path, atomically: true, encoding: .utf8)
        let plan = try TableImporter.importTable(path: path.path).plan
        // Through the plan file and back, as `tiltak import` and `export` take it.
        return try PlanFileReader.read(yaml: try PlanFileWriter.yaml(for: plan), file: "region.yaml")
    }

    /// Writes `plan`'s council workbook into a fresh folder; returns its path.
    static func councilWorkbook(_ plan: Plan, streaming: Bool = false) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tiltak-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("region.xlsx").path
        try CouncilWorkbook.write(
            plan, source: WorkbookSource(path: "region.yaml", sha256: ""), to: path,
            sheets: streaming ? .tiltak : .all, streaming: streaming)
        return path
    }

    /// Kept columns, and the costs and financing of a table's own columns, survive export and import,
    /// in a workbook with shared strings and in one written row by row.
    @Test(arguments: [false, true])
    func keptColumnsCostsAndFinancingComeBack(streaming: Bool) throws {
        let plan = try Self.tablePlan()
        #expect(plan.actions[0].extras.count == 2)
        #expect(plan.actions[0].financingText == "Krev finansiering")
        let path = try Self.councilWorkbook(plan, streaming: streaming)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let result = try WorkbookImporter.importWorkbook(path: path, base: plan)
        #expect(result.plan.actions == plan.actions)
        #expect(result.changedIDs.isEmpty)
        // Read afresh, without the base's cells, the kept columns and the money cells still come back.
        let afresh = try WorkbookImporter.importWorkbook(path: path, base: plan, keepingUnchangedCells: false)
        #expect(afresh.plan.actions.map(\.extras) == plan.actions.map(\.extras))
        #expect(afresh.plan.actions.map(\.financing.need) == plan.actions.map(\.financing.need))
        #expect(afresh.plan.actions.map(\.financing.cost) == plan.actions.map(\.financing.cost))
        #expect(afresh.plan.extraHeaders == ["Prioritet", "Kommentar", "Indikator"])
    }

    /// A financing or cost cell edited in the workbook is read as the table's column would be.
    @Test func anEditedFinancingOrCostCellIsRead() throws {
        let base = try Self.tablePlan()
        var edited = base
        edited.actions[0].financing.need = .financed
        edited.actions[1].financing.cost = Cost(amount: 300_000, recurrence: .perYear)
        let path = try Self.councilWorkbook(edited)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let result = try WorkbookImporter.importWorkbook(path: path, base: base)
        #expect(result.changedIDs == ["1.1", "1.2"])
        let first = result.plan.actions[0]
        #expect(first.financingText == "Finansiert")
        #expect(first.financing.need == .financed)
        #expect(first.costText == "1,2 mill.")
        #expect(first.financing.cost?.amount == 1_200_000)
        let second = result.plan.actions[1]
        #expect(second.costText == "300000 per år")
        #expect(second.financing.cost == Cost(amount: 300_000, recurrence: .perYear))
        #expect(second.financing.need == .fundsApplied)
        #expect(result.plan.actions[2] == base.actions[2])
    }
}
