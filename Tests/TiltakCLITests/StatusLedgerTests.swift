import Foundation
import Testing
import TiltakModel
import TiltakPlanFiles

/// The plan file is the secretariat's: `collect` files reports in the status ledger beside it,
/// `revise` changes only the revision line, `migrate` moves the reports of an older plan file out,
/// a workbook of an earlier revision returned late is still collected, and the status typed into
/// the council workbook during the meeting is collected as the secretariat's.
@Suite("The status ledger beside the plan file", .serialized)
struct StatusLedgerTests {
    typealias Edit = CollectWorkspace.RowEdit

    static func load(_ url: URL) throws -> Plan { try PlanLoader.readPlanFile(path: url.path) }

    /// The number of `# Source row` comments in `data`.
    static func sourceRowComments(_ data: Data) -> Int {
        String(decoding: data, as: UTF8.self).components(separatedBy: "# Source row").count - 1
    }

    @Test func collectKeepsEveryByteOfThePlanAndBacksUpTheLedgerByDate() throws {
        let ws = try CollectWorkspace.make()
        let original = try ws.planBytes()
        #expect(Self.sourceRowComments(original) > 0)
        let table = ws.folder.appendingPathComponent("aal.csv")
        try Data("ID;Status;Kommentar\nKM-13;Avlyst;Ikkje aktuelt\nKM-03;Fullført;\n".utf8).write(to: table)

        let first = try ws.collect([table.path, "--party", "Ål", "--date", "2021-11-02"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Skreiv 2 rapportar til"), "\(first.stdout)")
        #expect(try ws.planBytes() == original)
        let ledgerText = try String(contentsOf: ws.ledger, encoding: .utf8)
        #expect(
            ledgerText.contains(
                "- {action: KM-13, year: 2021, party: AAL, status: Avlyst, comment: Ikkje aktuelt, collected: \"2021-11-02\", source: aal.csv}"
            ), "\(ledgerText)")
        // One line per report, in id order.
        let lines = ledgerText.split(separator: "\n").filter { $0.hasPrefix("- {action:") }
        #expect(lines.count == 2)
        #expect(lines.first?.contains("KM-03") == true)
        // Every command reads the ledger with the plan.
        let listed = try TiltakRunner.run(["list", "--plan", ws.plan.path, "--format", "json"])
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])
        let km13 = try #require(
            (json["actions"] as? [[String: Any]])?.first { $0["id"] as? String == "KM-13" })
        #expect((km13["reports"] as? [[String: Any]])?.count == 1)
        #expect(try Self.load(ws.plan).reports(for: "KM-13", year: 2021).map(\.status) == [.cancelled])

        // The same reports again: nothing is written, no backup is made.
        let ledgerBytes = try Data(contentsOf: ws.ledger)
        let again = try ws.collect([table.path, "--party", "Ål", "--date", "2021-11-03"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try Data(contentsOf: ws.ledger) == ledgerBytes)
        #expect(try ws.backups().isEmpty)

        // Two collects that change reports: two dated backups, neither overwritten.
        try Data("ID;Status;Kommentar\nKM-03;Pågår;\n".utf8).write(to: table)
        #expect(try ws.collect([table.path, "--party", "Ål", "--date", "2021-11-04"]).status == 0)
        let second = try Data(contentsOf: ws.ledger)
        try Data("ID;Status;Kommentar\nKM-03;Fullført;Vedteke\n".utf8).write(to: table)
        #expect(try ws.collect([table.path, "--party", "Ål", "--date", "2021-11-05"]).status == 0)
        let backups = try ws.backups()
        #expect(backups.count == 2, "\(backups)")
        #expect(backups.allSatisfy { $0.lastPathComponent.hasPrefix("plan.status.yaml.") })
        #expect(try Set(backups.map { try Data(contentsOf: $0) }) == [ledgerBytes, second])
        #expect(try ws.planBytes() == original)
    }

    @Test func reviseChangesOnlyTheRevisionLineAndKeepsTheHistory() throws {
        let ws = try CollectWorkspace.make()
        let table = ws.folder.appendingPathComponent("gol.csv")
        try Data("ID;Status;Kommentar\nNK-04;Fullført;\n".utf8).write(to: table)
        #expect(try ws.collect([table.path, "--party", "Gol", "--date", "2021-11-02"]).status == 0)
        let next = ws.folder.appendingPathComponent("plan-2022.yaml")
        let revised = try TiltakRunner.run(
            ["revise", "--year", "2022", "--plan", ws.plan.path, "-o", next.path])
        #expect(revised.status == 0, "\(revised.stderr)")
        let before = try String(contentsOf: ws.plan, encoding: .utf8).components(separatedBy: "\n")
        let after = try String(contentsOf: next, encoding: .utf8).components(separatedBy: "\n")
        #expect(before.count == after.count)
        let changed = zip(before, after).filter { $0 != $1 }
        #expect(changed.count == 1)
        #expect(changed.first?.1 == "revision: {date: 2022-04-10, label: Revisjon 2022}")
        #expect(
            Self.sourceRowComments(try Data(contentsOf: next)) == Self.sourceRowComments(try ws.planBytes()))

        let plan = try Self.load(next)
        #expect(plan.revision.label == "Revisjon 2022")
        #expect(plan.earlierRevisions.map(\.date.iso) == ["2021-04-10"])
        #expect(plan.reports(for: "NK-04", year: 2021).map(\.party) == ["GOL"])

        // Revised in place: the plan file and its ledger are kept as dated backups.
        let again = try TiltakRunner.run(
            ["revise", "--year", "2023", "--plan", next.path, "-o", next.path, "--force"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(
            try Self.load(next).earlierRevisions.map(\.label) == [
                "Utkast pr. 10. april 2021", "Revisjon 2022",
            ])
        let backups = try ws.backups().map(\.lastPathComponent)
        #expect(backups.contains { $0.hasPrefix("plan-2022.yaml.") }, "\(backups)")
        #expect(backups.contains { $0.hasPrefix("plan-2022.status.yaml.") }, "\(backups)")
    }

    @Test func aWorkbookReturnedAfterReviseIsFiledUnderItsYear() throws {
        let ws = try CollectWorkspace.make()
        let gol = try ws.edit(
            ws.taskWorkbook("Gol"), to: "Gol-sein.xlsx",
            rows: [Edit(id: "KM-09", cells: ["Status": "Fullført", "Kommentar": "Kom seint"])])
        let revised = try TiltakRunner.run(
            ["revise", "--year", "2022", "--plan", ws.plan.path, "-o", ws.plan.path, "--force"])
        #expect(revised.status == 0, "\(revised.stderr)")

        let result = try ws.collect([gol.path, "--date", "2022-01-10"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains(
                "Gol-sein.xlsx er frå revisjonen 2021-04-10: rapportane er førte for 2021."))
        let plan = try Self.load(ws.plan)
        #expect(plan.reports(for: "KM-09", year: 2021).map(\.comment) == ["Kom seint"])
        #expect(plan.reports(for: "KM-09", year: 2022).isEmpty)

        // A revision the plan never had is refused, saying what to do.
        let unknown = try ws.edit(
            ws.taskWorkbook("Ål"), to: "aal.xlsx", rows: [Edit(id: "KM-09", cells: ["Status": "Pågår"])],
            about: ["Revisjonsdato": "2020-03-01"])
        let refused = try ws.collect([unknown.path])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("tidlegare revisjonar: 2021-04-10"), "\(refused.stderr)")
        #expect(
            refused.stderr.contains("Samle fila inn i planfila for revisjonen 2020-03-01"),
            "\(refused.stderr)")
    }

    @Test func migrateMovesTheReportsAndKeepsEveryOtherByte() throws {
        let folder = try TiltakRunner.scratch()
        var plan = try PlanFileReader.read(path: CollectWorkspace.fixture.path)
        let reports = [
            StatusReport(
                actionID: "KM-03", year: 2021, party: "GOL", status: .done, comment: "Vedteke",
                collected: try #require(CalendarDate(iso: "2021-11-02")), source: "Gol.xlsx"),
            StatusReport(
                actionID: "NK-05", year: 2021, party: "RR", status: .inProgress,
                collected: try #require(CalendarDate(iso: "2021-11-03"))),
        ]
        // A plan file as collect wrote it before the ledger, with comments of the secretariat's.
        func withComments(_ text: String) -> String {
            "# Secretariat's note at the top\n"
                + text.replacingOccurrences(
                    of: "\nfocusAreas:\n", with: "\n# Before the areas\nfocusAreas:\n")
        }
        let without = withComments(try PlanFileWriter.yaml(for: plan))
        plan.statusReports = reports
        let with = withComments(try PlanFileWriter.yaml(for: plan))
        #expect(with.contains("status:"))
        let path = folder.appendingPathComponent("plan.yaml")
        try Data(with.utf8).write(to: path)

        let result = try TiltakRunner.run(["migrate", "--plan", path.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Flytte 2 rapportar frå"), "\(result.stdout)")
        #expect(try String(contentsOf: path, encoding: .utf8) == without)
        #expect(try Self.load(path).statusReports == reports)
        let backups = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasPrefix("plan.yaml.") && $0.hasSuffix(".bak")
        }
        #expect(
            try backups.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
                == [with])

        let again = try TiltakRunner.run(["migrate", "--plan", path.path])
        #expect(again.status == 0)
        #expect(again.stdout.contains("har ingen statusrapportar"), "\(again.stdout)")
    }

    @Test func statusTypedIntoTheCouncilWorkbookIsTheSecretariatsReport() throws {
        let ws = try CollectWorkspace.make()
        let original = try ws.planBytes()
        let council = try ws.edit(
            ws.export.appendingPathComponent("hallingdal-2021-2024.xlsx"), to: "møte.xlsx",
            rows: [
                Edit(id: "NK-05", cells: ["Status": "Utsett", "Kommentar": "Vedteke i møtet: til 2023"]),
                Edit(id: "KM-01", cells: ["Status": "Pågår"]),
            ])
        let result = try ws.collect([council.path, "--date", "2021-11-20"])
        #expect(result.status == 0, "\(result.stderr)")
        let plan = try Self.load(ws.plan)
        let nk05 = plan.reports(for: "NK-05", year: 2021)
        #expect(nk05.map(\.party) == ["RR"])
        #expect(nk05.first?.status == .postponed)
        #expect(nk05.first?.comment == "Vedteke i møtet: til 2023")
        #expect(plan.reports(for: "KM-01", year: 2021).map(\.status) == [.inProgress])
        #expect(plan.statusReports.count == 2)
        #expect(try ws.planBytes() == original)

        // Mixed with a task workbook, the council workbook needs --party.
        let gol = try ws.edit(
            ws.taskWorkbook("Gol"), to: "gol.xlsx", rows: [Edit(id: "KM-09", cells: ["Status": "Pågår"])])
        let mixed = try ws.collect([council.path, gol.path])
        #expect(mixed.status == 64)
        #expect(mixed.stderr.contains("møte.xlsx er ei rådsarbeidsbok"), "\(mixed.stderr)")
    }
}
