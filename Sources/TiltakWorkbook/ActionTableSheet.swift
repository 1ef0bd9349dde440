import TiltakLanguage
import TiltakLayout
import TiltakModel
import TiltakRuntime
import XlsxWriter

/// The `Tiltak` sheet: one row per action in an Excel table, the base of the overview's formulas.
enum ActionTableSheet {
    /// The sheet name in `language`.
    static func name(_ language: Language) -> String { Words(language).sheetName(ActionTableLayout.sheet) }
    /// The table name: the sheet's.
    static func tableName(_ language: Language) -> String { name(language) }
    /// The column captions in `language`, in order.
    static func headers(_ language: Language) -> [String] { ActionTableLayout.captions(Words(language)) }

    /// Column letters as used in formulas, e.g. `Tiltak!$B:$B`, on the sheet in `language`.
    static func columnReference(_ column: ActionTableLayout.Column, _ language: Language) -> String {
        let letters = (try? CellReference.columnLetters(column.index)) ?? "A"
        return "\(name(language))!$\(letters):$\(letters)"
    }

    /// The columns whose texts error messages name by their caption (`tiltak NK-01, Merknad`).
    static let namedInErrors: Set<ActionTableLayout.Column> = [
        .id, .focusArea, .theme, .text, .timeframe, .responsible, .involved, .remark, .comment,
    ]

    /// The status and comment an action's row shows when someone reported on it.
    struct StatusCells {
        var status: String
        var comment: String

        /// The cells for `action` on `board` in `language`; `nil` when nobody reported on it.
        init?(_ action: Action, board: borrowing StatusBoard, language: Language) {
            guard let reported = board.reported(action) else { return nil }
            status = reported.status?.text(language) ?? ""
            comment = board.comment(action, language)
        }
    }

    /// The text `action`'s row shows in `column`: `nil` for the number columns (years, cost), and for
    /// the status columns when nobody reported on the action (`status` is `nil`).
    ///
    /// Runs for every cell of the sheet: it takes the row's status cells ready made, not the board
    /// (copying a board, which holds the plan, for every cell cost the writing a few per cent).
    static func text(
        _ column: ActionTableLayout.Column, _ cells: ActionCells, status: StatusCells?, language: Language
    ) -> String? {
        let action = cells.action
        return switch column {
        case .id: action.id.rawValue
        case .focusArea: cells.focusAreaName
        case .theme: action.theme
        case .text: action.text
        case .timeframe: action.timeframe.text
        case .responsible: cells.responsible
        case .involved: cells.involved
        case .financing: cells.financing(language)
        case .costType: cells.costType(language)
        case .remark: action.remark
        case .status: status?.status
        case .comment: status?.comment
        case .firstYear, .lastYear, .cost: nil
        }
    }

    /// The texts and numbers of one action's row, prepared (packed and measured) away from the
    /// writing thread.
    struct PreparedRow: Sendable {
        var id: String
        /// The row's texts, packed: or, when one of them cannot be (see
        /// ``SheetWriter/PackedTexts/append(_:col:)``), each text by its column, for the writer to
        /// write one by one and refuse the one that cannot be written.
        var texts: Texts
        var years: (first: Int, last: Int)?
        var cost: Int?
        /// The cells of the table's kept columns, written after the sheet's own columns.
        var extras: [ExtraColumn]

        enum Texts: Sendable {
            case packed(SheetWriter.PackedTexts)
            case unpacked([(column: ActionTableLayout.Column, value: String)])
        }

        init(_ action: Action, plan: Plan, board: StatusBoard, language: Language) {
            let cells = ActionCells(action: action, plan: plan)
            id = action.id.rawValue
            let status = StatusCells(action, board: board, language: language)
            var texts: [(column: ActionTableLayout.Column, value: String)] = []
            texts.reserveCapacity(ActionTableLayout.Column.allCases.count)
            for column in ActionTableLayout.Column.allCases {
                if let value = text(column, cells, status: status, language: language) {
                    texts.append((column, value))
                }
            }
            var packed = SheetWriter.PackedTexts()
            let all = texts.allSatisfy { $0.value.isEmpty || packed.append($0.value, col: $0.column.index) }
            self.texts = all ? .packed(packed) : .unpacked(texts)
            years = cells.years
            cost = action.financing.cost?.amount
            extras = action.extras
        }
    }

