import TiltakLanguage
import TiltakLayout
import TiltakModel
import XlsxWriter

/// The council workbook's revision agenda sheet (`Revisjon 2021`): the agenda of the meeting of
/// the plan's status year (``MeetingAgenda``) as a table: in each section, one row per action and
/// party that reported, with its status and comment for the year, and one row per action naming the
/// parties that did not report; see ``AgendaSheetLayout``.
enum AgendaSheet {
    /// One row: the section, the action, and the parties (one that reported, with its report, or
    /// those that did not).
    struct Row {
        var section: MeetingAgenda.Section
        var action: Action
        var parties: [String] = []
        var report: StatusReport?
    }

    /// The sheet name for `plan`'s status year in `language`: `Revisjon 2021`.
    static func name(_ plan: Plan, _ language: Language) -> String {
        AgendaSheetLayout.sheetName(year: plan.statusYear, Words(language))
    }

    /// The rows of `agenda`, section by section: each action once per party that reported, then once
    /// with the parties expected to report that did not (all of them for an action nobody reported
    /// on); an action without parties in a row of its own. The rows grow with the actions and the
    /// reports, not with the parties (an action shared by 356 municipalities is one row until they
    /// report).
    static func rows(_ agenda: MeetingAgenda) -> [Row] {
        var rows: [Row] = []
        for section in MeetingAgenda.Section.allCases {
            for action in agenda.actions(section) {
                let entries = agenda.entries(action)
                rows += entries.compactMap { entry in
                    entry.report.map {
                        Row(section: section, action: action, parties: [entry.party], report: $0)
                    }
                }
                let silent = entries.filter { $0.report == nil }.map(\.party)
                if !silent.isEmpty || entries.isEmpty {
                    rows.append(Row(section: section, action: action, parties: silent))
                }
            }
        }
        return rows
    }

    /// The rows of the sheet with `rows` agenda rows: the header and a row each, or one row saying
    /// there are none.
    static func rowCount(rows: Int) -> Int { 1 + max(rows, 1) }

    /// Writes the sheet for the plan's status year.
    static func write(_ plan: Plan, to writer: SheetWriter) throws {
        let language = writer.language
        let text = ActionTextCells(plan: plan, language: language)
        let captions = AgendaSheetLayout.captions(language)
        try writer.header(0, captions)
        let rows = rows(MeetingAgenda(plan: plan))
        typealias Column = AgendaSheetLayout.Column
        for (index, row) in rows.enumerated() {
            let sheetRow = index + 1
            let cells = ActionCells(action: row.action, plan: plan)
            try writer.text(sheetRow, Column.section.rawValue, sectionName(row.section, language))
            try writer.text(sheetRow, Column.id.rawValue, row.action.id.rawValue, context: cells.context(.id))
            try writer.text(sheetRow, Column.text.rawValue, row.action.text, context: cells.context(.text))
            try writer.text(sheetRow, Column.timeframe.rawValue, row.action.timeframe.display(language))
            try writer.text(sheetRow, Column.responsible.rawValue, text.responsible(row.action))
            try writer.text(sheetRow, Column.party.rawValue, plan.registry.compactNames(row.parties))
            try writer.text(
                sheetRow, Column.status.rawValue,
                row.report?.status.text(language) ?? StatusWord.notReported.text(language))
            try writer.text(
                sheetRow, Column.comment.rawValue, row.report?.comment ?? "", context: cells.context(.comment)
            )
        }
        let lastRow = rowCount(rows: rows.count) - 1
        if rows.isEmpty {
            try writer.text(1, 0, DocumentWord.none.text(language))
        } else {
            try writer.sheet.autofilter(
                CellRange(firstRow: 0, firstCol: 0, lastRow: lastRow, lastCol: captions.count - 1))
        }
        try writer.sheet.freezePanes(row: 1, col: 2)
        try writer.applyWidths()
        try PageLayout.apply(to: writer, plan: plan, groups: writer.groups)
    }

    /// The short name of `section` in `language` (`Fullført`, `I arbeid`).
    static func sectionName(_ section: MeetingAgenda.Section, _ language: Language) -> String {
        let word: AgendaSectionWord =
            switch section {
            case .finished: .finished
            case .inProgress: .inProgress
            case .postponedOrCancelled: .postponedOrCancelled
            case .notReported: .notReported
            case .overdue: .overdue
            case .toSettle: .toSettle
            }
        return AgendaText.sectionName(word).text(language)
    }
}

/// The parties of an action as the agenda and returns sheets show them.
struct ActionTextCells {
    let plan: Plan
    let language: Language

    /// The responsible parties by name, `–` when none.
    func responsible(_ action: Action) -> String {
        action.responsible.isEmpty ? "–" : plan.registry.displayNames(action.responsible)
    }
}
