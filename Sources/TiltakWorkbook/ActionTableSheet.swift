import TiltakModel
import TiltakRuntime
import XlsxWriter

/// The `Tiltak` sheet: one row per action in an Excel table, the base of the overview's formulas.
enum ActionTableSheet {
    /// The sheet name.
    static let name = "Tiltak"
    /// The table name.
    static let tableName = "Tiltak"
    /// The column captions, in order.
    static let headers = [
        "ID", "Innsatsområde", "Tema", "Tiltak", "Tidsramme", "Frå år", "Til år", "Ansvar", "Involvert",
        "Finansiering", "Kostnad (kr)", "Kostnadstype", "Merknad", "Status", "Kommentar",
    ]

    /// Columns the overview's formulas refer to (zero-based).
    enum Column {
        static let id = 0
        static let focusArea = 1
        static let firstYear = 5
        static let lastYear = 6
        static let responsible = 7
        static let financing = 9
        static let cost = 10
        static let costType = 11
        static let status = 13
        static let comment = 14
    }

    /// Column letters as used in formulas, e.g. `Tiltak!$B:$B`.
    static func columnReference(_ col: Int) -> String {
        let letters = (try? CellReference.columnLetters(col)) ?? "A"
        return "\(name)!$\(letters):$\(letters)"
    }

    /// The columns whose texts error messages name by their header (`tiltak NK-01, Merknad`).
    static let namedInErrors: Set<Int> = [0, 1, 2, 3, 4, 7, 8, 12, Column.comment]

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

        enum Texts: Sendable {
            case packed(SheetWriter.PackedTexts)
            case unpacked([(col: Int, value: String)])
        }

        init(_ action: Action, plan: Plan, board: StatusBoard) {
            let cells = ActionCells(action: action, plan: plan)
            id = action.id.rawValue
            var texts: [(col: Int, value: String)] = [
                (0, action.id.rawValue), (1, cells.focusAreaName), (2, action.theme), (3, action.text),
                (4, action.timeframe.text), (7, cells.responsible), (8, cells.involved), (9, cells.financing),
                (11, cells.costType), (12, action.remark),
            ]
            if let overall = board.reported(action) {
                texts.append((Column.status, overall.status?.rawValue ?? ""))
                texts.append((Column.comment, board.comment(action)))
            }
            var packed = SheetWriter.PackedTexts()
            let all = texts.allSatisfy { $0.value.isEmpty || packed.append($0.value, col: $0.col) }
            self.texts = all ? .packed(packed) : .unpacked(texts)
            years = cells.years
            cost = action.financing.cost?.amount
        }
    }

    /// Writes one prepared row.
    private static func write(_ prepared: PreparedRow, row: Int, to writer: SheetWriter) throws {
        switch prepared.texts {
        case .packed(let packed):
            try writer.texts(row, packed)
        case .unpacked(let texts):
            for (col, value) in texts {
                try writer.text(
                    row, col, value,
                    context: namedInErrors.contains(col) ? "tiltak \(prepared.id), \(headers[col])" : "")
            }
        }
        if let years = prepared.years {
            try writer.number(row, 5, years.first)
            try writer.number(row, 6, years.last)
        }
        if let cost = prepared.cost {
            try writer.number(row, Column.cost, cost, format: writer.styles.amount)
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
        let board = StatusBoard(plan: plan)
        if streaming {
            // Rows already flushed cannot get their height afterwards.
            writer.fitsRowHeights = false
            try writer.header(0, headers)
        }
        let chunks = actions.chunks
        defer { actions.finishUse() }
        try ChunkPipeline.run(chunks: chunks.count) { chunk in
            actions.actions(inChunk: chunk).map { PreparedRow($0, plan: plan, board: board) }
        } consume: { prepared, chunk in
            for (offset, cells) in prepared.enumerated() {
                try write(cells, row: chunks[chunk].lowerBound + offset + 1, to: writer)
            }
        }
        let lastRow = max(actions.count, 1)
        for (col, header) in headers.enumerated() {
            writer.note(col, header.count + 3)  // room for the filter button
        }
        writer.note(Column.status, 14)
        writer.note(Column.comment, 30)
        let range = CellRange(firstRow: 0, firstCol: 0, lastRow: lastRow, lastCol: headers.count - 1)
        if streaming {
            try writer.sheet.autofilter(range)
        } else {
            try writer.sheet.addTable(
                range,
                options: TableOptions(
                    name: tableName, style: TableStyle(.medium, 2), bandedRows: true,
                    columns: headers.map { TableColumn(header: $0, headerFormat: styles.header) }))
        }
        try StatusList.addDropdown(to: writer.sheet, rows: 1...lastRow, col: Column.status)
        try writer.sheet.freezePanes(row: 1, col: 1)
        try writer.applyWidths()
        try PageLayout.apply(to: writer.sheet, planTitle: plan.title)
    }
}
