import Foundation
import Testing
import TiltakPlanFiles
import TiltakReturns
import XLSXReader

/// Returned and imported workbooks that are damaged or built to hurt: `collect` and `import` exit
/// 65 (or 64) with a nynorsk message naming the file, and never crash or read a file nobody named.
@Suite("Damaged and hostile workbooks", .serialized)
struct HostileWorkbookTests {
    /// The task sheet's part in an exported task workbook.
    static func taskSheetPart(_ workbook: URL) throws -> String {
        try #require(try XLSXDocument(url: workbook).sheetPartPath(named: ReturnedWorkbook.taskSheet))
    }

    /// Checks that `outcome` is a refusal with exit 65 naming `file`, and no crash.
    static func expectRefusal(
        _ outcome: TiltakRunner.Outcome, naming file: String, containing texts: [String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(outcome.status == 65, "\(outcome.stderr)", sourceLocation: sourceLocation)
        #expect(
            outcome.stderr.contains("tiltak: feil: "), "\(outcome.stderr)", sourceLocation: sourceLocation)
        #expect(outcome.stderr.contains(file), "\(outcome.stderr)", sourceLocation: sourceLocation)
        for text in texts {
            #expect(outcome.stderr.contains(text), "\(outcome.stderr)", sourceLocation: sourceLocation)
        }
        #expect(!outcome.stderr.contains("Fatal error"), sourceLocation: sourceLocation)
        #expect(!outcome.stderr.contains("crashed"), sourceLocation: sourceLocation)
    }

