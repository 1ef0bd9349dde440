import Foundation
import Testing
import TiltakModel
import TiltakPlanFiles
import XLSXReader

/// `tiltak collect` end to end: Hallingdal task workbooks exported by the built binary, edited
/// with openpyxl and LibreOffice, collected into a copy of the plan.
@Suite("Collect status from returned workbooks", .serialized)
struct CollectTests {
    typealias Edit = CollectWorkspace.RowEdit

    /// The plan file at `url` with its status ledger.
    static func load(_ url: URL) throws -> Plan { try PlanLoader.readPlanFile(path: url.path) }

    @Test func openpyxlEditsOfTwoMunicipalitiesGiveTheSharedStatus() throws {
        let ws = try CollectWorkspace.make()
        let original = try ws.planBytes()
        // Ål's file renamed: the Om sheet, not the name, says who reports.
        let aal = try ws.edit(
            ws.taskWorkbook("Ål"), to: "svar frå kommune 1.xlsx",
            rows: [
                Edit(
                    id: "KM-09",
                    cells: ["Status": "fullfort", "Kommentar": "Vedteke i kommunestyret\nmars 2021"])
            ])
        let gol = try ws.edit(
            ws.taskWorkbook("Gol"), to: "Gol-svar.xlsx",
            rows: [
                Edit(id: "KM-09", cells: ["Status": "PÅGÅR", "Kommentar": "Pilot, i gang"]),
                Edit(id: "NK-01", cells: ["Status": "Utsett", "Kommentar": ""]),
            ], inlineStrings: true)
        let golSheet = try XLSXDocument(url: gol).partText("xl/worksheets/sheet1.xml")
        #expect(golSheet.contains("t=\"inlineStr\""))
        let result = try ws.collect([aal.path, gol.path, "--date", "2021-11-02"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("ny      KM-09  2021  Ål: Fullført"), "\(result.stdout)")
        #expect(result.stdout.contains("3 rapportar for 2021 frå 2 filer: 3 nye, 0 endra, 0 uendra."))

        let plan = try Self.load(ws.plan)
        let reports = plan.reports(for: "KM-09", year: 2021)
        #expect(reports.map(\.party) == ["AAL", "GOL"])
        let aalReport = try #require(reports.first { $0.party == "AAL" })
        #expect(aalReport.status == .done)
        #expect(aalReport.comment == "Vedteke i kommunestyret\nmars 2021")
        #expect(aalReport.collected == CalendarDate(iso: "2021-11-02"))
        #expect(aalReport.source == "svar frå kommune 1.xlsx")
        #expect(reports.first { $0.party == "GOL" }?.status == .inProgress)
        let action = try #require(plan.action(id: "KM-09"))
        #expect(
            plan.overallStatus(of: action).text(.nynorsk) == "Pågår (1 av 6 fullført, 4 ikkje rapportert)")
        #expect(plan.reports(for: "NK-01", year: 2021).map(\.status) == [.postponed])

        // The plan file is not written: the reports are in the ledger beside it, which the first
        // collect makes (no earlier ledger to back up).
        #expect(try ws.planBytes() == original)
        #expect(try PlanFileReader.read(path: ws.plan.path).statusReports.isEmpty)
        #expect(FileManager.default.fileExists(atPath: ws.ledger.path))
        #expect(try ws.backups().isEmpty)
    }

    /// Task workbooks exported in bokmål and English, edited with status words of their language (and
    /// of another), are collected into the nynorsk plan: the sheets, captions, protected cells
    /// (financing and role in the workbook's language) and status words are read as written.
    @Test(arguments: [("nb", "kommuner", "Kommentar"), ("en", "municipalities", "Comment")])
    func workbooksInBokmalAndEnglishAreCollected(language: String, folder: String, comment: String) throws {
        let ws = try CollectWorkspace.make(language: language, municipalities: folder)
        let done = language == "nb" ? "Fullført" : "Done"
        let postponed = language == "nb" ? "Utsatt" : "Postponed"
        let aal = try ws.edit(
            ws.taskWorkbook("Ål"), to: "Ål-\(language).xlsx",
            rows: [
                Edit(id: "KM-09", cells: ["Status": done, comment: "Vedtatt i mars"]),
                // A financing cell in the workbook's language is the plan's; NK-08 needs financing.
                Edit(id: "NK-08", cells: ["Status": "in progress"]),
            ])
        let gol = try ws.edit(
            ws.taskWorkbook("Gol"), to: "Gol-\(language).xlsx",
            rows: [Edit(id: "NK-01", cells: ["Status": postponed, comment: ""])], inlineStrings: true)
        let result = try ws.collect([aal.path, gol.path, "--date", "2021-11-02"])
        #expect(result.status == 0, "\(result.stderr)")
        let plan = try Self.load(ws.plan)
        #expect(plan.reports(for: "KM-09", year: 2021).map(\.status) == [.done])
        #expect(plan.reports(for: "KM-09", year: 2021).first?.comment == "Vedtatt i mars")
        #expect(plan.reports(for: "NK-08", year: 2021).map(\.status) == [.inProgress])
        #expect(plan.reports(for: "NK-01", year: 2021).map(\.status) == [.postponed])
        #expect(plan.statusReports.count == 3)
    }

