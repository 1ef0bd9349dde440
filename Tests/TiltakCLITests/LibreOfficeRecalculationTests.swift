import Foundation
import Testing
import TiltakModel
import TiltakPlanFiles
import XLSXReader

/// LibreOffice recalculates the council workbook's `Om planen` sheet: the part-time-resident
/// estimate's formulas give the values the workbook caches (the model's), and follow a changed
/// figure. Needs `soffice`; set TILTAK_SKIP_LIBREOFFICE=1 to skip on a machine without it.
@Suite(
    "Workbooks recalculated by LibreOffice",
    .enabled(if: ProcessInfo.processInfo.environment["TILTAK_SKIP_LIBREOFFICE"] != "1"))
struct LibreOfficeRecalculationTests {
    /// A LibreOffice profile that recalculates every formula of an XLSX file it loads (by default
    /// it shows the values cached in the file).
    static let recalculatingProfile = """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" \
        xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load">\
        <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        </oor:items>
        """

    /// Converts the second sheet (`Om planen`) of each workbook to CSV in `folder/csv`, recalculated;
    /// the rows by workbook stem.
    static func recalculatedAboutSheets(_ books: [URL], in folder: URL) throws -> [String: [[String]]] {
        guard let soffice = LibreOfficeTests.soffice() else {
            Issue.record("soffice is not installed: run Scripts/setup, or set TILTAK_SKIP_LIBREOFFICE=1")
            throw CancellationError()
        }
        let profile = folder.appendingPathComponent("lo-profil")
        try FileManager.default.createDirectory(
            at: profile.appendingPathComponent("user"), withIntermediateDirectories: true)
        try recalculatingProfile.write(
            to: profile.appendingPathComponent("user/registrymodifications.xcu"), atomically: true,
            encoding: .utf8)
        let out = folder.appendingPathComponent("csv")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments =
            [
                "-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to",
                "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,2",
                "--outdir", out.path,
            ] + books.map(\.path)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        var sheets: [String: [[String]]] = [:]
        for book in books {
            let stem = book.deletingPathExtension().lastPathComponent
            let csv = out.appendingPathComponent("\(stem)-Om planen.csv")
            sheets[stem] = CSVText.rows(try String(contentsOf: csv, encoding: .utf8))
        }
        return sheets
    }

    /// The estimate's figures in column C, from the row of persons per day to guest nights per year.
    static func figures(_ rows: [[String]]) throws -> [String] {
        let first = try #require(
            rows.firstIndex { $0.count > 1 && $0[1] == "Snitt personar per dag, totalt" })
        let last = try #require(rows.firstIndex { $0.count > 1 && $0[1] == "Gjestedøgn per år" })
        return rows[first...last].map { $0.count > 2 ? $0[2] : "" }
    }

    /// What the sheet should show for `estimate`, in the CSV's way.
    static func expected(_ estimate: PartTimeResidentEstimate) -> [String] {
        [String(estimate.averagePersonsPerDay), "6%", String(estimate.uncountedPersons)]
            + estimate.deductions.map { String(-$0.persons) }
            + [String(estimate.guestNightsPerDay), String(estimate.guestNightsPerYear)]
    }

    @Test func thePartTimeResidentFormulasGiveTheCachedValuesAndFollowAChange() throws {
        let plan = try PlanFileReader.read(
            path: TiltakRunner.root.appendingPathComponent("Fixtures/hallingdal-2021-2024.yaml").path)
        var estimate = try #require(plan.partTimeResidents)
        let dir = try TiltakRunner.scratch()
        let export = dir.appendingPathComponent("ut")
        let result = try TiltakRunner.run(["export", "--out", export.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let council = export.appendingPathComponent("hallingdal-2021-2024.xlsx")

        // The same workbook with another number of persons per day, its cached results left as they were.
        var surgery = try PackageSurgery(council)
        let part = try #require(try XLSXDocument(url: council).sheetPartPath(named: "Om planen"))
        let xml = try #require(surgery.text(part))
        let cached = "<v>\(estimate.averagePersonsPerDay)</v>"
        #expect(xml.components(separatedBy: cached).count == 2)
        surgery.replace(part, with: xml.replacingOccurrences(of: cached, with: "<v>50000</v>"))
        let changed = dir.appendingPathComponent("endra.xlsx")
        try surgery.write(to: changed)

        let sheets = try Self.recalculatedAboutSheets([council, changed], in: dir)
        // Recalculated, the formulas give what the workbook caches: the model's figures.
        let figures = try Self.figures(try #require(sheets["hallingdal-2021-2024"]))
        #expect(figures == Self.expected(estimate))
        #expect(figures.suffix(2) == ["26527", "9682355"])
        // And they follow the changed figure as the model computes it.
        estimate.averagePersonsPerDay = 50000
        let recalculated = try Self.figures(try #require(sheets["endra"]))
        #expect(recalculated == Self.expected(estimate))
        #expect(recalculated.suffix(2) == ["30000", "10950000"])
    }

    /// Printed by LibreOffice, the sheet shows every text of the plan whole: no row is too low
    /// for its wrapped lines (a cut row would lose its last words).
    @Test func everyTextOfTheSheetPrintsWhole() throws {
        let plan = try PlanFileReader.read(
            path: TiltakRunner.root.appendingPathComponent("Fixtures/hallingdal-2021-2024.yaml").path)
        guard let soffice = LibreOfficeTests.soffice() else {
            Issue.record("soffice is not installed: run Scripts/setup, or set TILTAK_SKIP_LIBREOFFICE=1")
            return
        }
        let pdftotext = "/usr/bin/pdftotext"
        try #require(
            FileManager.default.isExecutableFile(atPath: pdftotext), "pdftotext (poppler-utils) is missing")
        let dir = try TiltakRunner.scratch()
        let export = dir.appendingPathComponent("ut")
        let result = try TiltakRunner.run(["export", "--out", export.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let pdf = dir.appendingPathComponent("pdf")
        try Self.run(
            soffice,
            [
                "-env:UserInstallation=file://\(dir.appendingPathComponent("lo-profil").path)", "--headless",
                "--convert-to", "pdf", "--outdir", pdf.path,
                export.appendingPathComponent("hallingdal-2021-2024.xlsx").path,
            ])
        let text = dir.appendingPathComponent("plan.txt")
        try Self.run(pdftotext, [pdf.appendingPathComponent("hallingdal-2021-2024.pdf").path, text.path])
        // The sheet's pages: those whose footer names it (pdftotext ends each page with a form feed).
        let pages = try String(contentsOf: text, encoding: .utf8).split(separator: "\u{0C}")
            .filter { $0.split(separator: "\n").contains("Om planen") }
        #expect(pages.count >= 2)
        let printed = Self.words(pages.joined(separator: "\n"))
        var texts = plan.goal.components(separatedBy: "\n\n")
        for area in plan.focusAreas { texts += [area.description] + area.resultGoals }
        texts += plan.appendix?.items ?? []
        for paragraph in texts where !paragraph.isEmpty {
            let whole = printed.contains(Self.words(paragraph))
            #expect(whole, "not printed whole: \(paragraph.prefix(60))")
        }
    }

    /// `text` with every run of white space made one space.
    static func words(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Runs `tool` with `arguments` and expects it to succeed.
    static func run(_ tool: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(tool)")
    }
}
