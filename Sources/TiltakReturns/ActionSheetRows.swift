import Foundation
import TiltakLayout
import TiltakModel
import TiltakPlanFiles
import XLSXReader

/// The rows of a council workbook's `Tiltak` sheet as the importer takes them: the trimmed texts of
/// the imported columns, found by their captions in row 1, for each row from 2 on with text in one
/// of them; and how many of those rows have something in Status or Kommentar.
///
/// The sheet is read row by row (``XLSXDocument/forEachRow(inSheetNamed:_:)``), keeping only these
/// texts, so a workbook of a million actions (eleven million cells) is read in little more memory
/// than its unpacked sheet. The rows are what reading the whole sheet gives (``XLSXSheet``: for each
/// address the last cell given, rows in order): in a sheet whose rows come in order, each holding its
/// own cells, as every writer writes them, in one pass; in any other sheet by reading it again, once
/// for the captions and once for the cells of the columns found.
struct ActionSheetRows {
    /// The rows, in row order.
    var rows: [TableImporter.Row] = []
    /// Rows with something in Status or Kommentar.
    var statusRows = 0
    /// The imported columns found, by field.
    var index: [ActionField: Int] = [:]
    /// Each row's cells of the sheet's financing, cost and cost-type columns and of the columns
    /// after the sheet's own (the plan's kept columns), in the order of ``rows``.
    var cells: [SheetCells] = []

    /// Columns read from the sheet, by caption.
    let columns: [(caption: String, column: ActionField)]
    /// The captions of the status columns.
    let statusCaptions: [String]
    /// The status columns found.
    private var statusColumns: [Int] = []
    /// The captions of the financing, cost and cost-type columns (in every language).
    let derivedCaptions: [(caption: String, column: ActionTableLayout.Column)]
    /// The keys (``NameKey``) of every caption of the sheet's own columns in every language: a header
    /// that is none of them is a kept column.
    let ownCaptions: Set<String>
    /// The financing, cost and cost-type columns found.
    private var derivedColumns: [ActionTableLayout.Column: Int] = [:]
    /// The kept columns found: their headers as the sheet shows them, and their columns.
    private var extraColumns: [(header: String, column: Int)] = []
    /// Each field's texts seen so far but the id's and the action's own, so that a text many rows
    /// repeat (a focus area, a theme, a party, a remark) is kept once.
    private var seen = [Set<ExactText>](repeating: [], count: ActionField.allCases.count)
    /// The most texts kept per field for that.
    private static let seenLimit = 100_000

    init(
        columns: [(caption: String, column: ActionField)], statusCaptions: [String],
        derivedCaptions: [(caption: String, column: ActionTableLayout.Column)] = [],
        ownCaptions: Set<String> = []
    ) {
        self.columns = columns
        self.statusCaptions = statusCaptions
        self.derivedCaptions = derivedCaptions
        self.ownCaptions = ownCaptions
    }

    /// Reads the sheet named `sheetName` of `document`.
    mutating func read(_ document: XLSXDocument, sheetName: String) throws {
        var ordered = OrderedReading(self)
        try document.forEachRow(inSheetNamed: sheetName) { ordered.take($0) }
        if !ordered.isBroken {
            if let found = ordered.found { self = found } else { findColumns(header: [:]) }
            return
        }
        // Rows out of order, or cells outside their rows: the captions first, then the cells.
        var header: [Int: String] = [:]
        try document.forEachRow(inSheetNamed: sheetName) { row in
            for cell in row.cells where cell.reference.row == 1 {
                header[cell.reference.column] = cell.string
            }
        }
        findColumns(header: header)
        let wanted = Set(index.values).union(statusColumns).union(derivedColumns.values)
            .union(extraColumns.map(\.column))
        var texts: [CellAddress: String] = [:]
        try document.forEachRow(inSheetNamed: sheetName) { row in
            for cell in row.cells where cell.reference.row >= 2 && wanted.contains(cell.reference.column) {
                texts[cell.reference] = cell.string
            }
        }
        let numbers = Set(
            texts.compactMap { address, text in
                !text.isEmpty && index.values.contains(address.column) ? address.row : nil
            }
        ).sorted()
        for number in numbers {
            take(number) { texts[CellAddress(row: number, column: $0)] }
        }
    }

    /// Finds the imported columns and the status columns among the captions of row 1 (by column).
    mutating func findColumns(header: [Int: String]) {
        index = [:]
        for column in header.keys.sorted() {
            let caption = NameKey.make(header[column] ?? "")
            if let match = columns.first(where: { NameKey.make($0.caption) == caption }),
                index[match.column] == nil
            {
                index[match.column] = column
            }
        }
        statusColumns = statusCaptions.compactMap { caption in
            header.filter { $0.value == caption }.keys.min()
        }
        derivedColumns = [:]
        for (caption, column) in derivedCaptions where derivedColumns[column] == nil {
            if let found = header.filter({ $0.value == caption }).keys.min() {
                derivedColumns[column] = found
            }
        }
        extraColumns = []
        for column in header.keys.sorted() {
            let shown = (header[column] ?? "").trimmingWhitespace
            guard !shown.isEmpty, !ownCaptions.isEmpty, !ownCaptions.contains(NameKey.make(shown)) else {
                continue
            }
            extraColumns.append((keptHeader(shown), column))
        }
    }

