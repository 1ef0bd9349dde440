import Foundation
import Testing
import TiltakLanguage
import TiltakModel
import XlsxWriter

@testable import TiltakPlanFiles

/// A secretariat's own workbook, as it keeps its action table: a title and a "vedteke" line above
/// the header, focus areas as section rows (merged across, or in the first cell only), themes merged
/// down over several rows, deadlines as dates and costs as numbers.
@Suite("A secretariat's own workbook")
struct SecretariatWorkbookTests {
    /// The header of the generated table.
    static let header = ["Nr.", "Tema", "Tiltak", "Ansvarleg", "Samarbeidspartar", "Frist", "Kostnad"]

    /// Writes the secretariat's workbook; `edit` may add to its action sheet. The first sheet is a
    /// hidden notes sheet, so the action sheet is the first visible one.
    static func workbook(
        name: String = "vestdalen.xlsx", sheetName: String = "Handlingsprogram",
        edit: (Worksheet, Format) throws -> Void = { _, _ in }
    ) throws -> String {
        let path = try TestFiles.scratch().appendingPathComponent(name).path
        let workbook = try Workbook(path: path)
        let notes = try workbook.addWorksheet(name: "Notat")
        try notes.writeString(row: 0, col: 0, "Tiltak;Tema")
        try notes.hide()
        let sheet = try workbook.addWorksheet(name: sheetName)
        try sheet.activate()
        var boldStyle = FormatStyle()
        boldStyle.bold = true
        let bold = try workbook.addFormat(boldStyle)
        var dateStyle = FormatStyle()
        dateStyle.numberFormat = "dd.mm.yyyy"
        let date = try workbook.addFormat(dateStyle)
        try sheet.writeString(row: 0, col: 0, "Handlingsprogram for Vestdalen 2025–2028", format: bold)
        try sheet.writeString(row: 1, col: 0, "Vedteke i regionrådet 12. mars 2025")
        for (column, caption) in header.enumerated() {
            try sheet.writeString(row: 3, col: column, caption, format: bold)
        }
        // Row 5: a section merged across the table.
        try sheet.mergeRange(
            CellRange(firstRow: 4, firstCol: 0, lastRow: 4, lastCol: header.count - 1),
            "Hovudmål 1: Berekraftig reiseliv", format: bold)
        // Rows 6–7: a theme merged down over two actions.
        try sheet.writeNumber(row: 5, col: 0, 1.1)
        try sheet.mergeRange(CellRange(firstRow: 5, firstCol: 1, lastRow: 6, lastCol: 1), "Reiseliv")
        try sheet.writeString(row: 5, col: 2, "Lag ein reiselivsstrategi for regionen")
        try sheet.writeString(row: 5, col: 3, "Regionrådet")
        try sheet.writeDate(row: 5, col: 5, DateComponents(year: 2025, month: 12, day: 31), format: date)
        try sheet.writeNumber(row: 5, col: 6, 1_200_000)
        try sheet.writeNumber(row: 6, col: 0, 1.2)
        try sheet.writeString(row: 6, col: 2, "Etabler eit vertskapsprogram")
        try sheet.writeString(row: 6, col: 5, "2026")
        try sheet.writeString(row: 6, col: 6, "150 000 kr per år")
        // Row 8: a section in the first cell only.
        try sheet.writeString(row: 7, col: 0, "Innsatsområde 2 – Kompetanse", format: bold)
        // Merged down over the blank row 10 as well, which stays blank.
        try sheet.mergeRange(CellRange(firstRow: 8, firstCol: 1, lastRow: 9, lastCol: 1), "Skule og arbeid")
        try sheet.writeString(row: 8, col: 2, "Kartlegg kompetansebehovet i næringslivet")
        // Row 10 blank; row 11 an action whose theme is left blank under the one above.
        try sheet.writeNumber(row: 10, col: 0, 2.2)
        try sheet.writeString(row: 10, col: 2, "Arranger ein karrieredag")
        try edit(sheet, bold)
        try workbook.close()
        return path
    }

