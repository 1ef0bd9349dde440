import Foundation
import Testing
import TiltakLanguage
import TiltakModel
import TiltakOperations
import TiltakPlanFiles

/// `tiltak import` says which column it read each field from and which it kept as they are.
@Suite("Import: the table's columns")
struct ImportColumnsTests {
    @Test func theImportNamesTheColumnsItTookAndKept() throws {
        let folder = try OperationTests.scratch()
        let table = folder.appendingPathComponent("region.csv")
        try """
        Nr.;Satsingsområde;Tiltak;Ansvar;Kostnad;Prioritet
        1.1;Næring;Etablere forum;Kommunane;1,2 mill.;Høg

        """.write(to: table, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("region.yaml").path
        let result = try ImportOperation.run(ImportOperation.Options(input: table.path, output: output))
        #expect(result.lines.contains(CommandMessage.columnRead(header: "Nr.", field: .id).message))
        #expect(
            result.lines.contains(
                CommandMessage.columnRead(header: "Satsingsområde", field: .focusArea).message))
        #expect(result.lines.contains(CommandMessage.columnsKept(["Prioritet"]).message))
        // Columns under the field's own name are not listed.
        #expect(!result.lines.contains(CommandMessage.columnRead(header: "Tiltak", field: .text).message))
        #expect(!result.lines.contains(CommandMessage.columnRead(header: "Kostnad", field: .cost).message))
        let plan = try PlanFileReader.read(path: output)
        #expect(plan.actions.first?.extra("Prioritet") == "Høg")
        #expect(plan.actions.first?.isUnfinanced == true)
    }

    @Test func columnsReachAPlanSourceTable() throws {
        let folder = try OperationTests.scratch()
        let table = folder.appendingPathComponent("kven.csv")
        try "Mål;Tiltak;Kven\nKlima;Gjere noko;Kommunane\n".write(
            to: table, atomically: true, encoding: .utf8)
        #expect(throws: PlanFileError.self) { try PlanSource(plan: table.path).load() }
        let loaded = try PlanSource(plan: table.path, columns: [.focusArea: "Mål", .responsible: "Kven"])
            .load()
        #expect(loaded.plan.focusAreas.map(\.name) == ["Klima"])
        #expect(loaded.plan.actions.first?.responsible.text == "Kommunane")
    }
}