    /// A protected cell changed in an English task workbook is found, as in a nynorsk one.
    @Test func aChangedProtectedCellOfAnEnglishWorkbookIsFound() throws {
        let ws = try CollectWorkspace.make(language: "en", municipalities: "municipalities")
        let edited = try ws.edit(
            ws.taskWorkbook("Hol"), to: "Hol.xlsx",
            rows: [Edit(id: "KM-09", cells: ["Status": "Done", "Financing": "Financed"])])
        let original = try ws.planBytes()
        let result = try ws.collect([edited.path, "--date", "2021-11-02"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("Financed"), "\(result.stderr)")
        #expect(try ws.planBytes() == original)
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["TILTAK_SKIP_LIBREOFFICE"] != "1"))
    func collectReadsAWorkbookSavedAgainByLibreOffice() throws {
        let ws = try CollectWorkspace.make()
        let edited = try ws.edit(
            ws.taskWorkbook("Hemsedal"), to: "Hemsedal.xlsx",
            rows: [Edit(id: "KM-09", cells: ["Status": "Fullført", "Kommentar": "Ferdig – sjå sak 12/21"])])
        let resaved = try ws.resaveWithLibreOffice(edited, as: "Hemsedal-lo.xlsx")
        // LibreOffice writes shared strings.
        #expect(try XLSXDocument(url: resaved).hasPart("xl/sharedStrings.xml"))
        // A workbook opened and saved by LibreOffice without edits has no reports and no complaints.
        let untouched = try ws.resaveWithLibreOffice(ws.taskWorkbook("Flå"), as: "Flå-lo.xlsx")
        let result = try ws.collect([resaved.path, untouched.path, "--date", "2021-12-01"])
        #expect(result.status == 0, "\(result.stderr)")
        let plan = try Self.load(ws.plan)
        let reports = plan.reports(for: "KM-09", year: 2021)
        #expect(reports.map(\.party) == ["HEM"])
        #expect(reports.first?.status == .done)
        #expect(reports.first?.comment == "Ferdig – sjå sak 12/21")
        #expect(plan.statusReports.count == 1)
    }

    @Test func conflictingFilesFromOneMunicipalityWriteNothing() throws {
        let ws = try CollectWorkspace.make()
        let original = try ws.planBytes()
        let first = try ws.edit(
            ws.taskWorkbook("Gol"), to: "gol-1.xlsx", rows: [Edit(id: "KM-09", cells: ["Status": "Pågår"])])
        let second = try ws.edit(
            ws.taskWorkbook("Gol"), to: "gol-2.xlsx", rows: [Edit(id: "KM-09", cells: ["Status": "Fullført"])]
        )
        let result = try ws.collect([first.path, second.path])
        #expect(result.status == 65)
        let line = try #require(result.stderr.split(separator: "\n").first { $0.contains("konflikt:") })
        #expect(line.contains("KM-09 (2021, GOL)"))
        #expect(line.contains("gol-1.xlsx: Oppgåver rad"))
        #expect(line.contains("Pågår"))
        #expect(line.contains("gol-2.xlsx: Oppgåver rad"))
        #expect(line.contains("Fullført"))
        #expect(result.stderr.contains("Ingenting er skrive"))
        #expect(try ws.planBytes() == original)
        #expect(!FileManager.default.fileExists(atPath: ws.ledger.path))
    }