    /// Writes one prepared row.
    private static func write(_ prepared: PreparedRow, row: Int, to writer: SheetWriter) throws {
        switch prepared.texts {
        case .packed(let packed):
            try writer.texts(row, packed)
        case .unpacked(let texts):
            for (column, value) in texts {
                try writer.text(
                    row, column.index, value,
                    context: namedInErrors.contains(column)
                        ? "\(Language.messages.forms(.action, 1)) \(prepared.id), \(column.key.text(.messages))"
                        : "")
            }
        }
        if let years = prepared.years {
            try writer.number(
                row, ActionTableLayout.Column.firstYear.index, years.first, format: writer.styles.year)
            try writer.number(
                row, ActionTableLayout.Column.lastYear.index, years.last, format: writer.styles.year)
        }
        if let cost = prepared.cost {
            try writer.number(row, ActionTableLayout.Column.cost.index, cost, format: writer.styles.amount)
        }
    }

    /// Writes the sheet from `actions`, taking each chunk as soon as it has been read.
    ///
    /// - Parameter streaming: The workbook is in constant-memory mode: rows go out in order (the
    ///   header first), the rows get an autofilter instead of an Excel table, which that mode cannot
    ///   write, and rows keep the default height (wrapped text is not given its lines' height).
    static func write(_ actions: ActionStream, to writer: SheetWriter, streaming: Bool = false) throws {
        let plan = actions.outline
        let styles = writer.styles
        let language = writer.language
        let captions = headers(language)
        let board = StatusBoard(plan: plan)
        // The kept columns come after the sheet's own, in the order they first occur (in a table,
        // the table's order), known before any action is read.
        var extraHeaders = ExtraHeaders(captions: captions)
        for header in actions.extraHeaders { _ = extraHeaders.column(of: header) }
        if streaming {
            // Rows already flushed cannot get their height afterwards.
            writer.fitsRowHeights = false
            try writer.header(0, captions + extraHeaders.headers)
        }
        let chunks = actions.chunks
        defer { actions.finishUse() }
        try ChunkPipeline.run(chunks: chunks.count) { chunk in
            actions.actions(inChunk: chunk).map {
                PreparedRow($0, plan: plan, board: board, language: language)
            }
        } consume: { prepared, chunk in
            for (offset, cells) in prepared.enumerated() {
                let row = chunks[chunk].lowerBound + offset + 1
                try write(cells, row: row, to: writer)
                for extra in cells.extras {
                    try writer.text(
                        row, extraHeaders.column(of: extra.header), extra.value,
                        context: "\(Language.messages.forms(.action, 1)) \(cells.id), \(extra.header)")
                }
            }
        }
        let lastRow = max(actions.count, 1)
        let shown = captions + extraHeaders.headers
        for (col, header) in shown.enumerated() {
            writer.note(col, header.count + 3)  // room for the filter button
        }
        writer.note(ActionTableLayout.Column.status.index, 14)
        writer.note(ActionTableLayout.Column.comment.index, 30)
        let printed =
            styles.paper == .a4 ? ActionTableLayout.printedColumns : ActionTableLayout.Column.allCases
        let range = CellRange(firstRow: 0, firstCol: 0, lastRow: lastRow, lastCol: shown.count - 1)
        if streaming {
            try writer.sheet.autofilter(range)
        } else {
            try writer.sheet.addTable(
                range,
                options: TableOptions(
                    name: tableName(language), style: TableStyle(.medium, 2), bandedRows: true,
                    columns: shown.map { TableColumn(header: $0, headerFormat: styles.header) }))
        }
        try StatusList.addDropdown(
            to: writer.sheet, rows: 1...lastRow, col: ActionTableLayout.Column.status.index,
            language: language)
        try writer.sheet.freezePanes(row: 1, col: 1)
        try writer.applyWidths(
            widest: Dictionary(
                uniqueKeysWithValues: ActionTableLayout.Column.allCases.map {
                    ($0.index, ActionTableLayout.printWidth($0))
                }), fitsPage: false)
        try PageLayout.apply(
            to: writer, plan: plan, printedColumns: 0..<printed.count, groups: writer.groups)
    }
}

/// The kept columns of a Tiltak sheet: each header's column after the sheet's own, made unique
/// against the sheet's captions and each other (an Excel table cannot have two equal headers).
struct ExtraHeaders {
    /// The sheet's own captions.
    let captions: [String]
    /// The kept columns' headers as the sheet shows them, in order.
    private(set) var headers: [String] = []
    private var columns: [String: Int] = [:]
    private var taken: Set<String>

    init(captions: [String]) {
        self.captions = captions
        taken = Set(captions.map { $0.lowercased() })
    }

    /// The column of `header`, given the next free one when first seen.
    mutating func column(of header: String) -> Int {
        if let known = columns[header] { return known }
        var shown = header
        var number = 2
        while taken.contains(shown.lowercased()) {
            shown = "\(header) (\(number))"
            number += 1
        }
        taken.insert(shown.lowercased())
        let column = captions.count + headers.count
        headers.append(shown)
        columns[header] = column
        return column
    }
}
