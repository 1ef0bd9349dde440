import Foundation
import Testing
import TiltakModel
import TiltakPlanFiles
import XLSXReader

/// A real client opens every sheet of every exported workbook: LibreOffice converts each sheet to
/// CSV, and the values must be the plan's. Needs `soffice` (installed by Scripts/setup); set
/// TILTAK_SKIP_LIBREOFFICE=1 to skip on a machine without it.
@Suite(
    "Workbooks read by LibreOffice",
    .enabled(if: ProcessInfo.processInfo.environment["TILTAK_SKIP_LIBREOFFICE"] != "1"))
struct LibreOfficeTests {
    /// The CSV files LibreOffice wrote, by workbook stem and sheet name.
    struct Converted {
        var folder: URL

        func rows(_ workbook: String, _ sheet: String) throws -> [[String]] {
            let url = folder.appendingPathComponent("\(workbook)-\(sheet).csv")
            return CSVText.rows(try String(contentsOf: url, encoding: .utf8))
        }
    }

    static func soffice() -> String? {
        ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Exports the Hallingdal plan and converts every workbook with one LibreOffice run.
    static func exportAndConvert() throws -> (export: URL, converted: Converted) {
        let dir = try TiltakRunner.scratch()
        let export = dir.appendingPathComponent("ut")
        let result = try TiltakRunner.run(["export", "--out", export.path])
        #expect(result.status == 0, "\(result.stderr)")
        guard let soffice = soffice() else {
            Issue.record("soffice is not installed: run Scripts/setup, or set TILTAK_SKIP_LIBREOFFICE=1")
            throw CancellationError()
        }
        let books =
            [export.appendingPathComponent("hallingdal-2021-2024.xlsx").path]
            + (try FileManager.default.contentsOfDirectory(
                atPath: export.appendingPathComponent("kommunar").path))
            .filter { $0.hasSuffix(".xlsx") }.sorted()
            .map { export.appendingPathComponent("kommunar/\($0)").path }
        let out = dir.appendingPathComponent("csv")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments =
            [
                "-env:UserInstallation=file://\(dir.appendingPathComponent("lo-profil").path)", "--headless",
                "--convert-to",
                "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1",
                "--outdir", out.path,
            ] + books
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return (export, Converted(folder: out))
    }

    @Test func everySheetOfEveryWorkbookHasTheRightValues() throws {
        let plan = try PlanFileReader.read(
            path: TiltakRunner.root.appendingPathComponent(
                "Fixtures/hallingdal-2021-2024.yaml"
            ).path)
        let (export, converted) = try Self.exportAndConvert()

        // Every sheet of every workbook was opened and converted.
        let council = try XLSXDocument(url: export.appendingPathComponent("hallingdal-2021-2024.xlsx"))
        for sheet in council.sheetNames {
            #expect(
                FileManager.default.fileExists(
                    atPath: converted.folder.appendingPathComponent("hallingdal-2021-2024-\(sheet).csv").path),
                "LibreOffice did not convert sheet \(sheet)")
        }

        // Tiltak: header, one row per action, values as in the plan.
        let tiltak = try converted.rows("hallingdal-2021-2024", "Tiltak")
        #expect(
            tiltak.first == [
                "ID", "Tema", "Tiltak", "Tidsramme", "Ansvar", "Involvert", "Finansiering", "Merknad",
                "Status", "Kommentar", "Innsatsområde", "Frå år", "Til år", "Kostnad (kr)", "Kostnadstype",
            ])
        let body = tiltak.dropFirst().filter { !$0.allSatisfy(\.isEmpty) }
        #expect(body.count == plan.actions.count)
        for (row, action) in zip(body, plan.actions) {
            #expect(row[0] == action.id.rawValue)
            #expect(row[2] == action.text)
            #expect(row[3] == action.timeframe.text)
            #expect(
                row[4]
                    == action.responsible.parties.map { plan.registry.displayName($0) }.joined(
                        separator: ", "))
            #expect(
                row[13] == (action.financing.cost.map { String($0.amount) } ?? ""), "cost of \(action.id)")
        }

        // Oversikt: the counts per focus area and per year as LibreOffice reads them.
        let overview = try converted.rows("hallingdal-2021-2024", "Oversikt")
        for area in plan.focusAreas {
            let row = try #require(overview.first { $0.first == area.name }, "no row for \(area.name)")
            let total = row.last { !$0.isEmpty }
            #expect(total == String(plan.actions(area: area.code).count), "total of \(area.name)")
        }
        for year in plan.period.years {
            let row = try #require(overview.first { $0.first == String(year) })
            #expect(row[1] == String(plan.actions(activeIn: year).count), "active in \(year)")
        }

        // Finansiering: the overall total over the plan period.
        let unfinanced = plan.costTotals(of: plan.unfinancedActions)
        let financing = try converted.rows("hallingdal-2021-2024", "Finansiering")
        let overall = try #require(
            financing.first { $0.contains("Sum ufinansierte tiltak (3 av 12 med kostnad)") })
        #expect(overall.contains(String(unfinanced.overPeriod)))

        // A municipality's task workbook: exactly its assignments.
        let aal = try converted.rows("Ål", "Oppgåver")
        let top = try #require(aal.firstIndex { $0.first == "ID" })
        #expect(aal.first?.first == "Oppgåver for Ål")
        let ids = aal.dropFirst(top + 1).map { $0.first ?? "" }.filter { !$0.isEmpty }
        #expect(Set(ids) == Set(plan.assignments(for: "AAL").map(\.action.id.rawValue)))
        #expect(ids.count == plan.assignments(for: "AAL").count)
    }
}

/// Splits LibreOffice's CSV (`;`, `"` quoting, LF) into rows of fields.
enum CSVText {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text).makeIterator()
        var pending: Character? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == ";" {
                row.append(field)
                field = ""
            } else if c == "\n" || c == "\r\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
