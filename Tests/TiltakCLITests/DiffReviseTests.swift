import Foundation
import Testing
import TiltakModel
import TiltakPlanFiles
import XLSXReader

/// End-to-end tests of `tiltak diff` and `tiltak revise` on small plans and the Hallingdal plan.
@Suite("tiltak diff and revise", .serialized)
struct DiffReviseTests {
    static let hallingdal = TiltakRunner.root.appendingPathComponent("Fixtures/hallingdal-2021-2024.yaml")
        .path

    static let oldPlan = """
        id: t
        title: Prøveplan
        period: {from: 2021, to: 2022}
        revision: {date: 2021-04-10, label: Utkast}
        parties:
          - {code: RR, name: Regionrådet, kind: regional-council}
          - {code: GOL, name: Gol, kind: municipality}
        focusAreas:
          - code: A
            name: Næring
            themes:
              - name: Tema ein
                actions:
                  - {id: A-01, text: Ein, timeframe: "2021", responsible: RR}
                  - {id: A-02, text: To, timeframe: "2022", responsible: Gol}
                  - {id: A-03, text: Tre, timeframe: "2021", responsible: RR}
              - name: Tema to
                actions: []
        """

    static let newPlan = """
        id: t
        title: Prøveplan
        period: {from: 2021, to: 2022}
        revision: {date: 2022-04-10, label: Revisjon 2022}
        parties:
          - {code: RR, name: Regionrådet, kind: regional-council}
          - {code: GOL, name: Gol, kind: municipality}
        focusAreas:
          - code: A
            name: Næring
            themes:
              - name: Tema ein
                actions:
                  - {id: A-01, text: Ein, timeframe: "2021 - 2022", responsible: RR, remark: Krev finansiering}
              - name: Tema to
                actions:
                  - {id: A-02, text: To, timeframe: "2022", responsible: Gol}
                  - {id: A-04, text: Fire, timeframe: "2022", responsible: RR}
        """

    /// The two small plans in a fresh folder.
    static func smallPlans() throws -> (dir: URL, old: String, new: String) {
        let dir = try TiltakRunner.scratch()
        let old = dir.appendingPathComponent("gammal.yaml")
        let new = dir.appendingPathComponent("ny.yaml")
        try oldPlan.write(to: old, atomically: true, encoding: .utf8)
        try newPlan.write(to: new, atomically: true, encoding: .utf8)
        return (dir, old.path, new.path)
    }

    @Test func diffOfHallingdalWithItselfHasNoChanges() throws {
        let result = try TiltakRunner.run(["diff", Self.hallingdal, "Fixtures/hallingdal-2021-2024.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Endringar:  Ingen endringar"))
        #expect(result.stdout.hasSuffix("\nIngen endringar.\n"))
        #expect(result.stderr.isEmpty)
    }

