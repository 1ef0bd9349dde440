import TiltakLanguage
import TiltakLayout
import TiltakModel
import XlsxWriter

/// The council workbook's `Innsamling` sheet: who has returned their reports for the plan's status
/// year (``ReportReturns``), then the actions each party still owes a report on; see
/// ``ReturnsSheetLayout``.
enum ReturnsSheet {
    /// The sheet name in `language`.
    static func name(_ language: Language) -> String { Words(language).sheetName(ReturnsSheetLayout.sheet) }

    /// The rows of the sheet for `returns`.
    static func rowCount(_ returns: ReportReturns) -> Int {
        ReturnsSheetLayout.rowCount(
            parties: returns.entries.count, owed: returns.entries.filter { !$0.missing.isEmpty }.count)
    }

    /// The ids of `actions` joined with `, `, up to ``ReturnsSheetLayout/idsLimit`` characters and
    /// then how many more there are (`… og 120 til`).
    static func idList(_ actions: [Action], _ language: Language) -> String {
        var text = ""
        for (index, action) in actions.enumerated() {
            let id = action.id.rawValue
            if text.count + id.count + 2 > ReturnsSheetLayout.idsLimit {
                return text + " " + AgendaText.andMore(actions.count - index).text(language)
            }
            text += (text.isEmpty ? "" : ", ") + id
        }
        return text
    }

    /// Writes the sheet for the plan's status year.
    static func write(_ plan: Plan, to writer: SheetWriter) throws {
        let language = writer.language
        let returns = ReportReturns(plan: plan)
        try writer.header(0, ReturnsSheetLayout.PartyColumn.allCases.map { $0.caption(language) })
        typealias PartyColumn = ReturnsSheetLayout.PartyColumn
        for (index, entry) in returns.entries.enumerated() {
            let row = index + 1
            try writer.text(
                row, PartyColumn.party.rawValue, plan.registry.displayName(.registered(entry.party)))
            try writer.text(
                row, PartyColumn.delivery.rawValue,
                (entry.hasReturned ? AgendaText.returned : AgendaText.notReturned).text(language))
            try writer.text(row, PartyColumn.date.rawValue, entry.lastCollected?.iso ?? "")
            try writer.text(row, PartyColumn.files.rawValue, entry.files.joined(separator: ", "))
            try writer.number(row, PartyColumn.reports.rawValue, entry.reports)
            try writer.number(row, PartyColumn.missing.rawValue, entry.missing.count)
        }
        if returns.entries.isEmpty { try writer.text(1, 0, DocumentWord.none.text(language)) }
        let title = ReturnsSheetLayout.owedTitleRow(parties: returns.entries.count)
        try writer.text(
            title, 0, AgendaText.owingHeading.text(language), format: writer.styles.heading, measure: false)
        try writer.header(title + 1, ReturnsSheetLayout.OwedColumn.allCases.map { $0.caption(language) })
        typealias OwedColumn = ReturnsSheetLayout.OwedColumn
        var row = title + 2
        for entry in returns.entries where !entry.missing.isEmpty {
            try writer.text(
                row, OwedColumn.party.rawValue, plan.registry.displayName(.registered(entry.party)))
            try writer.number(row, OwedColumn.missing.rawValue, entry.missing.count)
            try writer.text(row, OwedColumn.ids.rawValue, idList(entry.missing, language))
            row += 1
        }
        if row == title + 2 { try writer.text(row, 0, AgendaText.nothingOwed.text(language), measure: false) }
        try writer.sheet.freezePanes(row: 1, col: 0)
        try writer.applyWidths(portrait: true)
        try PageLayout.apply(to: writer, plan: plan, groups: writer.groups)
    }
}
