import Foundation
import Testing
import TiltakModel
import TiltakPlanFiles

/// `tiltak list` with status reports: the Status column, `--status`, CSV and JSON.
@Suite struct ListStatusTests {
    /// A copy of the Hallingdal plan with 2021 reports: KM-03 (shared by the six municipalities)
    /// done in Ål and Gol and in progress in Hol; NK-02 done by Næringsforum; KM-13 (also the six
    /// municipalities') cancelled by Ål alone.
    static func planWithReports() throws -> (folder: URL, path: String) {
        var plan = try PlanFileReader.read(
            path: TiltakRunner.root.appendingPathComponent("Fixtures/hallingdal-2021-2024.yaml").path)
        let day = CalendarDate(iso: "2021-11-01") ?? .januaryFirst(2021)
        plan.merge([
            StatusReport(actionID: "KM-03", year: 2021, party: "AAL", status: .done, collected: day),
            StatusReport(actionID: "KM-03", year: 2021, party: "GOL", status: .done, collected: day),
            StatusReport(
                actionID: "KM-03", year: 2021, party: "HOL", status: .inProgress, comment: "Vedtak i juni",
                collected: day, source: "Hol.xlsx"),
            StatusReport(actionID: "NK-02", year: 2021, party: "NF", status: .done, collected: day),
            StatusReport(
                actionID: "KM-13", year: 2021, party: "AAL", status: .cancelled, comment: "Ingen frivillige",
                collected: day),
        ])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tiltak-list-status-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("plan.yaml").path
        try PlanFileWriter.write(plan, to: path)
        return (folder, path)
    }

    @Test func tableShowsTheOverallStatusAndFilters() throws {
        let (folder, plan) = try Self.planWithReports()
        defer { try? FileManager.default.removeItem(at: folder) }
        let all = try TiltakRunner.run(["list", "--plan", plan])
        #expect(all.status == 0)
        let header = try #require(all.stdout.split(separator: "\n").first)
        #expect(header.hasSuffix("Status"))
        #expect(all.stdout.contains("Ikkje rapportert"))
        for line in all.stdout.split(separator: "\n") { #expect(line.count <= 100) }

        let inProgress = try TiltakRunner.run(["list", "--plan", plan, "--status", "pågår"])
        #expect(inProgress.status == 0)
        #expect(inProgress.stdout.contains("KM-03"))
        #expect(inProgress.stdout.contains("Pågår (2 av 6"))
        #expect(inProgress.stdout.contains("1 av 69 tiltak."))

        let done = try TiltakRunner.run(["list", "--plan", plan, "--status", "FULLFORT", "--format", "csv"])
        let ids = done.stdout.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != ";" }) }
        // NK-02 is done; KM-03 is in progress, but Ål and Gol reported it done.
        #expect(ids == ["NK-02", "KM-03"])

        // A single cancellation among parties that have not reported is found, and shown.
        let cancelled = try TiltakRunner.run(["list", "--plan", plan, "--status", "avlyst"])
        #expect(cancelled.status == 0)
        #expect(cancelled.stdout.contains("KM-13"))
        // The status wraps in its column: «Ikkje rapportert (1 av» / «6: Avlyst)».
        #expect(cancelled.stdout.contains("Ikkje rapportert (1 av"))
        #expect(cancelled.stdout.contains("6: Avlyst)"))
        #expect(cancelled.stdout.contains("1 av 69 tiltak."))

        let unreported = try TiltakRunner.run([
            "list", "--plan", plan, "--status", "ikkje rapportert", "--format", "csv",
        ])
        #expect(unreported.stdout.split(separator: "\n").count == 1 + 67)
    }

    @Test func unknownStatusIsBadUsage() throws {
        let result = try TiltakRunner.run(["list", "--status", "halvferdig"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Ukjend status «halvferdig»"))
        #expect(result.stderr.contains("Ikkje starta, Pågår, Fullført, Utsett, Avlyst, Ikkje rapportert"))
    }

    @Test func csvAndJSONCarryTheStatus() throws {
        let (folder, plan) = try Self.planWithReports()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = try TiltakRunner.run(["list", "--plan", plan, "--format", "csv"])
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first?.hasSuffix(";Kostnadstype;Status") == true)
        #expect(
            lines.first { $0.hasPrefix("KM-03;") }?.hasSuffix(";Pågår (2 av 6 fullført, 3 ikkje rapportert)")
                == true)
        #expect(
            lines.first { $0.hasPrefix("KM-13;") }?.hasSuffix(";Ikkje rapportert (1 av 6: Avlyst)") == true)
        #expect(lines.first { $0.hasPrefix("NK-01;") }?.hasSuffix(";Ikkje rapportert") == true)

        let result = try TiltakRunner.run(["list", "--plan", plan, "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let actions = try #require(json["actions"] as? [[String: Any]])
        let km03 = try #require(actions.first { $0["id"] as? String == "KM-03" })
        let status = try #require(km03["status"] as? [String: Any])
        #expect(status["value"] as? String == "in-progress")
        #expect(status["text"] as? String == "Pågår (2 av 6 fullført, 3 ikkje rapportert)")
        #expect(status["done"] as? Int == 2)
        #expect(status["expected"] as? Int == 6)
        #expect(status["reported"] as? Int == 3)
        #expect(status["year"] as? Int == 2021)
        // Each party's latest report for the year, in the order of the parties expected to report.
        let parties = try #require(status["parties"] as? [[String: Any]])
        #expect(parties.map { $0["party"] as? String } == ["GOL", "AAL", "HOL"])
        #expect(parties.first?["name"] as? String == "Gol")
        let holReport = try #require(parties.last)
        #expect(holReport["status"] as? String == "in-progress")
        #expect(holReport["comment"] as? String == "Vedtak i juni")
        #expect(holReport["collected"] as? String == "2021-11-01")
        #expect(holReport["source"] as? String == "Hol.xlsx")
        let reports = try #require(km03["reports"] as? [[String: Any]])
        #expect(reports.map { $0["party"] as? String } == ["AAL", "GOL", "HOL"])
        let hol = try #require(reports.last)
        #expect(hol["year"] as? Int == 2021)
        #expect(hol["status"] as? String == "in-progress")
        #expect(hol["comment"] as? String == "Vedtak i juni")
        #expect(hol["collected"] as? String == "2021-11-01")
        let nk01 = try #require(actions.first { $0["id"] as? String == "NK-01" })
        #expect((nk01["status"] as? [String: Any])?["value"] is NSNull)
        #expect((nk01["reports"] as? [Any])?.isEmpty == true)
    }

    @Test func withoutReportsTheTableIsUnchanged() throws {
        let result = try TiltakRunner.run(["list", "--responsible", "RR"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").first?.hasSuffix("Finansiering") == true)
    }
}