    /// The kept column's header that `shown` shows: the writer numbers a header that repeats one of
    /// the sheet's captions or an earlier kept header (`Kommentar (2)`); the number is dropped again.
    private func keptHeader(_ shown: String) -> String {
        guard shown.hasSuffix(")"), let open = shown.lastIndex(of: "("),
            shown.index(before: open) > shown.startIndex, shown[shown.index(before: open)] == " ",
            Int(shown[shown.index(after: open)..<shown.index(before: shown.endIndex)]) != nil
        else { return shown }
        let base = String(shown[..<shown.index(before: open)])
        let repeats =
            ownCaptions.contains(NameKey.make(base))
            || extraColumns.contains { $0.header.lowercased() == base.lowercased() }
        return repeats ? base : shown
    }

    /// The widest column read.
    var widestColumn: Int {
        (Array(index.values) + statusColumns + Array(derivedColumns.values) + extraColumns.map(\.column))
            .max() ?? 0
    }

    /// Whether the columns an action needs were found.
    var hasRequiredColumns: Bool {
        index[.focusArea] != nil && index[.theme] != nil && index[.text] != nil
    }

    /// Adds row `number`, whose cell texts `text` gives by column, if it has text in an imported column.
    mutating func take(_ number: Int, text: (Int) -> String?) {
        guard index.values.contains(where: { !(text($0) ?? "").isEmpty }) else { return }
        var values = [String?](repeating: nil, count: ActionField.allCases.count)
        for (field, column) in index {
            values[field.position] = shared((text(column) ?? "").trimmingWhitespace, field)
        }
        if values.allSatisfy({ $0?.isEmpty ?? true }) { return }
        if statusColumns.contains(where: { !(text($0) ?? "").trimmingWhitespace.isEmpty }) {
            statusRows += 1
        }
        rows.append(TableImporter.Row(line: number, number: number, values: values))
        if !ownCaptions.isEmpty {
            func cell(_ column: ActionTableLayout.Column) -> String {
                derivedColumns[column].map { shared((text($0) ?? "").trimmingWhitespace, .remark) } ?? ""
            }
            cells.append(
                SheetCells(
                    financing: cell(.financing), cost: cell(.cost), costType: cell(.costType),
                    extras: extraColumns.compactMap { header, column in
                        let value = (text(column) ?? "").trimmingWhitespace
                        return value.isEmpty ? nil : ExtraColumn(header: header, value: value)
                    }))
        }
    }

    /// `value`, or the same text seen before in `field`.
    private mutating func shared(_ value: String, _ field: ActionField) -> String {
        guard field != .id && field != .text && !value.isEmpty else { return value }
        let key = ExactText(value)
        if seen[field.position].count < Self.seenLimit {
            return seen[field.position].insert(key).memberAfterInsert.text
        }
        return seen[field.position].firstIndex(of: key).map { seen[field.position][$0].text } ?? value
    }

    /// One pass over a sheet whose rows come in order, each holding its own cells: row 1, if any,
    /// comes first and gives the captions; each later row is taken as it comes. Anything else breaks
    /// the pass.
    private struct OrderedReading {
        /// The rows found so far; nil until the captions are known.
        var found: ActionSheetRows?
        var isBroken = false
        private let empty: ActionSheetRows
        private var last = 0
        /// The row's texts by column, for the columns wanted (reused from row to row).
        private var texts: [String?] = []

        init(_ empty: ActionSheetRows) {
            self.empty = empty
        }

        mutating func take(_ row: XLSXRow) {
            guard !isBroken else { return }
            guard row.number > last, row.cells.allSatisfy({ $0.reference.row == row.number }) else {
                isBroken = true
                found = nil
                return
            }
            last = row.number
            if row.number == 1 {
                var header: [Int: String] = [:]
                for cell in row.cells { header[cell.reference.column] = cell.string }
                start(header)
                return
            }
            if found == nil { start([:]) }
            guard var rows = found, rows.hasRequiredColumns else { return }
            found = nil
            for cell in row.cells where cell.reference.column < texts.count {
                texts[cell.reference.column] = cell.string
            }
            rows.take(row.number) { texts[$0] }
            for cell in row.cells where cell.reference.column < texts.count {
                texts[cell.reference.column] = nil
            }
            found = rows
        }

        private mutating func start(_ header: [Int: String]) {
            var rows = empty
            rows.findColumns(header: header)
            let widest = rows.widestColumn
            texts = [String?](repeating: nil, count: widest + 1)
            found = rows
        }
    }
}

/// A row's cells that the plan's fields do not give: the financing, cost and cost-type cells (which
/// show what the action's remark and columns say about money) and the kept columns' cells.
struct SheetCells: Sendable {
    var financing: String
    var cost: String
    var costType: String
    var extras: [ExtraColumn]
}
