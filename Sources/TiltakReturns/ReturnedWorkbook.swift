import Foundation
import TiltakLanguage
import TiltakLayout
import TiltakModel
import TiltakPlanFiles
import TiltakRuntime
import XLSXReader

/// A file a party sent back: rows of id, status and comment, and for a task workbook the cells it
/// was given and where it says it belongs.
public struct ReturnedFile: Sendable {
    /// What a task workbook's hidden `Om` sheet says it was made for: a municipality's
    /// (`Kommunekode`) or another party's (`Partskode`); both are read into the municipality fields.
    public struct Attribution: Sendable, Hashable {
        public var planID: String
        public var revisionDate: String
        public var municipalityCode: String
        public var municipalityName: String

        public init(planID: String, revisionDate: String, municipalityCode: String, municipalityName: String)
        {
            self.planID = planID
            self.revisionDate = revisionDate
            self.municipalityCode = municipalityCode
            self.municipalityName = municipalityName
        }
    }

    /// One data row.
    public struct Row: Sendable, Hashable {
        /// The row number in the sheet or table (the header is row 1).
        public var number: Int
        public var id: String
        public var status: String
        public var comment: String
        /// The protected cells of a task workbook's row, by column (those the returned sheet has).
        public var protectedCells: [TaskWorkbookLayout.Column: String]

        public init(
            number: Int, id: String, status: String, comment: String,
            protectedCells: [TaskWorkbookLayout.Column: String] = [:]
        ) {
            self.number = number
            self.id = id
            self.status = status
            self.comment = comment
            self.protectedCells = protectedCells
        }
    }

    /// The path as the user gave it.
    public var path: String
    /// Whether it is a task workbook (else a CSV table).
    public var isWorkbook: Bool
    /// For a task workbook: its `Om` sheet.
    public var attribution: Attribution?
    /// Data rows, blank rows left out.
    public var rows: [Row]
    /// For a task workbook: the language it was written in, which its protected cells are in.
    public var language: Language?

    public init(
        path: String, isWorkbook: Bool, attribution: Attribution?, rows: [Row], language: Language? = nil
    ) {
        self.path = path
        self.isWorkbook = isWorkbook
        self.attribution = attribution
        self.rows = rows
        self.language = language
    }

    /// The file name, used as the reports' source.
    public var fileName: String { URL(fileURLWithPath: path).lastPathComponent }
}

/// Reads a returned task workbook (`kommunar/<Kommune>.xlsx` or `partar/<Part>.xlsx` as `tiltak export` wrote it, after
/// Excel, LibreOffice or another program saved it again: shared or inline strings alike), in any of
/// the languages Tiltak writes (`Oppgåver`, `Oppgaver`, `Tasks`).
public enum ReturnedWorkbook {
    /// The words messages name the sheets in.
    static let words = Words.nynorsk
    /// The task sheet's name.
    public static var taskSheet: String { words.sheetName(TaskWorkbookLayout.sheet) }
    /// The hidden attribution sheet's name.
    public static var attributionSheet: String { words.sheetName(AttributionLayout.sheet) }

    /// The language a workbook with these sheets was written in: the first whose task sheet it has,
    /// else the first whose attribution sheet it has; `nil` when it has neither.
    static func language(sheets: [String]) -> Language? {
        let names = Set(sheets)
        return Language.allCases.first { names.contains(Words($0).sheetName(TaskWorkbookLayout.sheet)) }
            ?? Language.allCases.first { names.contains(Words($0).sheetName(AttributionLayout.sheet)) }
    }

    /// Whether `path` names a workbook rather than a table.
    public static func isWorkbook(_ path: String) -> Bool {
        ["xlsx", "xlsm"].contains(URL(fileURLWithPath: path).pathExtension.lowercased())
    }

    /// Reads the workbook at `path`.
    public static func read(path: String) throws(PlanFileError) -> ReturnedFile {
        let data = try SourceFile.bytes(of: path)
        let document: XLSXDocument
        let sheet: XLSXSheet
        do {
            document = try XLSXDocument(data: data, fileName: URL(fileURLWithPath: path).lastPathComponent)
        } catch {
            throw .invalid([WorkbookReadFailure.problem(error, path: path)])
        }
        guard let language = language(sheets: document.sheetNames),
            document.sheetInfo(named: Words(language).sheetName(AttributionLayout.sheet)) != nil
        else {
            throw .invalid([
                FileProblem(
                    file: path, field: attributionSheet,
                    message: Message(ReturnMessage.notATaskWorkbook(sheet: attributionSheet)),
                    hint: Message(ReturnMessage.sendTaskWorkbookHint))
            ])
        }
        let words = Words(language)
        let taskSheet = words.sheetName(TaskWorkbookLayout.sheet)
        let about: XLSXSheet
        do {
            about = try document.sheet(named: words.sheetName(AttributionLayout.sheet))
            sheet = try document.sheet(named: taskSheet)
        } catch {
            throw .invalid([WorkbookReadFailure.problem(error, path: path)])
        }
        let facts = attributionFacts(about)
        let attribution = ReturnedFile.Attribution(
            planID: facts[.planID] ?? "", revisionDate: facts[.revisionDate] ?? "",
            municipalityCode: facts[.municipalityCode] ?? facts[.partyCode] ?? "",
            municipalityName: facts[.municipality] ?? facts[.party] ?? "")

        let header = headerRow(sheet)
        let columns = taskColumns(sheet, headerRow: header)
        let missing = TaskWorkbookLayout.requiredColumns.filter { columns[$0] == nil }.map {
            words.caption($0.key)
        }
        if !missing.isEmpty {
            throw .invalid([
                FileProblem(
                    file: path, line: header, field: taskSheet,
                    message: Message(ReturnMessage.sheetMissingColumns(sheet: taskSheet, columns: missing)))
            ])
        }
        func text(_ row: Int, _ column: TaskWorkbookLayout.Column) -> String {
            guard let number = columns[column] else { return "" }
            return sheet.cell(row: row, column: number)?.string ?? ""
        }
        let formulas = formulaProblems(sheet, columns: columns, headerRow: header, path: path, words: words)
        if !formulas.isEmpty { throw .invalid(formulas) }
        // The rows with something in them, found from the cells the file holds (walking every row
        // and column up to a cell in XFD1048576 would take hours).
        var filledRows = Set<Int>()
        for (address, cell) in sheet.cells
        where address.row > header && !cell.string.trimmingWhitespace.isEmpty {
            filledRows.insert(address.row)
        }
        var rows: [ReturnedFile.Row] = []
        for number in filledRows.sorted() {
            var protected: [TaskWorkbookLayout.Column: String] = [:]
            for column in TaskWorkbookLayout.protectedColumns where columns[column] != nil {
                protected[column] = text(number, column)
            }
            rows.append(
                ReturnedFile.Row(
                    number: number, id: text(number, .id).trimmingWhitespace,
                    status: text(number, .status).trimmingWhitespace, comment: text(number, .comment),
                    protectedCells: protected))
        }
        return ReturnedFile(
            path: path, isWorkbook: true, attribution: attribution, rows: rows, language: language)
    }

