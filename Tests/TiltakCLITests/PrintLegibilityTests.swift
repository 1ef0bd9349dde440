import Foundation
import Testing
import XLSXReader

/// Every page of every workbook as LibreOffice prints it: legible type (8 pt, task workbooks 9 pt),
/// a header and footer that say what the page is, and task workbooks that name their party on the
/// first page.
@Suite("Printed pages", .serialized)
struct PrintLegibilityTests {
    static let enabled = ProcessInfo.processInfo.environment["TILTAK_SKIP_LIBREOFFICE"] != "1"

    /// The Hallingdal export with a PDF of every workbook, on `paper`.
    static func export(paper: String = "a4", only council: Bool = false) throws -> URL {
        let out = try TiltakRunner.scratch().appendingPathComponent("ut")
        let result = try TiltakRunner.run(
            ["export", "--pdf", "--quiet", "--paper", paper, "--out", out.path]
                + (council ? ["--only", "council"] : []))
        #expect(result.status == 0, "\(result.stderr)")
        return out
    }

    /// The PDFs under `folder`, relative paths sorted.
    static func pdfs(in folder: URL) throws -> [String] {
        let walker = FileManager.default.enumerator(atPath: folder.path)
        return (walker?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".pdf") }.sorted()
    }

    /// The party a task workbook is for, as its hidden `Om` sheet names it.
    static func party(of workbook: URL) throws -> String {
        let about = try XLSXDocument(url: workbook).sheet(named: "Om")
        for row in 1...max(about.maxRow, 1) {
            let label = about.cell(row: row, column: 1)?.string ?? ""
            if label == "Kommune" || label == "Part" { return about.cell(row: row, column: 2)?.string ?? "" }
        }
        return ""
    }

    @Test(.enabled(if: enabled))
    func everyPageOfEveryWorkbookIsLegibleOnA4() throws {
        try #require(LibreOfficeTests.soffice() != nil, "soffice is not installed: run Scripts/setup")
        let out = try Self.export()
        let files = try Self.pdfs(in: out)
        // The council workbook, six municipalities and the 17 other responsible parties.
        #expect(files.count == 24, "\(files)")
        for file in files {
            let pages = try PDFPages(out.appendingPathComponent(file)).pages
            let isTaskWorkbook = file.contains("/")
            let minimum = isTaskWorkbook ? 9.0 : 8.0
            #expect(!pages.isEmpty, "\(file)")
            for (number, page) in pages.enumerated() {
                let place = "\(file), side \(number + 1)"
                // A4 (595 × 842 pt), either way up.
                #expect(
                    Set([Int(page.width.rounded()), Int(page.height.rounded())]) == [595, 842], "\(place)")
                #expect(page.typeSize >= minimum, "\(place): \(page.typeSize) pt")
                // Every page says what it is: the plan, its revision and the page.
                #expect(page.text.contains("Strategisk plan for Hallingdal"), "\(place)")
                #expect(page.text.contains("Utkast pr. 10. april 2021"), "\(place)")
                #expect(page.text.contains("Side \(number + 1) av \(pages.count)"), "\(place)")
            }
            if isTaskWorkbook, let first = pages.first {
                let workbook = out.appendingPathComponent(
                    file.replacingOccurrences(of: ".pdf", with: ".xlsx"))
                let party = try Self.party(of: workbook)
                #expect(!party.isEmpty, "\(file): no party on the Om sheet")
                // The title block names the party (`Oppgåver for Gol`), not just the page header.
                #expect(
                    first.text.contains("Oppgåver for \(party)"), "\(file): page 1 does not name \(party)")
            }
        }
    }

    @Test(.enabled(if: enabled))
    func a3PrintsEveryColumnOfTheActionTableLegibly() throws {
        try #require(LibreOfficeTests.soffice() != nil, "soffice is not installed: run Scripts/setup")
        let out = try Self.export(paper: "a3", only: true)
        let pages = try PDFPages(out.appendingPathComponent("hallingdal-2021-2024.pdf")).pages
        #expect(!pages.isEmpty)
        for (number, page) in pages.enumerated() {
            // A3 (842 × 1191 pt), either way up.
            #expect(
                Set([Int(page.width.rounded()), Int(page.height.rounded())]) == [842, 1191],
                "side \(number + 1)")
            #expect(page.typeSize >= 8, "side \(number + 1): \(page.typeSize) pt")
        }
        // The Tiltak sheet's columns that A4 leaves out are printed.
        #expect(pages.contains { $0.text.contains("Kostnadstype") && $0.text.contains("Innsatsområde") })
    }
}
