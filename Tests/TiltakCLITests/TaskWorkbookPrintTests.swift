import Foundation
import Testing
import XLSXReader

/// Every task workbook of the Hallingdal export, printed to PDF by LibreOffice, is legible on A4
/// (type of 9 pt or more on every page, measured as `pdf-type-size` does) and names its party on
/// its first page. Needs `soffice` and `pdftotext` (Scripts/setup); TILTAK_SKIP_LIBREOFFICE=1 skips.
@Suite(
    "Task workbooks on paper",
    .enabled(if: ProcessInfo.processInfo.environment["TILTAK_SKIP_LIBREOFFICE"] != "1"))
struct TaskWorkbookPrintTests {
    /// The type size of each page of `pdf`: the median height of its words' boxes
    /// (`pdftotext -bbox`) divided by 1.23, the box-to-type ratio of LibreOffice's fonts.
    static func typeSizes(_ pdf: URL) throws -> [Double] {
        let html = try run("pdftotext", ["-bbox", pdf.path, "-"])
        let pattern = try NSRegularExpression(pattern: #"yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)""#)
        return html.components(separatedBy: "<page ").dropFirst().map { page in
            let range = NSRange(page.startIndex..., in: page)
            let heights = pattern.matches(in: page, range: range).compactMap { match -> Double? in
                guard let low = Range(match.range(at: 1), in: page),
                    let high = Range(match.range(at: 2), in: page),
                    let top = Double(page[low]), let bottom = Double(page[high])
                else { return nil }
                return bottom - top
            }.sorted()
            guard !heights.isEmpty else { return 0 }
            let middle = heights.count / 2
            let median =
                heights.count % 2 == 1 ? heights[middle] : (heights[middle - 1] + heights[middle]) / 2
            return median / 1.23
        }
    }

    /// The standard output of `program` (found on PATH) run with `arguments`.
    static func run(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "\(program) failed")
        return String(decoding: data, as: UTF8.self)
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

    @Test func everyPageOfEveryTaskWorkbookIsLegibleAndTheFirstNamesTheParty() throws {
        guard let soffice = LibreOfficeTests.soffice() else {
            Issue.record("soffice is not installed: run Scripts/setup, or set TILTAK_SKIP_LIBREOFFICE=1")
            return
        }
        let dir = try TiltakRunner.scratch()
        let export = dir.appendingPathComponent("ut")
        let result = try TiltakRunner.run(["export", "--out", export.path, "--quiet"])
        try #require(result.status == 0, "\(result.stderr)")
        var books: [URL] = []
        for folder in ["kommunar", "partar"] {
            let url = export.appendingPathComponent(folder)
            books += try FileManager.default.contentsOfDirectory(atPath: url.path).filter {
                $0.hasSuffix(".xlsx")
            }
            .sorted().map { url.appendingPathComponent($0) }
        }
        #expect(books.count == 23)
        let pdfs = dir.appendingPathComponent("pdf")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments =
            [
                "-env:UserInstallation=file://\(dir.appendingPathComponent("lo-profil").path)", "--headless",
                "--convert-to", "pdf", "--outdir", pdfs.path,
            ] + books.map(\.path)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        for book in books {
            let name = book.deletingPathExtension().lastPathComponent
            let pdf = pdfs.appendingPathComponent(name + ".pdf")
            let sizes = try Self.typeSizes(pdf)
            #expect(!sizes.isEmpty, "\(name): no pages")
            for (index, size) in sizes.enumerated() {
                #expect(size >= 9, "\(name), page \(index + 1): \(size) pt")
            }
            let party = try Self.party(of: book)
            #expect(!party.isEmpty, "\(name): no party on the Om sheet")
            let first = try Self.run("pdftotext", ["-f", "1", "-l", "1", "-layout", pdf.path, "-"])
            // The title block's line names the party (`Oppgåver for Gol`), not just the page header.
            #expect(first.contains("Oppgåver for \(party)"), "\(name): page 1 does not name \(party)")
        }
    }
}