    /// The columns whose values are read: a formula there would be taken at the value the program
    /// that saved the file last computed, which may not be what the municipality sees.
    static let readColumns: [TaskWorkbookLayout.Column] = [.id, .status, .comment]

    /// A problem for each formula cell below the header (`headerRow`, one-based) in the columns
    /// read, naming the cell and its column by `words`.
    static func formulaProblems(
        _ sheet: XLSXSheet, columns: [TaskWorkbookLayout.Column: Int], headerRow: Int = 1, path: String,
        words: Words
    ) -> [FileProblem] {
        let taskSheet = words.sheetName(TaskWorkbookLayout.sheet)
        var problems: [FileProblem] = []
        for column in readColumns {
            guard let number = columns[column] else { continue }
            let cells = sheet.cells.values.filter {
                $0.reference.column == number && $0.reference.row > headerRow
            }
            for cell in cells.sorted(by: { $0.reference.row < $1.reference.row }) where cell.isFormula {
                problems.append(
                    FileProblem(
                        file: path, field: "\(taskSheet)!\(cell.reference)",
                        message: Message(ReturnMessage.formulaInCell(column: words.caption(column.key))),
                        hint: Message(ReturnMessage.typeValueHint)))
            }
        }
        return problems
    }

    /// The facts of the hidden attribution sheet, found by their labels in any of the languages (the
    /// last row of a label counts), values trimmed; rows with another label are left out.
    static func attributionFacts(_ about: XLSXSheet) -> [FactKey: String] {
        let keys = Dictionary(
            Language.allCases.flatMap { language in
                (AttributionLayout.facts + AttributionLayout.partyFacts).map {
                    (Words(language).label($0), $0)
                }
            }, uniquingKeysWith: { first, _ in first })
        var facts: [FactKey: String] = [:]
        for row in about.rowsWithText(from: 1, inColumns: [AttributionLayout.labelColumn + 1]) {
            let label = about.cell(row: row, column: AttributionLayout.labelColumn + 1)?.string ?? ""
            if let key = keys[label] {
                facts[key] =
                    (about.cell(row: row, column: AttributionLayout.valueColumn + 1)?.string ?? "")
                    .trimmingWhitespace
            }
        }
        return facts
    }

    /// The task sheet's header row (one-based): the first of
    /// ``TaskWorkbookLayout/headerRowCandidates`` that holds the caption of every required column
    /// (in any of the languages), so that workbooks with the title block and those exported before
    /// it (header in the first row) are both read. When none holds them all, the first that holds
    /// the most, so that a message names the row the header was meant to be in.
    static func headerRow(_ sheet: XLSXSheet) -> Int {
        var best = (row: TaskWorkbookLayout.headerRow + 1, found: -1)
        for row in TaskWorkbookLayout.headerRowCandidates.map({ $0 + 1 }) {
            let columns = taskColumns(sheet, headerRow: row)
            let found = TaskWorkbookLayout.requiredColumns.filter { columns[$0] != nil }.count
            if found == TaskWorkbookLayout.requiredColumns.count { return row }
            if found > best.found { best = (row, found) }
        }
        return best.row
    }

    /// The task sheet's columns found in its header row (`headerRow`, one-based), each at its
    /// first caption in any of the languages.
    static func taskColumns(_ sheet: XLSXSheet, headerRow: Int = 1) -> [TaskWorkbookLayout.Column: Int] {
        let byCaption = Dictionary(
            Language.allCases.flatMap { language in
                TaskWorkbookLayout.Column.allCases.map { (Words(language).caption($0.key), $0) }
            }, uniquingKeysWith: { first, _ in first })
        var columns: [TaskWorkbookLayout.Column: Int] = [:]
        for number in 1...max(sheet.maxColumn, 1) {
            let caption = (sheet.cell(row: headerRow, column: number)?.string ?? "").trimmingWhitespace
            if let column = byCaption[caption], columns[column] == nil { columns[column] = number }
        }
        return columns
    }
}
