import Foundation
import TiltakLanguage
import TiltakLayout
import TiltakModel
import TiltakPlanFiles
import TiltakRuntime
import XLSXReader

/// Reads the status a secretariat typed into a council workbook's `Tiltak` sheet during the
/// meeting: the `ID`, `Status` and `Kommentar` columns (captions in any language), and the revision
/// date its `Oversikt` sheet names. `tiltak collect` files the rows as the secretariat's reports.
public enum CouncilWorkbookReturn {
    /// A council workbook read: its rows (as a table's: no protected cells), the revision it was
    /// made for and its language.
    public struct Read: Sendable {
        /// The rows with an id, status and comment.
        public var file: ReturnedFile
        /// The revision date the `Oversikt` sheet names (`ÅÅÅÅ-MM-DD`), empty when it names none.
        public var revisionDate: String
        /// The language of the workbook's sheet names.
        public var language: Language
    }

    /// Whether the workbook at `path` is a council workbook: it has a `Tiltak` sheet and no task
    /// sheet nor attribution sheet of a task workbook, in any language.
    public static func isCouncilWorkbook(_ path: String) -> Bool {
        guard let document = try? XLSXDocument(url: URL(fileURLWithPath: path)) else { return false }
        return language(of: document) != nil
    }

    /// The language of a council workbook's `Tiltak` sheet, or `nil` when `document` is none.
    static func language(of document: XLSXDocument) -> Language? {
        let names = Set(document.sheetNames)
        let taskSheets = Language.allCases.flatMap {
            [Words($0).sheetName(TaskWorkbookLayout.sheet), Words($0).sheetName(AttributionLayout.sheet)]
        }
        guard !taskSheets.contains(where: names.contains) else { return nil }
        return Language.allCases.first { names.contains(Words($0).sheetName(ActionTableLayout.sheet)) }
    }

    /// Reads the council workbook at `path`.
    public static func read(path: String) throws(PlanFileError) -> Read {
        let data = try SourceFile.bytes(of: path)
        let document: XLSXDocument
        do {
            document = try XLSXDocument(data: data, fileName: URL(fileURLWithPath: path).lastPathComponent)
        } catch {
            throw .invalid([WorkbookReadFailure.problem(error, path: path)])
        }
        guard let language = language(of: document) else {
            throw .invalid([
                FileProblem(
                    file: path, field: WorkbookImporter.sheetName,
                    message: Message(
                        ReturnMessage.sheetMissing(
                            sheet: WorkbookImporter.sheetName, found: document.sheetNames)),
                    hint: Message(ReturnMessage.councilWorkbookHint))
            ])
        }
        let words = Words(language)
        let sheetName = words.sheetName(ActionTableLayout.sheet)
        let sheet: XLSXSheet
        var revisionDate = ""
        do {
            sheet = try document.sheet(named: sheetName)
            let overview = words.sheetName(OverviewLayout.sheet)
            if document.sheetInfo(named: overview) != nil {
                revisionDate = Self.revisionDate(try document.sheet(named: overview))
            }
        } catch {
            throw .invalid([WorkbookReadFailure.problem(error, path: path)])
        }
        var columns: [ActionTableLayout.Column: Int] = [:]
        for number in 1...max(sheet.maxColumn, 1) {
            let caption = (sheet.cell(row: 1, column: number)?.string ?? "").trimmingWhitespace
            for column in [ActionTableLayout.Column.id, .status, .comment] where columns[column] == nil {
                if Language.allCases.contains(where: { Words($0).caption(column.key) == caption }) {
                    columns[column] = number
                }
            }
        }
        guard let idColumn = columns[.id], let statusColumn = columns[.status] else {
            let missing = [ActionTableLayout.Column.id, .status].filter { columns[$0] == nil }.map {
                words.caption($0.key)
            }
            throw .invalid([
                FileProblem(
                    file: path, line: 1, field: sheetName,
                    message: Message(ReturnMessage.sheetMissingColumns(sheet: sheetName, columns: missing)))
            ])
        }
        var rows: [ReturnedFile.Row] = []
        for number in sheet.rowsWithText(from: 2, inColumns: [idColumn, statusColumn]) {
            let id = (sheet.cell(row: number, column: idColumn)?.string ?? "").trimmingWhitespace
            let status = (sheet.cell(row: number, column: statusColumn)?.string ?? "").trimmingWhitespace
            let comment = columns[.comment].flatMap { sheet.cell(row: number, column: $0)?.string } ?? ""
            rows.append(ReturnedFile.Row(number: number, id: id, status: status, comment: comment))
        }
        return Read(
            file: ReturnedFile(
                path: path, isWorkbook: false, attribution: nil, rows: rows, language: language),
            revisionDate: revisionDate, language: language)
    }

    /// The revision date the `Oversikt` sheet names, by its label in any language.
    static func revisionDate(_ overview: XLSXSheet) -> String {
        let labels = Set(Language.allCases.map { Words($0).label(.revisionDate) })
        let label = OverviewLayout.labelColumn + 1
        for row in overview.rowsWithText(from: 1, inColumns: [label]) {
            if labels.contains(overview.cell(row: row, column: label)?.string ?? "") {
                return (overview.cell(row: row, column: OverviewLayout.valueColumn + 1)?.string ?? "")
                    .trimmingWhitespace
            }
        }
        return ""
    }
}
