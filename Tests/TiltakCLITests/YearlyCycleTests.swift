import Foundation
import Testing

/// The whole yearly cycle on the Hallingdal plan, as the README walks through it:
/// export → edit in a spreadsheet program → collect → diff → revise → export again.
@Suite("The yearly cycle end to end")
struct YearlyCycleTests {
    @Test func exportEditCollectDiffReviseExport() throws {
        let ws = try CollectWorkspace.make()
        let sent = ws.folder.appendingPathComponent("plan-2021.yaml")
        try FileManager.default.copyItem(at: ws.plan, to: sent)

        // Two municipalities fill in their task workbooks (openpyxl rewrites the files).
        let aal = try ws.edit(
            ws.taskWorkbook("Ål"), to: "Ål-svar.xlsx",
            rows: [
                .init(id: "KM-03", cells: ["Status": "Fullført", "Kommentar": "Klimaråd oppretta i mars"]),
                .init(id: "NK-08", cells: ["Status": "pågår"]),
            ])
        let gol = try ws.edit(
            ws.taskWorkbook("Gol"), to: "Gol-svar.xlsx",
            rows: [.init(id: "KM-03", cells: ["Status": "FULLFØRT"])], inlineStrings: true)

        let collected = try ws.collect([aal.path, gol.path, "--date", "2021-11-15"])
        #expect(collected.status == 0, "\(collected.stderr)")

        let listed = try TiltakRunner.run(["list", "--plan", ws.plan.path, "--format", "json"])
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])
        let km03 = try #require(
            (json["actions"] as? [[String: Any]])?.first { $0["id"] as? String == "KM-03" })
        let status = try #require(km03["status"] as? [String: Any])
        #expect(status["text"] as? String == "Pågår (2 av 6 fullført, 4 ikkje rapportert)")
        #expect((km03["reports"] as? [[String: Any]])?.count == 2)

        let diff = try TiltakRunner.run(["diff", sent.path, ws.plan.path])
        #expect(diff.status == 0)
        #expect(diff.stdout.contains("KM-03"))
        #expect(diff.stdout.contains("Pågår (2 av 6 fullført, 4 ikkje rapportert)"))
        // Each party's report and comment that came in.
        #expect(diff.stdout.contains("Rapport 2021, Ål"))
        #expect(diff.stdout.contains("Etter:  Fullført – Klimaråd oppretta i mars"))

        let next = ws.folder.appendingPathComponent("plan-2022.yaml")
        let revised = try TiltakRunner.run([
            "revise", "--year", "2022", "--plan", ws.plan.path, "-o", next.path,
        ])
        #expect(revised.status == 0, "\(revised.stderr)")
        let validated = try TiltakRunner.run(["validate", "--plan", next.path])
        #expect(validated.status == 0)
        #expect(validated.stdout.contains("KM-03\tTidsramme\tTidsramma «2021» gjekk ut i 2021"))

        let out = ws.folder.appendingPathComponent("ut-2022")
        let exported = try TiltakRunner.run(["export", "--plan", next.path, "--out", out.path])
        #expect(exported.status == 0, "\(exported.stderr)")
        let agenda = try String(contentsOf: out.appendingPathComponent("revisjon-2022.txt"), encoding: .utf8)
        #expect(agenda.contains("Forseinka tiltak"))
        #expect(agenda.contains("KM-03"))
    }

    /// The issue's year: an *Avlyst* from one municipality, a report from Regionrådet's own task
    /// workbook, the agenda and the returns showing them, a revision that keeps the hand-written
    /// plan's comments, and a late return after it.
    @Test func aYearWithEveryReportCarriedThrough() throws {
        let ws = try CollectWorkspace.make()
        let handWritten = try ws.planBytes()
        let comments = { (data: Data) in
            String(decoding: data, as: UTF8.self).components(separatedBy: "\n").filter {
                $0.trimmingCharacters(in: .whitespaces).hasPrefix("#")
            }.count
        }
        #expect(comments(handWritten) == 44)

        let aal = try ws.edit(
            ws.taskWorkbook("Ål"), to: "Ål-svar.xlsx",
            rows: [.init(id: "KM-13", cells: ["Status": "Avlyst", "Kommentar": "Ikkje aktuelt i år"])])
        let council = ws.export.appendingPathComponent("partar/Regionrådet for Hallingdal.xlsx")
        let rr = try ws.edit(
            council, to: "RR-svar.xlsx",
            rows: [
                .init(id: "NK-03", cells: ["Status": "Pågår", "Kommentar": "Møte med departementet i mai"])
            ])
        let collected = try ws.collect([aal.path, rr.path, "--date", "2021-11-15"])
        #expect(collected.status == 0, "\(collected.stderr)")
        // The plan file is the secretariat's: every byte stays, the reports are in the ledger.
        #expect(try ws.planBytes() == handWritten)
        #expect(FileManager.default.fileExists(atPath: ws.ledger.path))

        // A single cancellation is not hidden.
        let cancelled = try TiltakRunner.run(["list", "--plan", ws.plan.path, "--status", "avlyst"])
        #expect(cancelled.status == 0, "\(cancelled.stderr)")
        #expect(cancelled.stdout.contains("KM-13"), "\(cancelled.stdout)")
        let agenda = try TiltakRunner.run(["report", "revisjon", "--plan", ws.plan.path])
        #expect(agenda.status == 0, "\(agenda.stderr)")
        let postponed = try #require(
            DiffReviseTests.section("3. Utsette og avlyste tiltak", in: agenda.stdout))
        #expect(postponed.contains("KM-13") && postponed.contains("Ikkje aktuelt i år"), "\(postponed)")
        let inProgress = try #require(DiffReviseTests.section("2. Tiltak i arbeid", in: agenda.stdout))
        #expect(inProgress.contains("NK-03") && inProgress.contains("Møte med departementet i mai"))
        // Who has returned.
        let returns = try TiltakRunner.run(["report", "innsamling", "--plan", ws.plan.path])
        let lines = returns.stdout.components(separatedBy: "\n")
        #expect(
            lines.contains { $0.hasPrefix("Ål ") && $0.contains("Levert") && $0.contains("Ål-svar.xlsx") })
        #expect(lines.contains { $0.hasPrefix("Regionrådet for Hallingdal ") && $0.contains("RR-svar.xlsx") })
        #expect(lines.contains { $0.hasPrefix("Flå ") && $0.contains("Ikkje levert") })

        // The revision keeps the plan's text but the revision, and its comments.
        let next = ws.folder.appendingPathComponent("plan-2022.yaml")
        let revised = try TiltakRunner.run([
            "revise", "--year", "2022", "--plan", ws.plan.path, "-o", next.path,
        ])
        #expect(revised.status == 0, "\(revised.stderr)")
        let nextBytes = try Data(contentsOf: next)
        #expect(comments(nextBytes) == 44)
        let changed = zip(
            String(decoding: handWritten, as: UTF8.self).components(separatedBy: "\n"),
            String(decoding: nextBytes, as: UTF8.self).components(separatedBy: "\n")
        ).filter { $0 != $1 }
        #expect(changed.count == 1 && changed.first?.1.hasPrefix("revision:") == true, "\(changed)")

        // Hol's workbook of 2021 comes back after the revision: filed under 2021, not refused.
        let hol = try ws.edit(
            ws.taskWorkbook("Hol"), to: "Hol-seint.xlsx",
            rows: [.init(id: "KM-13", cells: ["Status": "Fullført", "Kommentar": "Dugnad i mai"])])
        let late = try TiltakRunner.run(
            ["collect", "--plan", next.path, hol.path, "--date", "2022-02-01"], in: ws.folder)
        #expect(late.status == 0, "\(late.stderr)")
        #expect(try Data(contentsOf: next) == nextBytes)
        let json = try TiltakRunner.run(["list", "--plan", next.path, "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stdout.contains("Dugnad i mai"), "\(json.stdout.prefix(2000))")

        // The next year's export still works, with Regionrådet's own workbook.
        let out = ws.folder.appendingPathComponent("ut-2022")
        let exported = try TiltakRunner.run(["export", "--plan", next.path, "--out", out.path, "--quiet"])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(
            FileManager.default.fileExists(
                atPath: out.appendingPathComponent("partar/Regionrådet for Hallingdal.xlsx").path))
    }
}
