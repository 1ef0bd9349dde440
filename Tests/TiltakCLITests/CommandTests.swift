import Foundation
import Testing
import XLSXReader

/// End-to-end tests of the built `tiltak` binary: output, files and exit codes.
@Suite("tiltak commands", .serialized)
struct CommandTests {
    @Test func versionAndHelp() throws {
        let version = try TiltakRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        for command in ["validate", "list", "import", "export", "report", "publish"] {
            let help = try TiltakRunner.run([command, "--help"])
            #expect(help.status == 0, "\(command) --help")
            #expect(help.stdout.contains("Døme:"), "\(command) --help has examples")
        }
    }

    @Test func validateTheDefaultPlan() throws {
        let result = try TiltakRunner.run(["validate"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.contains("åtvaring\tTE-09\tTiltak\tSame tiltakstekst som TE-02."))
        #expect(lines.last?.hasSuffix("69 tiltak, 0 feil, 27 åtvaringar.") == true)
    }

    @Test func validateForTheSheetsAnExportWrites() throws {
        // --only and --sheets as for the export: only the sheets it writes are checked.
        let result = try TiltakRunner.run(["validate", "--only", "council", "--sheets", "tiltak"])
        #expect(result.status == 0)
        #expect(
            result.stdout.split(separator: "\n").last?.hasSuffix("69 tiltak, 0 feil, 27 åtvaringar.") == true)
        let wrong = try TiltakRunner.run(["validate", "--sheets", "alle"])
        #expect(wrong.status == 64)
    }

