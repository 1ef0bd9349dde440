import Foundation
import Testing
import TiltakModel
import TiltakPlanFiles
import TiltakWorkbook

@testable import TiltakOperations

/// Sheets longer than a sheet can be are validation errors, for the sheets the export writes, and
/// the export then writes nothing. A small row limit stands in for Excel's 1 048 576 rows: in the
/// Hallingdal plan the Oversikt sheet has 78 rows, Om planen 102, Ansvar 96, Tidsplan 70, Revisjon 2021 195,
/// Innsamling 183 and each municipality's Oppgåver sheet 41.
@Suite("Sheet row limits")
struct SheetRowLimitTests {
    static let fixture = OperationTests.fixture

    static func hallingdal() throws -> Plan {
        try PlanFileReader.read(path: fixture)
    }

    static func rowErrors(_ issues: [ValidationIssue]) -> [String] {
        issues.filter { $0.code == "too-many-rows" }.map(\.message)
    }

    @Test func everyCouncilSheetOverTheLimitIsAnErrorNamingItsRows() throws {
        let plan = try Self.hallingdal()
        let issues = ExportValidation(maximumRows: 70).issues(plan)
        #expect(
            Self.rowErrors(issues) == [
                "hallingdal-2021-2024.xlsx: Arket Oversikt får 78 rader; eit ark kan ha høgst 70 (Excel). Del planen, eller skriv berre arket Tiltak (--sheets tiltak).",
                "hallingdal-2021-2024.xlsx: Arket Om planen får 102 rader; eit ark kan ha høgst 70 (Excel). Del planen, eller skriv berre arket Tiltak (--sheets tiltak).",
                "hallingdal-2021-2024.xlsx: Arket Ansvar får 96 rader; eit ark kan ha høgst 70 (Excel). Del planen, eller skriv berre arket Tiltak (--sheets tiltak).",
                "hallingdal-2021-2024.xlsx: Arket Revisjon 2021 får 86 rader; eit ark kan ha høgst 70 (Excel). Del planen, eller skriv berre arket Tiltak (--sheets tiltak).",
            ])
        #expect(issues.allSatisfy { $0.code != "too-many-rows" || $0.severity == .error })
        // Errors first: the sheets, then the plan's warnings as validation gives them.
        #expect(issues.prefix(4).allSatisfy { $0.code == "too-many-rows" })
        #expect(Array(issues.dropFirst(4)) == PlanValidator.validate(plan))
        #expect(ExportValidation(maximumRows: 102).issues(plan) == PlanValidator.validate(plan))
    }

    @Test func taskWorkbooksOverTheLimitAreNamedByFile() throws {
        let plan = try Self.hallingdal()
        let errors = Self.rowErrors(ExportValidation(sheets: .tiltak, maximumRows: 40).issues(plan))
        #expect(errors.count == 6)
        #expect(
            errors.first
                == "kommunar/Flå.xlsx: Arket Oppgåver får 49 rader; eit ark kan ha høgst 40 (Excel). Del planen, eller skriv berre rådsarbeidsboka (--only council)."
        )
        #expect(errors.contains { $0.hasPrefix("kommunar/Ål.xlsx: Arket Oppgåver får 49 rader") })
    }

    @Test func otherPartiesTaskWorkbooksOverTheLimitAreNamedByFile() throws {
        let plan = try Self.hallingdal()
        // The title block's seven rows, a blank row and the header above the tasks.
        let rows = plan.assignments(for: "RR").count + 9
        let errors = Self.rowErrors(ExportValidation(sheets: .tiltak, maximumRows: rows - 1).issues(plan))
        #expect(
            errors.contains {
                $0.hasPrefix("partar/Regionrådet for Hallingdal.xlsx: Arket Oppgåver får \(rows) rader")
            }, "\(errors)")
        // Without the other parties' workbooks, theirs are not checked.
        let municipalitiesOnly = Self.rowErrors(
            ExportValidation(sheets: .tiltak, maximumRows: rows - 1, taskWorkbooks: .municipalities).issues(
                plan))
        #expect(municipalitiesOnly.allSatisfy { !$0.hasPrefix("partar/") })
    }

    @Test func sheetsTheExportLeavesOutAreNotChecked() throws {
        let plan = try Self.hallingdal()
        #expect(Self.rowErrors(ExportValidation(sheets: .tiltak, maximumRows: 70).issues(plan)).isEmpty)
        #expect(
            Self.rowErrors(ExportValidation(councilOnly: true, sheets: .tiltak, maximumRows: 40).issues(plan))
                .isEmpty)
        // With the council workbook alone, its sheets still count, the task workbooks not.
        let councilOnly = Self.rowErrors(ExportValidation(councilOnly: true, maximumRows: 40).issues(plan))
        #expect(councilOnly.allSatisfy { $0.hasPrefix("hallingdal-2021-2024.xlsx: ") })
        // Finansiering, with its totals by responsible party and by year, is one of them, and so
        // are Om planen, Revisjon 2021 and Innsamling.
        #expect(councilOnly.count == 8)
        #expect(councilOnly.contains { $0.contains("Arket Finansiering får") })
    }

    @Test func theDataQualitySheetCountsTheFindings() throws {
        // 27 warnings: the header and 27 rows.
        let plan = try Self.hallingdal()
        #expect(PlanValidator.validate(plan).count == 27)
        let errors = Self.rowErrors(ExportValidation(maximumRows: 27).issues(plan))
        #expect(errors.contains { $0.contains("Arket Datakvalitet får 28 rader") })
        #expect(
            !Self.rowErrors(ExportValidation(maximumRows: 28).issues(plan)).contains {
                $0.contains("Datakvalitet")
            })
    }

    @Test func validateReportsWhatTheExportWouldRefuse() throws {
        let source = PlanSource(plan: Self.fixture)
        let result = try ValidateOperation.run(source, checks: ExportValidation(maximumRows: 70))
        #expect(result.errors == 4)
        #expect(
            result.lines.first?.hasPrefix(
                "feil\t-\t-\thallingdal-2021-2024.xlsx: Arket Oversikt får 78 rader") == true)
        #expect(result.summary.contains("4 feil"))
        let tiltakOnly = try ValidateOperation.run(
            source, checks: ExportValidation(councilOnly: true, sheets: .tiltak, maximumRows: 70))
        #expect(tiltakOnly.errors == 0)
    }

    @Test func exportWithASheetOverTheLimitWritesNothing() throws {
        let folder = try OperationTests.scratch().appendingPathComponent("ut")
        var options = ExportOperation.Options(source: PlanSource(plan: Self.fixture), folder: folder.path)
        options.maximumRows = 70
        #expect {
            try ExportOperation.run(options)
        } throws: { error in
            guard let error = error as? DataError else { return false }
            let texts = error.diagnostics.map(\.text)
            return texts.count == 5
                && texts[1].hasPrefix("hallingdal-2021-2024.xlsx: Arket Om planen får 102 rader")
                && texts[2].hasPrefix("hallingdal-2021-2024.xlsx: Arket Ansvar får 96 rader")
                && texts[3].hasPrefix("hallingdal-2021-2024.xlsx: Arket Revisjon 2021 får 86 rader")
                && texts[4] == "Planen har 4 feil; ingenting er skrive. Sjå tiltak validate."
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path))

        // The Tiltak sheet alone fits: the same plan exports.
        options.councilOnly = true
        options.sheets = .tiltak
        let result = try ExportOperation.run(options)
        #expect(result.written == [folder.appendingPathComponent("hallingdal-2021-2024.xlsx").path])
    }
}
