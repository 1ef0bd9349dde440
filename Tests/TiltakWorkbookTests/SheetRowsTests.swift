import Foundation
import Testing
import TiltakModel
import XLSXReader

@testable import TiltakWorkbook

/// `SheetRows`: the rows validation counts for each sheet are the rows the writers write, and the
/// changes workbook refuses a sheet longer than a sheet can be before writing anything.
@Suite struct SheetRowsTests {
    /// A plan with the shapes that change a sheet's rows: an area without actions whose short name
    /// clashes with another's, an area without result goals, an action in a theme its area does
    /// not list, an unregistered responsible party, an action without one, several financing needs.
    static func edgePlan() -> Plan {
        var plan = smallPlan(
            actions: [
                smallAction("KM-1", responsible: [.registered("RR"), .registered("GOL")]),
                smallAction(
                    "KM-2", responsible: [.unregistered("Lokallaget")],
                    financing: Financing(need: .needsFinancing)),
                smallAction("KM-3", responsible: [], financing: Financing(need: .applyForFunds)),
                smallAction(
                    "KM-4", responsible: [.registered("AAL")], financing: Financing(need: .needsFinancing)),
            ])
        plan.actions[3].theme = "Anna"
        plan.focusAreas += [
            FocusArea(code: "TO", name: "Tomt område", shortName: "Klima og miljø", themes: ["Ingen"]),
            FocusArea(code: "XX", name: "Utan mål", themes: ["Tema"]),
        ]
        plan.actions.append(
            Action(
                id: "XX-1", text: "Noko anna", focusArea: "XX", theme: "Tema",
                timeframe: Timeframe(text: "", kind: .unknown), responsible: PartyCell(text: "", parties: []))
        )
        return plan
    }

    /// The council workbook of `plan`, written and read back.
    static func councilWorkbook(_ plan: Plan, in directory: TemporaryDirectory) throws -> XLSXDocument {
        let path = directory.path("raad.xlsx")
        try CouncilWorkbook.write(plan, source: WorkbookSource(path: "plan.yaml", sha256: "abc"), to: path)
        return try open(path)
    }

    @Test(arguments: ["hallingdal", "edge"])
    func councilCountsAreTheRowsWritten(_ which: String) throws {
        let plan = which == "edge" ? Self.edgePlan() : try hallingdal()
        let directory = try TemporaryDirectory()
        let document = try Self.councilWorkbook(plan, in: directory)
        let counts = SheetRows.council(plan, issues: PlanValidator.validate(plan).count)
        #expect(counts.map(\.sheet) == document.sheetNames.filter { $0 != "Tiltak" && $0 != "Lister" })
        for count in counts {
            let sheet = try document.sheet(named: count.sheet)
            #expect(sheet.maxRow == count.rows, "\(count.sheet)")
        }
    }

    @Test func taskSheetCountIsTheRowsWritten() throws {
        let plan = try hallingdal()
        let gol = try #require(plan.registry.party(code: "GOL"))
        let directory = try TemporaryDirectory()
        let path = directory.path("Gol.xlsx")
        try MunicipalityWorkbook.write(
            plan, municipality: gol, source: WorkbookSource(path: "plan.yaml", sha256: "abc"), to: path)
        let sheet = try open(path).sheet(named: "Oppgåver")
        let rows = AssignmentsSheet.rowCount(assignments: plan.assignments(for: "GOL").count)
        #expect(sheet.maxRow == rows)
        // Counted only when a sheet can pass the limit: with a limit below Gol's rows, Gol is named.
        #expect(SheetRows.taskSheets(plan, over: SheetRows.maximum).isEmpty)
        let over = SheetRows.taskSheets(plan, over: rows - 1)
        #expect(over.contains { $0.municipality.code == "GOL" && $0.count.rows == rows })
        #expect(over.allSatisfy { $0.count.sheet == "Oppgåver" && $0.count.rows >= rows })
    }

    @Test func changesWorkbookLongerThanASheetIsRefusedBeforeWriting() throws {
        let old = smallPlan(actions: [smallAction("KM-1"), smallAction("KM-2")])
        var new = old
        new.actions[0].text = "Ny tekst"
        new.actions[1].remark = "Ny merknad"
        let diff = PlanDiff(old: old, new: new)
        #expect(ChangesWorkbook.rowCount(diff) == 3)
        let directory = try TemporaryDirectory()
        let path = directory.path("endringar.xlsx")
        #expect {
            try ChangesWorkbook.write(from: old, to: new, path: path, maximumRows: 2)
        } throws: { error in
            guard let error = error as? WorkbookContentError, let cause = error.cause as? TooManyRowsError
            else {
                return false
            }
            return cause == TooManyRowsError(sheet: "Endringar", rows: 3, limit: 2)
                && error.description
                    == "\(path): kan ikkje skrive arbeidsboka: Arket Endringar får 3 rader; eit ark kan ha høgst 2 (Excel)."
        }
        #expect(try directory.contents().isEmpty)
        try ChangesWorkbook.write(from: old, to: new, path: path, maximumRows: 3)
        #expect(try open(path).sheet(named: "Endringar").maxRow == 3)
    }

    @Test func maximumIsExcelsRowLimit() {
        #expect(SheetRows.maximum == 1_048_576)
    }
}