    @Test func differentCommentsAreAConflictToo() throws {
        let ws = try CollectWorkspace.make()
        let original = try ws.planBytes()
        let a = ws.folder.appendingPathComponent("a.csv")
        let b = ws.folder.appendingPathComponent("b.csv")
        try "ID;Status;Kommentar\nKM-09;Pågår;Start i haust\n".write(to: a, atomically: true, encoding: .utf8)
        try "ID;Status;Kommentar\nKM-09;Pågår;Start til våren\n".write(
            to: b, atomically: true, encoding: .utf8)
        let result = try ws.collect([a.path, b.path, "--party", "Gol"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("«Start i haust»"))
        #expect(result.stderr.contains("«Start til våren»"))
        #expect(try ws.planBytes() == original)
    }

    @Test func unknownIDIsRejected() throws {
        let ws = try CollectWorkspace.make()
        let original = try ws.planBytes()
        let table = ws.folder.appendingPathComponent("status.csv")
        try "ID;Status;Kommentar\nKM-09;Pågår;\nXX-99;Fullført;\n".write(
            to: table, atomically: true, encoding: .utf8)
        let result = try ws.collect([table.path, "--party", "Gol"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("status.csv:3: ID: Ukjend tiltak-ID «XX-99»"), "\(result.stderr)")
        #expect(try ws.planBytes() == original)
    }

    @Test func fileForAnotherPlanIsRejected() throws {
        let ws = try CollectWorkspace.make()
        let original = try ws.planBytes()
        let file = try ws.edit(
            ws.taskWorkbook("Gol"), to: "gol.xlsx", rows: [Edit(id: "KM-09", cells: ["Status": "Pågår"])],
            about: ["Plan-ID": "valdres-2022-2025"])
        let result = try ws.collect([file.path])
        #expect(result.status == 65)
        #expect(
            result.stderr.contains(
                "gol.xlsx: Om, Plan-ID: Fila er laga for planen «valdres-2022-2025», ikkje for «hallingdal-2021-2024»."
            ),
            "\(result.stderr)")
        #expect(try ws.planBytes() == original)
    }

    @Test func fileForAnotherRevisionIsRejected() throws {
        let ws = try CollectWorkspace.make()
        let original = try ws.planBytes()
        let file = try ws.edit(
            ws.taskWorkbook("Gol"), to: "gol.xlsx", rows: [Edit(id: "KM-09", cells: ["Status": "Pågår"])],
            about: ["Revisjonsdato": "2020-03-01"])
        let result = try ws.collect([file.path])
        #expect(result.status == 65)
        #expect(
            result.stderr.contains(
                "gol.xlsx: Om, Revisjonsdato: Fila er laga for revisjonen 2020-03-01, men planen er revisjonen 2021-04-10"
            ),
            "\(result.stderr)")
        #expect(try ws.planBytes() == original)
    }

    @Test func changedProtectedCellIsRejected() throws {
        let ws = try CollectWorkspace.make()
        let original = try ws.planBytes()
        let file = try ws.edit(
            ws.taskWorkbook("Gol"), to: "gol.xlsx",
            rows: [
                Edit(
                    id: "KM-09", cells: ["Tiltak": "Innføre klimabudsjett (berre i Gol)", "Status": "Pågår"])
            ])
        let result = try ws.collect([file.path])
        #expect(result.status == 65)
        let line = try #require(result.stderr.split(separator: "\n").first { $0.contains("Verna celle") })
        #expect(line.contains("gol.xlsx: Oppgåver rad "))
        #expect(line.contains(": Tiltak: Verna celle er endra: «Innføre klimabudsjett (berre i Gol)»"))
        #expect(line.contains("planen har «Innføre klimabudsjett og klimareknaskap i kvar kommune»"))
        #expect(try ws.planBytes() == original)
    }

