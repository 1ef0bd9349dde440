import Foundation
import TiltakLanguage
import TiltakModel
import XLSXReader

/// A secretariat's own workbook read as a table: one sheet, its header row found under title rows,
/// section rows taken as focus areas, merged cells filled; the result is read as a CSV table is.
///
/// - The sheet is `--sheet NAME`, or else the workbook's first visible worksheet.
/// - The header row is the first of the top ``headerSearchRows`` rows in which a cell names the
///   action text column and another cell names another column; rows above it (titles, a
///   "vedteke" line, blank rows) are skipped. The header's first and last cells with text bound
///   the table's columns.
/// - A row below the header with text in its first cell only, or in one cell merged across two
///   columns or more, is a section row: its heading (``SectionHeading``) names the focus area of
///   the rows below it, for rows whose focus area cell is blank or when the table has no focus
///   area column.
/// - A cell merged down over several rows gives its text to each of them; with ``Options/fillDown``
///   a blank focus area or theme cell takes the text of the row above (within a section).
/// - Text cells are read as written, numbers as typed (`1200000`, `2.5`), dates as `31.12.2025`;
///   a cell holding an error value (`#N/A`) or a formula without a saved value is a problem
///   naming the sheet, row and column, and nothing is read.
public enum SheetTable {
    /// Which sheet to read, and how.
    public struct Options: Sendable, Hashable {
        /// The sheet's name; nil for the first visible worksheet.
        public var sheet: String?
        /// Whether blank focus area and theme cells take the text of the row above.
        public var fillDown: Bool

        /// Creates options.
        public init(sheet: String? = nil, fillDown: Bool = false) {
            self.sheet = sheet
            self.fillDown = fillDown
        }
    }

    /// How many rows from the top the header row is looked for in.
    static let headerSearchRows = 30

    /// A sheet read as a table.
    struct Read {
        /// The header (record 0) and the data rows, numbered by their rows in the sheet.
        var table: FieldTable
        /// The focus areas the section rows named, in order.
        var sections: [FocusArea]
        /// The sheet's name.
        var sheet: String
    }

    /// Reads the sheet `options` names of the workbook in `data` (from `path`).
    static func read(data: Data, path: String, options: Options) throws(PlanFileError) -> Read {
        let document: XLSXDocument
        let sheet: XLSXSheet
        do {
            document = try XLSXDocument(data: data, fileName: URL(fileURLWithPath: path).lastPathComponent)
            let name: String
            if let wanted = options.sheet {
                guard
                    let info = document.sheetInfo(named: wanted)
                        ?? document.sheets.first(where: { NameKey.make($0.name) == NameKey.make(wanted) })
                else {
                    throw PlanFileError.invalid([
                        FileProblem(file: path, message: .sheetNotFound(wanted, found: document.sheetNames))
                    ])
                }
                name = info.name
            } else {
                guard let info = document.sheets.first(where: { !$0.isHidden && $0.isWorksheet }) else {
                    throw PlanFileError.invalid([FileProblem(file: path, message: .noVisibleSheet)])
                }
                name = info.name
            }
            sheet = try document.sheet(named: name)
        } catch let error as PlanFileError {
            throw error
        } catch {
            throw .invalid([unreadable(error, path: path)])
        }
        return try read(sheet, of: document, path: path, fillDown: options.fillDown)
    }

    /// The problem for a workbook the reader cannot open.
    static func unreadable(_ error: Error, path: String) -> FileProblem {
        guard let error = error as? XLSXReaderError else {
            return FileProblem(file: path, message: Message(ReturnMessage.notAWorkbook(reason: "\(error)")))
        }
        return FileProblem(
            file: path, message: Message { ReturnMessage.notAWorkbook(reason: error.reason($0)).text($0) })
    }

    /// A cell's value as text, or the problem it is.
    private enum CellValue {
        case text(String)
        case problem(PlanFileMessage)
    }

    /// The text of `cell` as the table reads it.
    private static func value(of cell: XLSXCell, in document: XLSXDocument) -> CellValue {
        let address = cell.reference.a1
        switch cell.kind {
        case .string, .boolean: return .text(cell.string)
        case .number, .date:
            if let date = document.date(of: cell) { return .text(dayText(date)) }
            return .text(cell.string)
        case .error: return .problem(.errorCell(cell: address, value: cell.string))
        case .blank: return cell.isFormula ? .problem(.formulaWithoutValue(cell: address)) : .text("")
        }
    }

    /// A date as `31.12.2025` (Excel dates have no zone: UTC).
    private static func dayText(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        func two(_ n: Int?) -> String { (n ?? 0) < 10 ? "0\(n ?? 0)" : "\(n ?? 0)" }
        return "\(two(parts.day)).\(two(parts.month)).\(parts.year ?? 0)"
    }