    @Test func diffTextSnapshot() throws {
        let (dir, old, new) = try Self.smallPlans()
        let result = try TiltakRunner.run(["diff", "gammal.yaml", "ny.yaml", "--width", "60"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let expected = """
            Endringar – Prøveplan
            =====================

            Plan:       Prøveplan
            Før:        Utkast (2021-04-10), gammal.yaml
            Etter:      Revisjon 2022 (2022-04-10), ny.yaml
            Endringar:  1 nytt, 1 fjerna, 1 flytta, 1 endra

            Nye tiltak (1)
            --------------

            A-04  Fire
                  Tidsramme:  2022
                  Ansvar:     Regionrådet

            Fjerna tiltak (1)
            -----------------

            A-03  Tre
                  Tidsramme:  2021
                  Ansvar:     Regionrådet

            Flytta tiltak (1)
            -----------------

            A-02  To
                  Ansvar:  Gol
                  Innsatsområde / tema
                    Før:    Næring / Tema ein
                    Etter:  Næring / Tema to

            Endra tiltak (1)
            ----------------

            A-01  Ein
                  Ansvar:  Regionrådet
                  Tidsramme
                    Før:    2021
                    Etter:  2021–2022
                  Finansiering
                    Før:    –
                    Etter:  Krev finansiering
                  Merknad
                    Før:    –
                    Etter:  Krev finansiering

            """
        #expect(result.stdout == expected)
        // -o writes the same text to a file and nothing to standard output.
        let file = dir.appendingPathComponent("endringar.txt").path
        let written = try TiltakRunner.run(["diff", old, new, "--width", "60", "-o", file], in: dir)
        #expect(written.status == 0)
        #expect(written.stdout.isEmpty)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == expected)
    }

    @Test func diffWorkbook() throws {
        let (dir, old, new) = try Self.smallPlans()
        let path = dir.appendingPathComponent("endringar.xlsx").path
        let result = try TiltakRunner.run(["diff", old, new, "--format", "xlsx", "-o", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 nytt, 1 fjerna, 1 flytta, 1 endra"))
        let document = try XLSXDocument(url: URL(fileURLWithPath: path))
        #expect(document.sheetNames == ["Endringar"])
        let sheet = try document.sheet(named: "Endringar")
        #expect(
            sheet.rows == [
                ["Endring", "ID", "Tiltak", "Ansvar", "Felt", "Før", "Etter"],
                ["Endra", "A-01", "Ein", "Regionrådet", "Tidsramme", "2021", "2021–2022"],
                ["Endra", "A-01", "Ein", "Regionrådet", "Finansiering", "", "Krev finansiering"],
                ["Endra", "A-01", "Ein", "Regionrådet", "Merknad", "", "Krev finansiering"],
                [
                    "Flytta", "A-02", "To", "Gol", "Innsatsområde / tema", "Næring / Tema ein",
                    "Næring / Tema to",
                ],
                ["Fjerna", "A-03", "Tre", "Regionrådet", "Tiltak", "Tre", ""],
                ["Nytt", "A-04", "Fire", "Regionrådet", "Tiltak", "", "Fire"],
            ])
        #expect(sheet.pageSetup["orientation"] == "landscape")
        #expect(sheet.pageSetup["paperSize"] == "9")
        #expect(sheet.frozenPane != nil)
        #expect(sheet.autoFilter == "A1:G7")
        // Deterministic: the same plans give the same bytes (creation date from the new revision).
        let again = dir.appendingPathComponent("igjen.xlsx").path
        #expect(try TiltakRunner.run(["diff", old, new, "--format", "xlsx", "-o", again]).status == 0)
        #expect(FileManager.default.contents(atPath: path) == FileManager.default.contents(atPath: again))
        let core = try document.partText("docProps/core.xml")
        #expect(core.contains("2022-04-10T12:00:00Z"))
    }

    /// `--language` gives the changes in English or bokmål: headings, fields and values.
    @Test func diffInEnglishAndBokmal() throws {
        let (dir, old, new) = try Self.smallPlans()
        let english = try TiltakRunner.run(["diff", old, new, "--width", "60", "--language", "en"], in: dir)
        #expect(english.status == 0, "\(english.stderr)")
        for line in [
            "Changes – Prøveplan", "Before:   Utkast (2021-04-10)",
            "Changes:  1 added, 1 removed, 1 moved, 1 changed",
            "Added actions (1)", "Removed actions (1)", "Moved actions (1)", "Changed actions (1)",
            "Focus area / theme", "Timeframe:    2022", "Responsible:  Regionrådet",
            "    After:   Needs financing",
        ] {
            #expect(english.stdout.contains(line), "«\(line)» in\n\(english.stdout)")
        }
        let path = dir.appendingPathComponent("changes.xlsx").path
        let workbook = try TiltakRunner.run([
            "diff", old, new, "--format", "xlsx", "-o", path, "--language", "nb",
        ])
        #expect(workbook.status == 0, "\(workbook.stderr)")
        let sheet = try XLSXDocument(url: URL(fileURLWithPath: path)).sheet(named: "Endringer")
        #expect(sheet.rows.first == ["Endring", "ID", "Tiltak", "Ansvar", "Felt", "Før", "Etter"])
        #expect(
            sheet.rows.dropFirst().map { $0[0] } == [
                "Endret", "Endret", "Endret", "Flyttet", "Fjernet", "Nytt",
            ])
        #expect(
            sheet.rows[2] == [
                "Endret", "A-01", "Ein", "Regionrådet", "Finansiering", "", "Krever finansiering",
            ])
    }

    @Test func diffWorkbookWithoutChanges() throws {
        let dir = try TiltakRunner.scratch()
        let path = dir.appendingPathComponent("ingen.xlsx").path
        let result = try TiltakRunner.run([
            "diff", Self.hallingdal, Self.hallingdal, "--format", "xlsx", "-o", path,
        ])
        #expect(result.status == 0)
        let sheet = try XLSXDocument(url: URL(fileURLWithPath: path)).sheet(named: "Endringar")
        #expect(
            sheet.rows == [
                ["Endring", "ID", "Tiltak", "Ansvar", "Felt", "Før", "Etter"],
                ["Ingen endringar", "", "", "", "", "", ""],
            ])
    }