    @Test func validateExitsOneOnErrors() throws {
        let dir = try TiltakRunner.scratch()
        let plan = dir.appendingPathComponent("dobbel.yaml")
        try """
        id: t
        title: T
        period: {from: 2021, to: 2022}
        focusAreas:
          - code: A
            name: Område
            themes:
              - name: Tema
                actions:
                  - {id: A-01, text: Ein, timeframe: "2021", responsible: Kommune}
                  - {id: A-01, text: To, timeframe: "2022", responsible: Kommune}
        """.write(to: plan, atomically: true, encoding: .utf8)
        let result = try TiltakRunner.run(["validate", "--plan", plan.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("feil\tA-01\tID\tID-en A-01 er brukt på fleire tiltak."))
    }

    @Test func listByMunicipalityAndYear() throws {
        let result = try TiltakRunner.run([
            "list", "--municipality", "ål kommune", "--year", "2022", "--format", "csv",
        ])
        #expect(result.status == 0)
        let ids = result.stdout.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != ";" }) }
        #expect(ids.contains("NK-08"))  // Kommune, 2022: Ål through the group
        #expect(ids.contains("NK-01"))  // annual, involved through the group
        #expect(!ids.contains("NK-04"))  // 2021 only
        let table = try TiltakRunner.run(["list", "--responsible", "Nærings forum"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("NK-02"))
        #expect(table.stdout.contains("1 av 69 tiltak."))
        for line in table.stdout.split(separator: "\n") {
            #expect(line.count <= 100)
            #expect(!line.hasSuffix(" "))
        }
    }

    @Test func listAsJSON() throws {
        let result = try TiltakRunner.run(["list", "--unfinanced", "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["count"] as? Int == 12)
        let actions = try #require(json["actions"] as? [[String: Any]])
        let ao10 = try #require(actions.first { $0["id"] as? String == "AO-10" })
        let financing = try #require(ao10["financing"] as? [String: Any])
        #expect(financing["cost"] as? Int == 1_000_000)
        #expect(financing["per"] as? String == "year")
    }

    @Test(arguments: [
        (["list", "--responsible", "Ukjend Part"], Int32(64), "Ukjend part «Ukjend Part»"),
        (["list", "--year", "20211"], Int32(64), "--year"),
        (["list", "--area", "Romfart"], Int32(64), "Ukjent innsatsområde «Romfart»"),
        (["list", "--municipality", "RR"], Int32(64), "er ikkje ein kommune"),
        (["list", "--plan", "/finst/ikkje.yaml"], Int32(64), "/finst/ikkje.yaml: Fila finst ikkje."),
        (["list", "--plan", "/tmp"], Int32(64), "/tmp: Dette er ei mappe"),
        (["report", "ingen"], Int32(64), "Ukjend rapport «ingen»"),
    ])
    func badUsage(arguments: [String], status: Int32, message: String) throws {
        let result = try TiltakRunner.run(arguments)
        #expect(result.status == status)
        #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
        #expect(result.stdout.isEmpty)
    }

    @Test func badDataExitsSixtyFiveAndWritesNothing() throws {
        let dir = try TiltakRunner.scratch()
        let broken = dir.appendingPathComponent("brote.yaml")
        try "id: x\ntitle: [\n".write(to: broken, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("ut")
        let result = try TiltakRunner.run(["export", "--plan", broken.path, "--out", out.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("brote.yaml:"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// Validation runs while the files are written; a plan with errors must still leave nothing behind.
    @Test func planWithErrorsExportsNothing() throws {
        let dir = try TiltakRunner.scratch()
        let table = dir.appendingPathComponent("dobbel.csv")
        try "ID;Innsatsområde;Tema;Tiltak\nNK-01;Næring;Tema;Eitt\nNK-01;Næring;Tema;Anna\n".write(
            to: table, atomically: true, encoding: .utf8)
        let fresh = dir.appendingPathComponent("ny")
        let result = try TiltakRunner.run(["export", "--plan", table.path, "--out", fresh.path])
        #expect(result.status == 65)
        #expect(
            result.stderr.contains("NK-01 ID: ID-en NK-01 er brukt på fleire tiltak."), "\(result.stderr)")
        #expect(result.stderr.contains("ingenting er skrive"))
        #expect(!FileManager.default.fileExists(atPath: fresh.path))

        let existing = dir.appendingPathComponent("gammal")
        try FileManager.default.createDirectory(at: existing, withIntermediateDirectories: true)
        let earlier = existing.appendingPathComponent("dobbel.xlsx")
        try "tidlegare".write(to: earlier, atomically: true, encoding: .utf8)
        let again = try TiltakRunner.run([
            "export", "--plan", table.path, "--out", existing.path, "--only", "council",
        ])
        #expect(again.status == 65)
        #expect(try String(contentsOf: earlier, encoding: .utf8) == "tidlegare")
        #expect(try FileManager.default.contentsOfDirectory(atPath: existing.path) == ["dobbel.xlsx"])
    }

    @Test func importWritesAnEquivalentPlan() throws {
        let dir = try TiltakRunner.scratch()
        let output = dir.appendingPathComponent("plan.yaml").path
        let csv = TiltakRunner.root.appendingPathComponent("Fixtures/hallingdal-2021-2024.csv").path
        let result = try TiltakRunner.run(["import", csv, "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("69 tiltak i 5 innsatsområde"))
        let listed = try TiltakRunner.run(["list", "--plan", output, "--format", "csv"])
        let original = try TiltakRunner.run(["list", "--format", "csv"])
        #expect(listed.stdout == original.stdout)
    }

    @Test func importOfABrokenTableWritesNothing() throws {
        let dir = try TiltakRunner.scratch()
        let table = dir.appendingPathComponent("t.csv")
        try "Tema;Tiltak\nA;B\n".write(to: table, atomically: true, encoding: .utf8)
        let output = dir.appendingPathComponent("plan.yaml")
        let result = try TiltakRunner.run(["import", table.path, "-o", output.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("t.csv:1: Innsatsområde: Tabellen manglar kolonne «Innsatsområde»."))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func exportWritesEveryDocumentDeterministically() throws {
        let dir = try TiltakRunner.scratch()
        let first = try TiltakRunner.run(["export", "--out", dir.appendingPathComponent("a").path])
        let second = try TiltakRunner.run(["export", "--out", dir.appendingPathComponent("b").path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(second.status == 0)
        let names =
            [
                "hallingdal-2021-2024.xlsx", "moteoversikt.txt", "ufinansiert.txt", "revisjon-2021.txt",
                "innsamling.txt",
            ]
            + ["Flå", "Nesbyen", "Gol", "Hemsedal", "Ål", "Hol"].flatMap {
                ["kommunar/\($0).xlsx", "kommunar/\($0).txt"]
            }
        for name in names {
            let a = try Data(contentsOf: dir.appendingPathComponent("a/\(name)"))
            let b = try Data(contentsOf: dir.appendingPathComponent("b/\(name)"))
            #expect(a == b, "\(name) differs between two exports")
        }
        let workbook = try XLSXDocument(url: dir.appendingPathComponent("a/kommunar/Ål.xlsx"))
        #expect(workbook.sheetNames.contains("Oppgåver"))
    }

    @Test func reportToStdoutAndFile() throws {
        let result = try TiltakRunner.run(["report", "kommune", "--municipality", "Gol", "--width", "60"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Gol er pilot"))
        for line in result.stdout.split(separator: "\n") { #expect(line.count <= 60) }
        let dir = try TiltakRunner.scratch()
        let file = dir.appendingPathComponent("u.txt").path
        let written = try TiltakRunner.run(["report", "ufinansiert", "-o", file])
        #expect(written.status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("Ufinansierte tiltak"))
    }

    @Test func aFailedWriteLeavesTheEarlierFileUntouched() throws {
        let dir = try TiltakRunner.scratch()
        let file = dir.appendingPathComponent("rapport.txt")
        try "gammal".write(to: file, atomically: true, encoding: .utf8)
        let result = try TiltakRunner.run([
            "report", "revisjon", "--templates", "/finst/ikkje", "-o", file.path,
        ])
        #expect(result.status == 64)
        #expect(try String(contentsOf: file, encoding: .utf8) == "gammal")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(leftovers == ["rapport.txt"])
    }

    /// A municipality the plan does not have is a usage mistake, like an unknown party elsewhere.
    @Test func reportForAnUnknownMunicipalityExitsSixtyFour() throws {
        let result = try TiltakRunner.run(["report", "kommune", "--municipality", "Oslo"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("«Oslo» er ikkje ein kommune i planen"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }
}