    /// Reads `sheet` as a table.
    static func read(_ sheet: XLSXSheet, of document: XLSXDocument, path: String, fillDown: Bool)
        throws(PlanFileError) -> Read
    {
        func problem(
            _ row: Int, _ column: Int? = nil, _ message: PlanFileMessage, hint: PlanFileMessage? = nil
        )
            -> FileProblem
        {
            var problem = FileProblem(file: path, line: row, column: column, message: message, hint: hint)
            problem.sheet = sheet.name
            return problem
        }
        // The texts of the cells the file holds, by row and column; cells that cannot be read are
        // problems if they turn out to lie in the table.
        var texts: [Int: [Int: String]] = [:]
        var unreadable: [CellAddress: PlanFileMessage] = [:]
        for (address, cell) in sheet.cells {
            switch value(of: cell, in: document) {
            case .text(let text):
                let trimmed = text.trimmingWhitespace
                if !trimmed.isEmpty { texts[address.row, default: [:]][address.column] = trimmed }
            case .problem(let message): unreadable[address] = message
            }
        }
        // Cells merged down give their text to the rows below, down to the last row with text (a
        // range merged to the sheet's end adds no rows); cells merged across are remembered.
        // The rows with text of their own, in order: a row that only a merged cell reaches is blank.
        let rows = texts.keys.sorted()
        let lastRow = rows.last ?? 0
        var mergedAcross: Set<CellAddress> = []
        for range in sheet.mergeRanges {
            if range.columnCount > 1 { mergedAcross.insert(range.start) }
            let end = min(range.end.row, lastRow)
            guard range.rowCount > 1, end > range.start.row,
                let top = texts[range.start.row]?[range.start.column]
            else { continue }
            for row in (range.start.row + 1)...end where texts[row]?[range.start.column] == nil {
                texts[row, default: [:]][range.start.column] = top
            }
        }
        // The header row.
        var headerRow: Int?
        for row in rows.prefix(while: { $0 <= headerSearchRows }) {
            let found = (texts[row] ?? [:]).values.compactMap(TableImporter.column(named:))
            if found.contains(.text), Set(found).count >= 2 {
                headerRow = row
                break
            }
        }
        guard let headerRow, let headerCells = texts[headerRow], let first = headerCells.keys.min(),
            let last = headerCells.keys.max()
        else {
            let seen = rows.prefix(3).map { row in
                (texts[row] ?? [:]).sorted { $0.key < $1.key }.map(\.value).joined(separator: "; ")
            }
            throw .invalid([
                problem(
                    1, nil, .noHeaderRow(rows: headerSearchRows),
                    hint: .headerRowHint(found: seen.joined(separator: " | ")))
            ])
        }
        let columns = Array(first...last)
        var header = columns.map { headerCells[$0] ?? "" }
        let kinds = header.map(TableImporter.column(named:))
        let areaColumn = kinds.firstIndex(of: .focusArea)
        let themeColumn = kinds.firstIndex(of: .theme)
        let textColumn = kinds.firstIndex(of: .text)

        var problems: [FileProblem] = []
        for (address, message) in unreadable.sorted(by: { $0.key < $1.key })
        where address.row > headerRow && columns.contains(address.column) {
            problems.append(problem(address.row, address.column, message))
        }
        if !problems.isEmpty { throw .invalid(problems) }

        var sections: [FocusArea] = []
        var section: String?
        var records: [[String]] = []
        var numbers: [Int] = [headerRow]
        var previous: [String]?
        for row in rows where row > headerRow {
            var cells = columns.map { texts[row]?[$0] ?? "" }
            let filled = cells.indices.filter { !cells[$0].isEmpty }
            if filled.isEmpty { continue }
            if filled.count == 1 {
                let index = filled[0]
                let across = mergedAcross.contains(CellAddress(row: row, column: columns[index]))
                if across || (index == 0 && textColumn != 0) {
                    let heading = SectionHeading(cells[index])
                    sections.append(heading.area)
                    section = heading.name
                    previous = nil
                    continue
                }
            }
            if fillDown, let previous {
                for column in [areaColumn, themeColumn].compactMap({ $0 }) where cells[column].isEmpty {
                    cells[column] = previous[column]
                }
            }
            if let section, let areaColumn, cells[areaColumn].isEmpty { cells[areaColumn] = section }
            previous = cells
            if areaColumn == nil { cells.append(section ?? "") }
            records.append(cells)
            numbers.append(row)
        }
        if areaColumn == nil, !sections.isEmpty { header.append(ActionField.focusArea.rawValue) }
        let width = header.count
        let lines = ([header] + records.map { Array($0.prefix(width)) }).map { record in
            record.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(
                separator: ";")
        }
        let table: FieldTable
        do {
            table = try DelimitedText.fields(lines.joined(separator: "\n"), delimiter: UInt8(ascii: ";"))
        } catch {
            // Every field is quoted with its quotes doubled: no quote is left open.
            throw .invalid([problem(error.line, nil, .unclosedQuote)])
        }
        return Read(table: table.numbered(numbers), sections: sections, sheet: sheet.name)
    }
}