    @Test func diffUsageErrors() throws {
        let (dir, old, new) = try Self.smallPlans()
        #expect(try TiltakRunner.run(["diff", old, new, "--format", "xlsx"]).status == 64)
        #expect(try TiltakRunner.run(["diff", old, new, "--format", "pdf"]).status == 64)
        #expect(try TiltakRunner.run(["diff", old, new, "--width", "20"]).status == 64)
        let missing = try TiltakRunner.run(["diff", old, dir.appendingPathComponent("finst-ikkje.yaml").path])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("Fila finst ikkje."))
        let unwritable = try TiltakRunner.run([
            "diff", old, new, "--format", "xlsx", "-o", dir.appendingPathComponent("nei/ut.xlsx").path,
        ])
        #expect(unwritable.status == 73)
    }

    /// The Hallingdal plan with 2021 reports: NK-04 done (RR), NK-11 cancelled, NK-05 in progress.
    static func reportedHallingdal(in dir: URL) throws -> String {
        var plan = try PlanLoader.load(path: hallingdal).plan
        let collected = try #require(CalendarDate(year: 2021, month: 11, day: 1))
        plan.merge([
            StatusReport(actionID: "NK-04", year: 2021, party: "RR", status: .done, collected: collected),
            StatusReport(
                actionID: "NK-11", year: 2021, party: "RR", status: .cancelled, collected: collected),
            StatusReport(
                actionID: "NK-05", year: 2021, party: "RR", status: .inProgress, comment: "Godt i gang",
                collected: collected),
        ])
        let path = dir.appendingPathComponent("plan.yaml").path
        try PlanFileWriter.write(plan, to: path)
        return path
    }

    @Test func reviseHallingdalTo2022() throws {
        let dir = try TiltakRunner.scratch()
        let planPath = try Self.reportedHallingdal(in: dir)
        let result = try TiltakRunner.run(
            ["revise", "--year", "2022", "--plan", "plan.yaml", "-o", "plan-2022.yaml"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Revisjon 2022 (2022-04-10), 69 tiltak."))
        #expect(result.stdout.contains("Avslutta (fullført eller avlyst): NK-04, NK-11."))
        let revisedPath = dir.appendingPathComponent("plan-2022.yaml").path
        let old = try PlanLoader.load(path: planPath).plan
        let revised = try PlanLoader.load(path: revisedPath).plan
        #expect(revised.revision.date.iso == "2022-04-10")
        #expect(revised.revision.label == "Revisjon 2022")
        #expect(revised.actions.map(\.id) == old.actions.map(\.id))
        #expect(revised.actions.filter(\.isClosed).map(\.id) == ["NK-04", "NK-11"])
        #expect(revised.statusReports == old.statusReports)

        // NK-02 (2021) nobody reported on: not reported, which is not overdue.
        #expect(result.stdout.contains("Ikkje rapportert for 2021 (") && result.stdout.contains("NK-02"))
        #expect(result.stdout.contains("Forseinka (1): NK-05."))

        // Overdue: actions reported unfinished with timeframe 2021 are warned about; closed and
        // unreported ones are not.
        let validate = try TiltakRunner.run(["validate", "--plan", revisedPath])
        let lines = validate.stdout.split(separator: "\n").map(String.init)
        let overdue = "Tidsramma «2021» gjekk ut i 2021, men tiltaket er ikkje fullført."
        #expect(lines.contains("åtvaring\tNK-05\tTidsramme\t\(overdue)"))
        #expect(!lines.contains("åtvaring\tNK-02\tTidsramme\t\(overdue)"))
        #expect(!lines.contains { $0.hasPrefix("åtvaring\tNK-04\t") && $0.contains("gjekk ut") })
        #expect(!lines.contains { $0.hasPrefix("åtvaring\tNK-11\t") && $0.contains("gjekk ut") })
        #expect(!lines.contains { $0.hasPrefix("åtvaring\tNK-01\t") && $0.contains("gjekk ut") })  // annual
        #expect(!(try TiltakRunner.run(["validate"])).stdout.contains("gjekk ut"))

        // revisjon-2022 lists NK-05 (reported in progress for 2021) under Forseinka tiltak with its
        // report; NK-02, which nobody reported on, is not reported rather than overdue; closed
        // actions are not to be settled.
        let report = try TiltakRunner.run(["report", "revisjon", "--year", "2022", "--plan", revisedPath])
        #expect(report.status == 0)
        let section = try #require(Self.section("5. Forseinka tiltak", in: report.stdout))
        #expect(section.contains("\nNK-05  "))
        #expect(section.contains("Pågår (2021) – Godt i gang"))
        #expect(!section.contains("\nNK-02  "))
        #expect(!section.contains("NK-04"))
        #expect(!section.contains("NK-11"))
        let unreported = try #require(Self.section("4. Ikkje rapporterte tiltak", in: report.stdout))
        #expect(unreported.contains("\nNK-02  "))
        let settle = try #require(Self.section("6. Til avklaring", in: report.stdout))
        #expect(!settle.contains("NK-11"))
        let before = try #require(
            Self.section(
                "6. Til avklaring",
                in: try TiltakRunner.run(["report", "revisjon", "--plan", planPath]).stdout))
        #expect(before.contains("NK-11"))

        // export writes revisjon-2022.txt with the section.
        let out = dir.appendingPathComponent("ut")
        #expect(try TiltakRunner.run(["export", "--plan", revisedPath, "--out", out.path]).status == 0)
        let exported = try String(
            contentsOf: out.appendingPathComponent("revisjon-2022.txt"), encoding: .utf8)
        #expect(exported == report.stdout)

        // diff of the two revisions names the closed actions and the status change.
        let diff = try TiltakRunner.run([
            "diff", planPath, revisedPath, "--format", "xlsx", "-o",
            dir.appendingPathComponent("d.xlsx").path,
        ])
        #expect(diff.status == 0)
        let rows = try XLSXDocument(url: dir.appendingPathComponent("d.xlsx")).sheet(named: "Endringar").rows
        #expect(rows.first == ["Endring", "ID", "Tiltak", "Ansvar", "Felt", "Før", "Etter"])
        let nk04 = try #require(old.action(id: "NK-04"))
        // Each row names the action's text and its responsible parties.
        #expect(
            rows.contains([
                "Endra", "NK-04", nk04.text, "Regionrådet for Hallingdal", "Avslutta", "Nei", "Ja",
            ]))
        func change(_ id: String, _ field: String) -> [String]? {
            rows.first { $0[1] == id && $0[4] == field }.map { Array($0[5...]) }
        }
        // RR decides NK-04; the six municipalities involved are expected too and not reported.
        #expect(
            change("NK-04", "Status") == [
                "Fullført (1 av 7 fullført, 6 ikkje rapportert)", "Ikkje rapportert",
            ])
        // RR reported on NK-05 besides Etablerersenteret, which is responsible and has not reported.
        #expect(change("NK-05", "Status") == ["Ikkje rapportert (1 av 2: Pågår)", "Ikkje rapportert"])
        #expect(rows.count == 6)
    }

    /// The text of the section headed `title`, up to the next numbered section heading.
    static func section(_ title: String, in text: String) -> String? {
        guard let start = text.range(of: "\n" + title) else { return nil }
        let rest = text[start.upperBound...]
        let end = rest.range(of: #"\n\d\. "#, options: .regularExpression)?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    @Test func reviseRefusals() throws {
        let dir = try TiltakRunner.scratch()
        let planPath = try Self.reportedHallingdal(in: dir)
        let original = FileManager.default.contents(atPath: planPath)
        let same = try TiltakRunner.run(
            ["revise", "--year", "2021", "--plan", planPath, "-o", "x.yaml"], in: dir)
        #expect(same.status == 64)
        #expect(same.stderr.contains("Året 2021 må vere etter revisjonsåret i planen (2021)."))
        #expect(
            try TiltakRunner.run(["revise", "--year", "2020", "--plan", planPath, "-o", "x.yaml"], in: dir)
                .status == 64)
        #expect(try TiltakRunner.run(["revise", "--plan", planPath, "-o", "x.yaml"], in: dir).status == 64)
        #expect(try TiltakRunner.run(["revise", "--year", "2022", "--plan", planPath], in: dir).status == 64)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.yaml").path))

        // -o equal to the plan needs --force.
        let overwrite = try TiltakRunner.run(
            ["revise", "--year", "2022", "--plan", planPath, "-o", "./plan.yaml"], in: dir)
        #expect(overwrite.status == 64)
        #expect(overwrite.stderr.contains("--force"))
        #expect(FileManager.default.contents(atPath: planPath) == original)
        let forced = try TiltakRunner.run(
            ["revise", "--year", "2022", "--plan", planPath, "-o", planPath, "--force"], in: dir)
        #expect(forced.status == 0)
        #expect(try PlanLoader.load(path: planPath).plan.revision.label == "Revisjon 2022")

        let unwritable = try TiltakRunner.run([
            "revise", "--year", "2023", "--plan", planPath, "-o",
            dir.appendingPathComponent("nei/p.yaml").path,
        ])
        #expect(unwritable.status == 73)
    }

    @Test func helpHasExamples() throws {
        for command in ["diff", "revise"] {
            let help = try TiltakRunner.run([command, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("Døme:"))
        }
    }
}
