import TiltakModel
import XlsxWriter

/// The `Oppgåver` sheet: a municipality's assignments, sorted by time, with editable status and comment.
enum AssignmentsSheet {
    /// The sheet name.
    static let name = "Oppgåver"
    /// The column captions.
    static let headers = [
        "ID", "Tiltak", "Rolle", "Gjennom", "Tidsramme", "Frå år", "Ansvar", "Involvert", "Finansiering",
        "Merknad",
        "Status", "Kommentar",
    ]
    /// The status column.
    static let statusColumn = 10
    /// The comment column.
    static let commentColumn = 11

    /// The assignments in sheet order: by timeframe, then id.
    static func assignments(_ plan: Plan, municipality: Party) -> [Assignment] {
        plan.assignments(for: municipality.code).sorted { a, b in
            let (x, y) = (a.action.timeframe.sortKey, b.action.timeframe.sortKey)
            return x != y ? x < y : a.action.id < b.action.id
        }
    }

    /// Writes the sheet and protects it without a password.
    ///
    /// Status and Kommentar are filled in with the municipality's own latest report for the plan's
    /// status year, so a returned file differs only where something changed.
    static func write(_ plan: Plan, municipality: Party, to writer: SheetWriter) throws {
        let styles = writer.styles
        let board = StatusBoard(plan: plan)
        try writer.header(0, headers)
        let rows = assignments(plan, municipality: municipality)
        for (index, assignment) in rows.enumerated() {
            let row = index + 1
            let action = assignment.action
            let cells = ActionCells(action: action, plan: plan)
            try writer.text(row, 0, action.id.rawValue, context: cells.context("ID"))
            try writer.text(row, 1, action.text, context: cells.context("Tiltak"))
            try writer.text(row, 2, assignment.role.nynorsk)
            let group = assignment.throughGroup.map { plan.registry.party(code: $0)?.name ?? $0 } ?? ""
            try writer.text(row, 3, group)
            try writer.text(row, 4, action.timeframe.text, context: cells.context("Tidsramme"))
            if let years = cells.years { try writer.number(row, 5, years.first) }
            try writer.text(row, 6, cells.responsible, context: cells.context("Ansvar"))
            try writer.text(row, 7, cells.involved, context: cells.context("Involvert"))
            try writer.text(row, 8, cells.financing)
            try writer.text(row, 9, action.remark, context: cells.context("Merknad"))
            let report = board.report(action, party: municipality.code)
            try writer.text(row, statusColumn, report?.status.rawValue ?? "", format: styles.editable)
            try writer.text(
                row, commentColumn, report?.comment ?? "", format: styles.editable,
                context: cells.context("Kommentar"))
        }
        writer.note(statusColumn, 14)
        writer.note(commentColumn, 40)
        let lastRow = max(rows.count, 1)
        try StatusList.addDropdown(to: writer.sheet, rows: 1...lastRow, col: statusColumn)
        try writer.sheet.autofilter(
            CellRange(firstRow: 0, firstCol: 0, lastRow: lastRow, lastCol: headers.count - 1))
        try writer.sheet.freezePanes(row: 1, col: 1)
        try writer.applyWidths()
        try PageLayout.apply(to: writer.sheet, planTitle: plan.title)
        try writer.sheet.protect(
            options: ProtectionOptions(formatColumns: true, formatRows: true, sort: false, autofilter: true))
    }
}