    @Test func invalidStatusIsRejected() throws {
        let ws = try CollectWorkspace.make()
        let original = try ws.planBytes()
        let file = try ws.edit(
            ws.taskWorkbook("Ål"), to: "aal.xlsx",
            rows: [Edit(id: "KM-09", cells: ["Status": "Snart ferdig"])])
        let result = try ws.collect([file.path])
        #expect(result.status == 65)
        #expect(
            result.stderr.contains(
                ": Status: Ugyldig status «Snart ferdig» (lovlege: Ikkje starta, Pågår, Fullført, Utsett, Avlyst)."
            ), "\(result.stderr)")
        #expect(try ws.planBytes() == original)
    }

    @Test func tableWithoutPartyIsAUsageError() throws {
        let ws = try CollectWorkspace.make()
        let table = ws.folder.appendingPathComponent("status.csv")
        try "ID;Status;Kommentar\nKM-09;Pågår;\n".write(to: table, atomically: true, encoding: .utf8)
        let result = try ws.collect([table.path])
        #expect(result.status == 64)
        #expect(
            result.stderr.contains("ein CSV-tabell seier ikkje kven som rapporterer; gje --party KOMMUNE"))
        #expect(!FileManager.default.fileExists(atPath: ws.ledger.path))
    }

    @Test func missingPlanIsAUsageError() throws {
        let ws = try CollectWorkspace.make()
        let fixture = try Data(contentsOf: CollectWorkspace.fixture)
        let result = try TiltakRunner.run(["collect", ws.taskWorkbook("Gol").path], in: ws.folder)
        #expect(result.status == 64)
        #expect(result.stderr.contains("collect treng --plan PLANFIL"))
        #expect(try Data(contentsOf: CollectWorkspace.fixture) == fixture)
    }

    @Test func tableInWindows1252WithLooseSpellings() throws {
        let ws = try CollectWorkspace.make()
        let table = ws.folder.appendingPathComponent("hemsedal.csv")
        let text = "ID;Status;Kommentar\r\nKM-09;FULLFØRT;Vedteke i juni\r\nNK-01;fullfort;\r\n"
        try #require(text.data(using: .windowsCP1252)).write(to: table)
        let result = try ws.collect([table.path, "--party", "hemsedal kommune", "--date", "2021-06-30"])
        #expect(result.status == 0, "\(result.stderr)")
        let plan = try Self.load(ws.plan)
        #expect(plan.reports(for: "KM-09", year: 2021).map(\.party) == ["HEM"])
        #expect(plan.reports(for: "KM-09", year: 2021).first?.comment == "Vedteke i juni")
        #expect(plan.reports(for: "NK-01", year: 2021).first?.status == .done)
    }

    @Test func dryRunWritesNothing() throws {
        let ws = try CollectWorkspace.make()
        let original = try ws.planBytes()
        let file = try ws.edit(
            ws.taskWorkbook("Gol"), to: "gol.xlsx", rows: [Edit(id: "KM-09", cells: ["Status": "Pågår"])])
        let result = try ws.collect([file.path, "--dry-run"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Prøvekøyring (--dry-run): ingenting er skrive"))
        #expect(result.stdout.contains("ny      KM-09  2021  Gol: Pågår"))
        #expect(try ws.planBytes() == original)
        #expect(!FileManager.default.fileExists(atPath: ws.ledger.path))
    }

    @Test func laterCollectReplacesAndSaysSo() throws {
        let ws = try CollectWorkspace.make()
        let first = try ws.edit(
            ws.taskWorkbook("Gol"), to: "gol-mai.xlsx", rows: [Edit(id: "KM-09", cells: ["Status": "Pågår"])])
        let original = try ws.planBytes()
        #expect(try ws.collect([first.path, "--date", "2021-05-01"]).status == 0)
        let afterFirst = try Data(contentsOf: ws.ledger)
        let second = try ws.edit(
            ws.taskWorkbook("Gol"), to: "gol-nov.xlsx",
            rows: [Edit(id: "KM-09", cells: ["Status": "Fullført", "Kommentar": "Vedteke"])])
        let dry = try ws.collect([second.path, "--date", "2021-11-01", "--dry-run"])
        #expect(dry.stdout.contains("endra   KM-09  2021  Gol: Pågår → Fullført"), "\(dry.stdout)")
        let result = try ws.collect([second.path, "--date", "2021-11-01"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains(
                "Erstattar rapporten frå Gol for KM-09 (2021), innsamla 2021-05-01: Pågår → Fullført"),
            "\(result.stdout)")
        let plan = try Self.load(ws.plan)
        let reports = plan.statusReports.filter { $0.actionID == "KM-09" && $0.party == "GOL" }
        #expect(reports.count == 1)
        #expect(reports.first?.status == .done)
        #expect(reports.first?.collected == CalendarDate(iso: "2021-11-01"))
        // The plan file is as it was; the backup, named by the time, is the ledger before this collect.
        #expect(try ws.planBytes() == original)
        let backups = try ws.backups()
        #expect(backups.count == 1)
        #expect(try backups.first.map { try Data(contentsOf: $0) } == afterFirst)
        #expect(result.stdout.contains("planfila er ikkje endra"), "\(result.stdout)")
    }

    @Test func yearOptionFilesReportsUnderThatYear() throws {
        let ws = try CollectWorkspace.make()
        let file = try ws.edit(
            ws.taskWorkbook("Ål"), to: "aal.xlsx", rows: [Edit(id: "KM-09", cells: ["Status": "Pågår"])])
        #expect(try ws.collect([file.path, "--year", "2022"]).status == 0)
        let plan = try Self.load(ws.plan)
        #expect(plan.reports(for: "KM-09", year: 2022).map(\.party) == ["AAL"])
        #expect(plan.reports(for: "KM-09", year: 2021).isEmpty)
    }
}