    @Test func collectRefusesWhatIsLeftOfAWorkbookThatLostItsBeginningOrEnd() throws {
        let ws = try CollectWorkspace.make()
        let data = try Data(contentsOf: ws.taskWorkbook("Gol"))
        var files: [String] = []
        for length in [22, 30, 100, 1000, 5000, data.count / 2, data.count - 1] {
            let name = "Gol-slutt-\(length).xlsx"
            try Data(data.suffix(length)).write(to: ws.folder.appendingPathComponent(name))
            files.append(name)
        }
        for length in [100, data.count / 2, data.count - 1] {
            let name = "Gol-start-\(length).xlsx"
            try Data(data.prefix(length)).write(to: ws.folder.appendingPathComponent(name))
            files.append(name)
        }
        for file in files {
            let outcome = try ws.collect([file, "--dry-run"])
            Self.expectRefusal(
                outcome, naming: file, containing: ["Fila kan ikkje lesast som XLSX-arbeidsbok"])
        }
        let tail = try ws.collect(["Gol-slutt-22.xlsx", "--dry-run"])
        #expect(tail.stderr.contains("ZIP-arkivet er skadd"), "\(tail.stderr)")
        // Every file is reported in one run.
        let all = try ws.collect(files)
        #expect(all.status == 65)
        for file in files { #expect(all.stderr.contains("\(file): "), "\(file)") }
        #expect(try ws.planBytes() == Data(contentsOf: CollectWorkspace.fixture))
    }

    @Test func collectRefusesDeeplyNestedXML() throws {
        let ws = try CollectWorkspace.make()
        let gol = ws.taskWorkbook("Gol")
        let part = try Self.taskSheetPart(gol)
        var package = try PackageSurgery(gol)
        let sheet = try #require(package.text(part))
        let nested = String(repeating: "<x>", count: 50_000) + String(repeating: "</x>", count: 50_000)
        package.replace(
            part, with: sheet.replacingOccurrences(of: "</sheetData>", with: nested + "</sheetData>"))
        let file = ws.folder.appendingPathComponent("Gol-nesta.xlsx")
        try package.write(to: file)
        let outcome = try ws.collect(["Gol-nesta.xlsx"])
        Self.expectRefusal(
            outcome, naming: "Gol-nesta.xlsx", containing: [part, "elementa er nesta djupare enn 256 nivå"])
    }

    @Test func collectRefusesADuplicatedTaskSheetEntry() throws {
        // Two entries with the task sheet's name: one program reads the first, another the second.
        let ws = try CollectWorkspace.make()
        let gol = ws.taskWorkbook("Gol")
        let part = try Self.taskSheetPart(gol)
        var package = try PackageSurgery(gol)
        let sheet = try #require(package.text(part))
        let shadow = sheet.replacingOccurrences(
            of: "<c r=\"K10\" s=\"6\"/>", with: "<c r=\"K10\" t=\"inlineStr\"><is><t>Fullført</t></is></c>")
        #expect(shadow != sheet)
        package.append(part, shadow)
        try package.write(to: ws.folder.appendingPathComponent("Gol-dobbel.xlsx"))
        let outcome = try ws.collect(["Gol-dobbel.xlsx"])
        Self.expectRefusal(
            outcome, naming: "Gol-dobbel.xlsx",
            containing: ["«\(part)»", "namnet finst fleire gonger i arkivet"])
    }

    @Test func collectRefusesEntriesOutsideThePackage() throws {
        let ws = try CollectWorkspace.make()
        let gol = ws.taskWorkbook("Gol")
        for name in ["../xl/worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml"] {
            var package = try PackageSurgery(gol)
            package.append(name, "<worksheet/>")
            try package.write(to: ws.folder.appendingPathComponent("Gol-sti.xlsx"))
            let outcome = try ws.collect(["Gol-sti.xlsx"])
            Self.expectRefusal(outcome, naming: "Gol-sti.xlsx", containing: ["«\(name)»"])
        }
    }

    @Test func collectRefusesFormulasInStatusAndComment() throws {
        let ws = try CollectWorkspace.make()
        let gol = ws.taskWorkbook("Gol")
        let part = try Self.taskSheetPart(gol)
        let cases = [
            (
                "<c r=\"K10\" s=\"6\"/>",
                "<c r=\"K10\" s=\"6\" t=\"str\"><f>\"Fullført\"</f><v>Fullført</v></c>",
                "Oppgåver!K10", "Status"
            ),
            (
                "<c r=\"L11\" s=\"6\"/>",
                "<c r=\"L11\" s=\"6\" t=\"str\"><f>CONCATENATE(\"Vedteke\";\" i kommunestyret\")</f>"
                    + "<v>Vedteke i kommunestyret</v></c>", "Oppgåver!L11", "Kommentar"
            ),
        ]
        for (old, new, cell, column) in cases {
            var package = try PackageSurgery(gol)
            let sheet = try #require(package.text(part))
            #expect(sheet.contains(old))
            package.replace(part, with: sheet.replacingOccurrences(of: old, with: new))
            try package.write(to: ws.folder.appendingPathComponent("Gol-formel.xlsx"))
            let outcome = try ws.collect(["Gol-formel.xlsx"])
            Self.expectRefusal(
                outcome, naming: "Gol-formel.xlsx", containing: [cell, "formel", "«\(column)»"])
            #expect(try ws.planBytes() == Data(contentsOf: CollectWorkspace.fixture))
        }
    }

    /// Runs `tiltak arguments…` in `directory`, stopping it after `seconds` (status -1 then).
    static func run(_ arguments: [String], in directory: URL, seconds: Double) throws -> TiltakRunner.Outcome
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TiltakRunner.binary)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = TiltakRunner.environment(["TILTAK_DEFAULT_PLAN": CollectWorkspace.fixture.path])
        let out = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tiltak-out-\(UUID().uuidString)")
        let err = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tiltak-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        let finished = !process.isRunning
        if !finished { process.terminate() }
        process.waitUntilExit()
        return TiltakRunner.Outcome(
            status: finished ? process.terminationStatus : -1,
            stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    @Test func collectReadsASheetWithOneCellFarAwayInTime() throws {
        // One cell in the last row and column: walking every row and column up to it would take
        // the collect hours.
        let ws = try CollectWorkspace.make()
        let gol = ws.taskWorkbook("Gol")
        let part = try Self.taskSheetPart(gol)
        var package = try PackageSurgery(gol)
        let sheet = try #require(package.text(part))
        // And 20 000 rows with a cell in the last column: walking every column of each is as bad.
        let wide = (100..<20_100).map {
            "<row r=\"\($0)\"><c r=\"XFD\($0)\" t=\"inlineStr\"><is><t> </t></is></c></row>"
        }
        let far =
            wide.joined()
            + "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>langt borte</t></is></c></row>"
        package.replace(
            part, with: sheet.replacingOccurrences(of: "</sheetData>", with: far + "</sheetData>"))
        try package.write(to: ws.folder.appendingPathComponent("Gol-langt.xlsx"))
        let outcome = try Self.run(
            ["collect", "--plan", ws.plan.path, "Gol-langt.xlsx", "--dry-run"], in: ws.folder, seconds: 30)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("0 rapportar for 2021 frå 1 fil:"), "\(outcome.stdout)")
    }

