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
}