    @Test func sectionRowsMergedCellsAndTitleRowsAreRead() throws {
        let plan = try PlanLoader.load(path: Self.workbook()).plan
        #expect(plan.focusAreas.map(\.code) == ["1", "2"])
        #expect(plan.focusAreas.map(\.name) == ["Berekraftig reiseliv", "Kompetanse"])
        #expect(
            plan.focusAreas.map(\.heading) == [
                "Hovudmål 1: Berekraftig reiseliv", "Innsatsområde 2 – Kompetanse",
            ])
        // IDs as written; the row without one gets the next free id of its area, numbered as its
        // code is (`2.3` after `2.2` in area `2`).
        #expect(plan.actions.map(\.id.rawValue) == ["1.1", "1.2", "2.3", "2.2"])
        #expect(plan.actions.map(\.focusArea) == ["1", "1", "2", "2"])
        // The theme merged down over rows 6 and 7 is the theme of both.
        #expect(plan.actions.map(\.theme) == ["Reiseliv", "Reiseliv", "Skule og arbeid", ""])
        #expect(plan.actions[0].text == "Lag ein reiselivsstrategi for regionen")
        // A date cell is read as the day it shows, and as a deadline.
        #expect(plan.actions[0].timeframe.text == "31.12.2025")
        #expect(plan.actions[0].timeframe.kind == .year(2025, part: .month(12)))
        #expect(plan.revision.label == "Importert frå vestdalen.xlsx")
        #expect(plan.id == "vestdalen")
    }

    @Test func fillDownFillsBlankThemesWithinASection() throws {
        let path = try Self.workbook()
        let plan = try PlanLoader.load(path: path, sheet: SheetTable.Options(fillDown: true)).plan
        #expect(plan.actions.map(\.theme) == ["Reiseliv", "Reiseliv", "Skule og arbeid", "Skule og arbeid"])
    }

    @Test func numbersAndDatesAreReadAsTheyAre() throws {
        let path = try Self.workbook()
        let read = try SheetTable.read(
            data: Data(contentsOf: URL(fileURLWithPath: path)), path: path, options: SheetTable.Options())
        #expect(read.sheet == "Handlingsprogram")
        // The header, the focus area column the sections fill added at the end.
        #expect(read.table.fields(0) == Self.header + ["Innsatsområde"])
        #expect(
            read.table.fields(1) == [
                "1.1", "Reiseliv", "Lag ein reiselivsstrategi for regionen", "Regionrådet", "", "31.12.2025",
                "1200000", "Berekraftig reiseliv",
            ])
        #expect(read.table.fields(2)[6] == "150 000 kr per år")
        // Records are numbered by their rows in the sheet.
        #expect((0..<read.table.count).map(read.table.rowNumber) == [4, 6, 7, 9, 11])
        #expect(read.sections.map(\.code) == ["1", "2"])
    }

    @Test func aNamedSheetIsReadAndAMissingOneNamed() throws {
        let path = try Self.workbook()
        let plan = try PlanLoader.load(path: path, sheet: SheetTable.Options(sheet: "handlingsprogram")).plan
        #expect(plan.actions.count == 4)
        let error = #expect(throws: PlanFileError.self) {
            try PlanLoader.load(path: path, sheet: SheetTable.Options(sheet: "Tiltak 2025"))
        }
        let text = error?.text(.nynorsk) ?? ""
        #expect(text.contains("Arbeidsboka har ikkje arket «Tiltak 2025»"))
        #expect(text.contains("«Notat», «Handlingsprogram»"))
    }

    @Test func aSheetWithoutAHeaderRowIsNamed() throws {
        let path = try TestFiles.scratch().appendingPathComponent("tom.xlsx").path
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(name: "Ark1")
        try sheet.writeString(row: 0, col: 0, "Handlingsprogram")
        try sheet.writeString(row: 2, col: 0, "Kva")
        try sheet.writeString(row: 2, col: 1, "Kven")
        try workbook.close()
        let error = #expect(throws: PlanFileError.self) { try PlanLoader.load(path: path) }
        let text = error?.text(.nynorsk) ?? ""
        #expect(text.hasPrefix("\(path), ark «Ark1», rad 1: Fann inga overskriftsrad"))
        #expect(text.contains("fyrste rader: Handlingsprogram | Kva; Kven"))
    }

    @Test func aRowWithoutTextIsNamedBySheetAndRow() throws {
        let path = try Self.workbook { sheet, _ in
            try sheet.writeNumber(row: 12, col: 0, 2.3)
            try sheet.writeString(row: 12, col: 1, "Skule og arbeid")
        }
        let error = #expect(throws: PlanFileError.self) { try PlanLoader.load(path: path) }
        #expect(
            error?.text(.nynorsk)
                == "\(path), ark «Handlingsprogram», rad 13: Tiltak: Rad 13 har ingen tiltakstekst.")
    }

    @Test func anErrorCellIsNamedBySheetRowAndColumn() throws {
        let written = try Self.workbook { sheet, _ in
            try sheet.writeFormula(row: 6, col: 6, "=NA()", cachedString: "#N/A")
        }
        let path = try Self.replacing(#"t="str""#, with: #"t="e""#, inSheet: 2, of: written)
        let error = #expect(throws: PlanFileError.self) { try PlanLoader.load(path: path) }
        #expect(
            error?.text(.nynorsk)
                == "\(path), ark «Handlingsprogram», rad 7, kolonne G: Cella G7 har feilverdien #N/A.")
        #expect(
            error?.text(.english)
                == "\(path), sheet “Handlingsprogram”, row 7, column G: Cell G7 holds the error value #N/A.")
    }

    @Test func sectionHeadingsGiveCodeAndName() {
        let cases: [(String, String?, String)] = [
            ("Hovudmål 1: Berekraftig reiseliv", "1", "Berekraftig reiseliv"),
            ("Innsatsområde 2 – Kompetanse", "2", "Kompetanse"),
            ("Satsingsområde 3. Natur og kultur", "3", "Natur og kultur"),
            ("Hovedmål 4 Næring", "4", "Næring"),
            ("Focus area A) Tourism", "A", "Tourism"),
            ("2.3 - Delmål om vegar", "2.3", "Delmål om vegar"),
            ("1:Klima", "1", "Klima"),
            ("Klima og miljø", nil, "Klima og miljø"),
            ("Område 5", nil, "Område 5"),
            ("Plan for 2025", nil, "Plan for 2025"),
        ]
        for (text, code, name) in cases {
            let heading = SectionHeading(text)
            #expect(heading.code == code, "\(text)")
            #expect(heading.name == name, "\(text)")
        }
    }

    /// A copy of the workbook at `path` with `old` replaced by `new` in its sheet `number`.
    static func replacing(_ old: String, with new: String, inSheet number: Int, of path: String) throws
        -> String
    {
        let folder = try TestFiles.scratch()
        try run("/usr/bin/unzip", ["-q", path, "-d", folder.path])
        let part = folder.appendingPathComponent("xl/worksheets/sheet\(number).xml")
        let xml = try String(contentsOf: part, encoding: .utf8)
        try xml.replacingOccurrences(of: old, with: new).write(to: part, atomically: true, encoding: .utf8)
        let copy = try TestFiles.scratch().appendingPathComponent(
            URL(fileURLWithPath: path).lastPathComponent)
        try run("/usr/bin/zip", ["-q", "-r", copy.path, "."], in: folder)
        return copy.path
    }

    static func run(_ tool: String, _ arguments: [String], in folder: URL? = nil) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