    /// The council workbook with its `Kjeldefil` fact (Oversikt and Om) set to `source`, copied to
    /// a folder without a plan file beside it.
    static func councilWorkbook(naming source: String, in ws: CollectWorkspace) throws -> URL {
        let council = ws.export.appendingPathComponent("hallingdal-2021-2024.xlsx")
        var package = try PackageSurgery(council)
        let strings = try #require(package.text("xl/sharedStrings.xml"))
        // The plan the export read, as it was named.
        let written = try #require(strings.firstMatch(of: /<t>[^<]*hallingdal-2021-2024\.yaml<\/t>/)).output
        package.replace(
            "xl/sharedStrings.xml", with: strings.replacingOccurrences(of: written, with: "<t>\(source)</t>"))
        let folder = ws.folder.appendingPathComponent("innkome")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("rad.xlsx")
        try? FileManager.default.removeItem(at: file)
        try package.write(to: file)
        return file
    }

    @Test func importReadsNoFileTheWorkbookNames() throws {
        let ws = try CollectWorkspace.make()
        // Another plan file that exists: the workbook may not choose it.
        let other = ws.folder.appendingPathComponent("annan-plan.yaml")
        try FileManager.default.copyItem(at: CollectWorkspace.fixture, to: other)
        for source in [other.path, "/etc/passwd"] {
            let workbook = try Self.councilWorkbook(naming: source, in: ws)
            let out = ws.folder.appendingPathComponent("ny.yaml")
            let outcome = try TiltakRunner.run(["import", workbook.path, "-o", out.path], in: ws.folder)
            #expect(outcome.status == 64, "\(source): \(outcome.stderr)")
            #expect(outcome.stderr.contains("--base"), "\(outcome.stderr)")
            #expect(outcome.stderr.contains("rad.xlsx"), "\(outcome.stderr)")
            #expect(!outcome.stderr.contains(source) && !outcome.stdout.contains(source), "\(outcome.stderr)")
            #expect(
                !outcome.stderr.contains("root:") && !outcome.stdout.contains("root:"), "\(outcome.stderr)")
            #expect(!outcome.stdout.contains("Skreiv"))
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
        // The plan file beside the workbook, or --base, is what import reads.
        let workbook = try Self.councilWorkbook(naming: "/etc/passwd", in: ws)
        let out = ws.folder.appendingPathComponent("ny.yaml")
        let given = try TiltakRunner.run(
            ["import", workbook.path, "--base", other.path, "-o", out.path], in: ws.folder)
        #expect(given.status == 0, "\(given.stderr)")
        #expect(given.stdout.contains("partsregister frå \(other.path)"), "\(given.stdout)")
        try FileManager.default.copyItem(
            at: other, to: workbook.deletingPathExtension().appendingPathExtension("yaml"))
        let beside = try TiltakRunner.run(["import", workbook.path, "-o", out.path], in: ws.folder)
        #expect(beside.status == 0, "\(beside.stderr)")
        #expect(beside.stdout.contains("partsregister frå \(workbook.deletingPathExtension().path).yaml"))
    }
}
