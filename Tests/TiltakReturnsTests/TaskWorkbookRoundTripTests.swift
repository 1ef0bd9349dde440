import Foundation
import Testing
import TiltakLayout
import TiltakModel
import TiltakPlanFiles
import TiltakReturns
import TiltakWorkbook

/// A task workbook written by ``MunicipalityWorkbook`` and read back by ``ReturnedWorkbook``: the
/// writer and the reader agree on the layout declared once in TiltakLayout.
@Suite("Task workbook written and read back")
struct TaskWorkbookRoundTripTests {
    @Test func protectedCellsAndFactsComeBackAsWritten() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let plan = try PlanFileReader.read(
            path: root.appendingPathComponent("Fixtures/hallingdal-2021-2024.yaml").path)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tiltak-roundtrip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = WorkbookSource(path: "Fixtures/hallingdal-2021-2024.yaml", sha256: "0123abcd")
        let municipalities = plan.registry.parties.filter { $0.kind == .municipality }
        #expect(municipalities.count == 6)
        var filledColumns: Set<TaskWorkbookLayout.Column> = []
        var rowsRead = 0
        for municipality in municipalities {
            let path = folder.appendingPathComponent(MunicipalityWorkbook.fileName(for: municipality)).path
            try MunicipalityWorkbook.write(plan, municipality: municipality, source: source, to: path)
            let returned = try ReturnedWorkbook.read(path: path)
            #expect(returned.isWorkbook)
            #expect(
                returned.attribution
                    == ReturnedFile.Attribution(
                        planID: plan.id, revisionDate: plan.revision.date.iso,
                        municipalityCode: municipality.code,
                        municipalityName: municipality.name))

            let assignments = plan.assignments(for: municipality.code)
            #expect(returned.rows.count == assignments.count, "\(municipality.name)")
            #expect(Set(returned.rows.map(\.id)) == Set(assignments.map(\.action.id.rawValue)))
            for row in returned.rows {
                let place = "\(municipality.name), \(ReturnedWorkbook.taskSheet) rad \(row.number)"
                let assignment = try #require(
                    assignments.first { $0.action.id.rawValue == row.id }, "\(place)")
                let expected = TaskRowCells.cells(assignment, plan: plan, language: .nynorsk)
                // Every protected column the sheet has is found, with exactly the value the plan
                // gives it; a column left out is one the plan leaves empty for this party.
                #expect(Set(row.protectedCells.keys).isSubset(of: Set(TaskWorkbookLayout.planColumns)))
                for column in TaskWorkbookLayout.planColumns {
                    let found = row.protectedCells[column] ?? ""
                    #expect(found == expected[column], "\(place): \(column)")
                    if !found.isEmpty { filledColumns.insert(column) }
                }
                let report = StatusBoard(plan: plan).report(assignment.action, party: municipality.code)
                #expect(row.status == report?.status.rawValue ?? "", "\(place)")
                #expect(row.comment == report?.comment ?? "", "\(place)")
                rowsRead += 1
            }
        }
        #expect(rowsRead > 0)
        // Every protected column was compared on a real value somewhere, not only on empty cells.
        #expect(filledColumns == Set(TaskWorkbookLayout.planColumns))
    }
}
