import Foundation
import Testing

/// Messages follow `TILTAK_LANGUAGE`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else
/// nynorsk; the documents do not.
@Suite("Message language", .serialized)
struct MessageLanguageTests {
    /// The environment of a run in the locale `locale`, with `TILTAK_LANGUAGE` and the other locale
    /// variables removed.
    static func locale(_ locale: String) -> [String: String] {
        ["TILTAK_LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": locale]
    }

    @Test(arguments: [
        (
            ["TILTAK_LANGUAGE": "nn"],
            "tiltak: feil: finst-ikkje.yaml: Fila finst ikkje. (sjå etter skrivefeil i stien)"
        ),
        (
            ["TILTAK_LANGUAGE": "nb"],
            "tiltak: feil: finst-ikkje.yaml: Filen finnes ikke. (se etter skrivefeil i stien)"
        ),
        (
            ["TILTAK_LANGUAGE": "en"],
            "tiltak: error: finst-ikkje.yaml: The file does not exist. (check the path for typing errors)"
        ),
        (
            locale("en_US.UTF-8"),
            "tiltak: error: finst-ikkje.yaml: The file does not exist. (check the path for typing errors)"
        ),
        (
            locale("nb_NO.UTF-8"),
            "tiltak: feil: finst-ikkje.yaml: Filen finnes ikke. (se etter skrivefeil i stien)"
        ),
        (
            locale("C.UTF-8"),
            "tiltak: feil: finst-ikkje.yaml: Fila finst ikkje. (sjå etter skrivefeil i stien)"
        ),
    ])
    func aFailingCommandSpeaksTheLanguageOfMessages(environment: [String: String], expected: String) throws {
        let result = try TiltakRunner.run(
            ["validate", "--plan", "finst-ikkje.yaml"], environment: environment)
        #expect(result.status == 64)
        #expect(result.stderr == expected + "\n")
    }

    @Test func tiltakLanguageComesBeforeTheLocale() throws {
        var environment = Self.locale("en_GB.UTF-8")
        environment["TILTAK_LANGUAGE"] = "nb"
        let result = try TiltakRunner.run(
            ["validate", "--plan", "finst-ikkje.yaml"], environment: environment)
        #expect(result.stderr.hasPrefix("tiltak: feil: finst-ikkje.yaml: Filen finnes ikke."))
        var all = Self.locale("nb_NO.UTF-8")
        all["LC_ALL"] = "en_US.UTF-8"
        let english = try TiltakRunner.run(["validate", "--plan", "finst-ikkje.yaml"], environment: all)
        #expect(english.stderr.hasPrefix("tiltak: error: "))
    }

    @Test func validateSpeaksBokmalAndEnglish() throws {
        let bokmal = try TiltakRunner.run(["validate"], environment: ["TILTAK_LANGUAGE": "nb"])
        #expect(bokmal.status == 0)
        let lines = bokmal.stdout.split(separator: "\n")
        #expect(lines.contains("advarsel\tTE-09\tTiltak\tSamme tiltakstekst som TE-02."))
        #expect(lines.last?.hasSuffix(": 69 tiltak, 0 feil, 27 advarsler.") == true)
        let english = try TiltakRunner.run(["validate"], environment: ["TILTAK_LANGUAGE": "en"])
        let englishLines = english.stdout.split(separator: "\n")
        #expect(englishLines.contains("warning\tTE-09\tAction\tSame action text as TE-02."))
        #expect(englishLines.last?.hasSuffix(": 69 actions, 0 errors, 27 warnings.") == true)
        // The field is named as the workbooks' column: «Involvert», not «Involvering».
        let nynorsk = try TiltakRunner.run(["validate"])
        #expect(nynorsk.stdout.contains("\tInvolvert\t"))
        #expect(!nynorsk.stdout.contains("\tInvolvering\t"))
    }

    @Test func anExportSaysHowManyFilesWithOneSlashInEveryLanguage() throws {
        let folder = try TiltakRunner.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("ut").path + "/"
        let nynorsk = try TiltakRunner.run(["export", "--only", "council", "--out", out])
        #expect(nynorsk.status == 0)
        #expect(nynorsk.stdout == "Skreiv 1 fil til \(out) (69 tiltak).\n")
        let english = try TiltakRunner.run(
            ["export", "--only", "council", "--out", out], environment: ["TILTAK_LANGUAGE": "en"])
        #expect(english.stdout == "Wrote 1 file to \(out) (69 actions).\n")
        let bokmal = try TiltakRunner.run(["export", "--out", out], environment: ["TILTAK_LANGUAGE": "nb"])
        #expect(bokmal.stdout == "Skrev 34 filer til \(out) (69 tiltak, 6 kommuner).\n")
    }

    @Test func helpSpeaksTheLanguageOfMessages() throws {
        for (language, examples, option) in [
            ("nn", "Døme:", "Mappa filene skal skrivast til."),
            ("nb", "Eksempler:", "Mappen filene skal skrives til."),
            ("en", "Examples:", "The folder the files are written to."),
        ] {
            let help = try TiltakRunner.run(
                ["export", "--help"], environment: ["TILTAK_LANGUAGE": language, "COLUMNS": "300"])
            #expect(help.status == 0)
            #expect(help.stdout.contains(examples), "\(language): \(help.stdout)")
            #expect(help.stdout.contains(option), "\(language): \(help.stdout)")
        }
    }

    @Test func theDocumentsDoNotFollowTheLanguageOfMessages() throws {
        let folder = try TiltakRunner.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let nynorsk = folder.appendingPathComponent("nn")
        let english = folder.appendingPathComponent("en")
        _ = try TiltakRunner.run(["report", "moteoversikt", "-o", nynorsk.path])
        _ = try TiltakRunner.run(
            ["report", "moteoversikt", "-o", english.path], environment: ["TILTAK_LANGUAGE": "en"])
        #expect(try Data(contentsOf: nynorsk) == Data(contentsOf: english))
    }
}
