import Foundation
import Testing
import TiltakModel
import XLSXReader

@testable import TiltakWorkbook

/// The Hallingdal plan with status reports for 2021 (its revision year): the shared KM-03
/// («Innføre klimaråd i kvar kommune») done in Ål and Gol and in progress in Hol; NK-02 done by
/// Næringsforum; and a 2022 report that must not count for 2021.
func hallingdalWithReports() throws -> Plan {
    var plan = try hallingdal()
    let day = CalendarDate(iso: "2021-11-01") ?? .januaryFirst(2021)
    plan.merge([
        StatusReport(actionID: "KM-03", year: 2021, party: "AAL", status: .done, collected: day),
        StatusReport(
            actionID: "KM-03", year: 2021, party: "GOL", status: .done, comment: "Vedteke", collected: day),
        StatusReport(
            actionID: "KM-03", year: 2021, party: "HOL", status: .inProgress, comment: "Vedtak i juni",
            collected: day),
        StatusReport(
            actionID: "NK-02", year: 2021, party: "NF", status: .done, comment: "Portalen er oppe",
            collected: day),
        StatusReport(actionID: "KM-03", year: 2022, party: "FLA", status: .cancelled, collected: day),
    ])
    return plan
}

@Suite struct StatusWorkbookTests {
    static let breakdown =
        "2 av 6 fullført. Flå: –; Nesbyen: –; Gol: Fullført – Vedteke; Hemsedal: –; Ål: Fullført; "
        + "Hol: Pågår – Vedtak i juni"

    @Test func overallStatusOfTheSharedAction() throws {
        let plan = try hallingdalWithReports()
        let action = try #require(plan.action(id: "KM-03"))
        let board = StatusBoard(plan: plan)
        #expect(board.year == 2021)
        #expect(board.overall(action).text(.nynorsk) == "Pågår (2 av 6 fullført, 3 ikkje rapportert)")
        #expect(board.comment(action, .nynorsk) == Self.breakdown)
        // 2022: only Flå has reported, and it cancelled: shown, not hidden as «Ikkje starta».
        let later = StatusBoard(plan: plan, year: 2022).overall(action)
        #expect(later.status == nil)
        #expect(later.text(.nynorsk) == "Ikkje rapportert (1 av 6: Avlyst)")
    }

    @Test func tiltakSheetShowsStatusAndBreakdown() throws {
        let plan = try hallingdalWithReports()
        let directory = try TemporaryDirectory()
        let path = directory.path("status.xlsx")
        try CouncilWorkbook.write(plan, source: WorkbookSource(path: "p.yaml", sha256: ""), to: path)
        let document = try open(path)
        let tiltak = try document.sheet(named: "Tiltak")
        let rows = tiltak.rows
        #expect(rows[0].count == 15)
        let km03 = try #require(rows.first { $0.first == "KM-03" })
        #expect(km03[8] == "Pågår")
        #expect(km03[9] == Self.breakdown)
        let nk02 = try #require(rows.first { $0.first == "NK-02" })
        #expect(nk02[8] == "Fullført")
        #expect(
            nk02[9]
                == "1 av 7 fullført. Næringsforum: Fullført – Portalen er oppe; Flå: –; Nesbyen: –; Gol: –; "
                + "Hemsedal: –; Ål: –; Hol: –")
        let nk01 = try #require(rows.first { $0.first == "NK-01" })
        #expect(nk01[13] == "" && nk01[14] == "")
        // The status cells still take the dropdown's values.
        let row = try #require(rows.firstIndex { $0.first == "KM-03" }) + 1
        #expect(!tiltak.dataValidations(at: "I\(row)").isEmpty)

        // Ansvar: the overall status in the last column of each action row.
        let ansvar = try document.sheet(named: "Ansvar")
        #expect(ansvar.row(1).last == "Status")
        let shared = try #require(ansvar.rows.first { $0.first == "KM-03" })
        #expect(shared.last == "Pågår (2 av 6 fullført, 3 ikkje rapportert)")

        // Oversikt: progress per focus area and per responsible party, formulas agreeing with values.
        let overview = try document.sheet(named: "Oversikt")
        let grid = overview.rows
        let areaStart = try #require(
            grid.firstIndex { $0.first?.hasPrefix("Framdrift per innsatsområde") == true })
        #expect(
            grid[areaStart + 1].prefix(8)
                == [
                    "Innsatsområde", "Fullført", "Pågår", "Ikkje starta", "Utsett", "Avlyst",
                    "Ikkje rapportert", "Sum",
                ])
        let climate = try #require(grid[areaStart...].first { $0.first == "Klima og miljø" })
        #expect(Array(climate[1...7]) == ["0", "1", "0", "0", "0", "12", "13"])
        let business = try #require(
            grid[areaStart...].first { $0.first == "Næringsliv og kompetanseutvikling" })
        #expect(Array(business[1...7]) == ["1", "0", "0", "0", "0", "20", "21"])
        let partyStart = try #require(
            grid.firstIndex { $0.first?.hasPrefix("Framdrift per ansvarleg") == true })
        let group = try #require(grid[partyStart...].first { $0.first == "Kommunane i Hallingdal" })
        #expect(group[2] == "1")
        let forum = try #require(grid[partyStart...].first { $0.first == "Næringsforum" })
        #expect(forum[1] == "1" && forum[6] == "0")
        let evaluator = FormulaEvaluator(sheets: ["Tiltak": tiltak])
        for cell in overview.cells.values where cell.isFormula {
            #expect(evaluator.evaluate(cell.formula ?? "") == cell.number, "\(cell.reference)")
        }
    }

    @Test func taskWorkbookIsPrefilledWithTheMunicipalitysOwnReport() throws {
        let plan = try hallingdalWithReports()
        let directory = try TemporaryDirectory()
        for (code, status, comment) in [
            ("AAL", "Fullført", ""), ("HOL", "Pågår", "Vedtak i juni"), ("FLA", "", ""),
        ] {
            let party = try #require(plan.registry.party(code: code))
            let path = directory.path("\(code).xlsx")
            try MunicipalityWorkbook.write(
                plan, municipality: party, source: WorkbookSource(path: "p.yaml", sha256: ""), to: path)
            let sheet = try open(path).sheet(named: "Oppgåver")
            // The header below the title block; columns found by caption.
            let headerIndex = try #require(sheet.rows.firstIndex { $0.first == "ID" })
            let header = sheet.rows[headerIndex]
            let statusColumn = try #require(header.firstIndex(of: "Status"))
            let commentColumn = try #require(header.firstIndex(of: "Kommentar"))
            let row = try #require(sheet.rows.first { $0.first == "KM-03" })
            #expect(row[statusColumn] == status, "\(code)")
            #expect(row[commentColumn] == comment, "\(code)")
            // Unreported actions stay blank (and editable).
            let others = sheet.rows[(headerIndex + 1)...].filter { $0.first != "KM-03" && $0.first != "" }
            #expect(others.allSatisfy { $0[statusColumn].isEmpty })
        }
    }
}
