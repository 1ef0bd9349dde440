import Foundation
import Testing
import TiltakModel
import TiltakOperations
import XLSXReader

/// The return deadline the task workbooks show: `--deadline` over the plan's `revision.deadline`,
/// and an impossible date refused before anything is written.
@Suite("Export with a return deadline")
struct DeadlineExportTests {
    /// The Hallingdal plan, with `deadline` under its revision and a contact when given, in `folder`.
    static func plan(deadline: String?, contact: String? = nil, in folder: URL) throws -> String {
        var text = try String(contentsOfFile: OperationTests.fixture, encoding: .utf8)
        let revision = "revision: {date: 2021-04-10, label: Utkast pr. 10. april 2021}"
        #expect(text.contains(revision))
        var replaced =
            deadline.map {
                "revision: {date: 2021-04-10, label: Utkast pr. 10. april 2021, deadline: \($0)}"
            } ?? revision
        if let contact { replaced += "\ncontact: \"\(contact)\"" }
        text = text.replacingOccurrences(of: revision, with: replaced)
        let path = folder.appendingPathComponent("plan.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The title block's lines of Gol's task workbook and its `Om` facts, by label.
    static func gol(in out: URL) throws -> (title: [String], about: [String: String]) {
        let document = try XLSXDocument(url: out.appendingPathComponent("kommunar/Gol.xlsx"))
        let sheet = try document.sheet(named: "Oppgåver")
        let title = (1...7).map { sheet.cell(row: $0, column: 1)?.string ?? "" }
        let om = try document.sheet(named: "Om")
        var about: [String: String] = [:]
        for row in 1...om.maxRow {
            about[om.cell(row: row, column: 1)?.string ?? ""] = om.cell(row: row, column: 2)?.string ?? ""
        }
        return (title, about)
    }

    @Test func theOptionBeatsThePlanAndThePlansDeadlineIsShownWithoutIt() throws {
        let scratch = try OperationTests.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let plan = try Self.plan(
            deadline: "2024-02-01", contact: "Hallingdal regionråd, post@hallingdal.no, 32 00 00 00",
            in: scratch)

        let fromPlan = scratch.appendingPathComponent("frå-planen")
        _ = try ExportOperation.run(
            ExportOperation.Options(source: PlanSource(plan: plan), folder: fromPlan.path))
        let (title, about) = try Self.gol(in: fromPlan)
        #expect(title[0] == "Oppgåver for Gol")
        #expect(title[1] == "Strategisk plan for Hallingdal 2021–2024 – Utkast pr. 10. april 2021")
        #expect(title[2] == "Svarfrist: 1. februar 2024")
        #expect(title[3] == "Kontakt: Hallingdal regionråd, post@hallingdal.no, 32 00 00 00")
        #expect(
            title[6]
                == "Lagre fila med same namn og send ho til Hallingdal regionråd, post@hallingdal.no, 32 00 00 00 innan 1. februar 2024."
        )
        #expect(about["Svarfrist"] == "2024-02-01")
        #expect(about["Kontakt"] == "Hallingdal regionråd, post@hallingdal.no, 32 00 00 00")
        #expect(about["Revisjon"] == "Utkast pr. 10. april 2021")
        #expect(about["Kommune"] == "Gol")

        let fromOption = scratch.appendingPathComponent("frå-valet")
        var options = ExportOperation.Options(source: PlanSource(plan: plan), folder: fromOption.path)
        options.deadline = "2024-03-01"
        _ = try ExportOperation.run(options)
        let overridden = try Self.gol(in: fromOption)
        #expect(overridden.title[2] == "Svarfrist: 1. mars 2024")
        #expect(overridden.about["Svarfrist"] == "2024-03-01")
        // The council workbook does not show the deadline: it is the same either way.
        let council = "hallingdal-2021-2024.xlsx"
        #expect(
            try Data(contentsOf: fromPlan.appendingPathComponent(council))
                == Data(contentsOf: fromOption.appendingPathComponent(council)))
    }

    @Test func withoutADeadlineTheTitleBlockSaysSo() throws {
        let scratch = try OperationTests.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("ut")
        _ = try ExportOperation.run(
            ExportOperation.Options(source: PlanSource(plan: OperationTests.fixture), folder: out.path))
        let (title, about) = try Self.gol(in: out)
        #expect(title[2] == "Svarfrist: ikkje fastsett")
        #expect(title[3] == "Kontakt: ikkje oppgitt")
        #expect(about["Svarfrist"] == "")
    }

    @Test(arguments: ["2024-02-30", "snart", "2024-3-1"])
    func anImpossibleOptionIsAUsageErrorNamingTheOption(_ value: String) throws {
        let scratch = try OperationTests.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("ut")
        var options = ExportOperation.Options(
            source: PlanSource(plan: OperationTests.fixture), folder: out.path)
        options.deadline = value
        let error = try #require(throws: UsageError.self) { try ExportOperation.run(options) }
        #expect(
            error.text(.nynorsk)
                == "--deadline: «\(value)» er ikkje ein dato som finst; skriv ÅÅÅÅ-MM-DD, t.d. 2024-03-01.")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func anImpossibleDeadlineInThePlanIsAPlanFileError() throws {
        let scratch = try OperationTests.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let plan = try Self.plan(deadline: "2024-02-30", in: scratch)
        let out = scratch.appendingPathComponent("ut")
        #expect(throws: (any Error).self) {
            try ExportOperation.run(ExportOperation.Options(source: PlanSource(plan: plan), folder: out.path))
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
