import Foundation
import Testing
import TiltakLanguage
import TiltakLayout
import TiltakModel
import XLSXReader

@testable import TiltakWorkbook

/// The Hallingdal council workbook and Ål's task workbook written in each language, compared with
/// committed references of what a reader meets first: each sheet's name and whether it is hidden,
/// its first row (the captions), the labels of its first column on the sheets of labelled facts,
/// the status list, the dropdown's prompts, the print footer and the document properties.
///
/// Set `TILTAK_RECORD_GOLDEN=1` to re-record them (`Golden/words-<code>.txt`); a missing reference
/// fails the test.
@Suite struct LanguageGoldenTests {
    @Test(arguments: Language.allCases)
    func sheetNamesAndCaptionsMatchGolden(language: Language) throws {
        let plan = try hallingdal()
        let directory = try TemporaryDirectory()
        let source = WorkbookSource(path: fixtureSource.path, sha256: fixtureSource.sha256)
        let council = directory.path("council.xlsx")
        try CouncilWorkbook.write(plan, source: source, to: council, language: language)
        let municipality = try #require(plan.registry.party(code: "AAL"))
        let tasks = directory.path("tasks.xlsx")
        try MunicipalityWorkbook.write(
            plan, municipality: municipality, source: source, to: tasks, language: language)
        let text =
            try Self.summary(of: open(council), labelled: [.overview, .statusList]) + "\n"
            + Self.summary(of: open(tasks), labelled: [.attribution, .statusList])
        let url = goldenRoot.appendingPathComponent("words-\(language.rawValue).txt")
        if ProcessInfo.processInfo.environment["TILTAK_RECORD_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("Recorded \(url.lastPathComponent); read it, commit it, run again.")
            return
        }
        let expected = try #require(
            try? String(contentsOf: url, encoding: .utf8), "missing golden \(url.path); record it")
        let got = text.split(separator: "\n", omittingEmptySubsequences: false)
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        #expect(
            text == expected,
            "\(url.lastPathComponent) differs at line \((line ?? min(got.count, want.count)) + 1)")
    }

    /// The words of `document`, sheet by sheet; the first column's labels of the sheets in `labelled`.
    static func summary(of document: XLSXDocument, labelled: [SheetKey]) throws -> String {
        var lines: [String] = []
        let core = try document.partText("docProps/core.xml")
        for element in ["dc:title", "dc:subject", "cp:keywords", "dc:description"] {
            if let start = core.range(of: "<\(element)>"), let end = core.range(of: "</\(element)>") {
                lines.append("\(element): \(core[start.upperBound..<end.lowerBound])")
            }
        }
        let labelledNames = Set(Language.allCases.flatMap { language in labelled.map { $0.text(language) } })
        let taskSheetNames = Set(Language.allCases.map { TaskWorkbookLayout.sheet.text($0) })
        for name in document.sheetNames {
            let sheet = try document.sheet(named: name)
            lines.append("")
            lines.append("[\(name)]" + (document.isHidden(sheet: name) ? " (hidden)" : ""))
            if labelledNames.contains(name) {
                let labels = (1...max(sheet.maxRow, 1)).compactMap { sheet.cell(row: $0, column: 1)?.string }
                lines.append("labels: " + labels.filter { !$0.isEmpty }.joined(separator: " | "))
            } else if taskSheetNames.contains(name) {
                // The title block's lines, then the header below it.
                for number in 1...TaskWorkbookLayout.headerRow {
                    lines.append("row \(number): " + (sheet.cell(row: number, column: 1)?.string ?? ""))
                }
                let header = TaskWorkbookLayout.headerRow + 1
                let row = (1...max(sheet.maxColumn, 1)).map {
                    sheet.cell(row: header, column: $0)?.string ?? ""
                }
                lines.append("row \(header): " + row.joined(separator: " | "))
            } else {
                let row = (1...max(sheet.maxColumn, 1)).map { sheet.cell(row: 1, column: $0)?.string ?? "" }
                lines.append("row 1: " + row.joined(separator: " | "))
            }
            for validation in sheet.dataValidations {
                let keys = ["promptTitle", "prompt", "errorTitle", "error"]
                lines.append(
                    "dropdown: "
                        + keys.compactMap { key in validation.attributes[key].map { "\(key)=\($0)" } }
                        .joined(separator: "; "))
            }
            let xml = try document.partText(sheet.partPath)
            if let start = xml.range(of: "<oddFooter>"), let end = xml.range(of: "</oddFooter>") {
                lines.append("footer: \(xml[start.upperBound..<end.lowerBound])")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
