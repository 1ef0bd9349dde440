import TiltakLanguage
import TiltakLayout
import TiltakModel
import XlsxWriter

/// The `Ansvar` sheet: actions grouped by responsible party in collapsible sections.
enum ResponsibilitySheet {
    /// The sheet name in `language`.
    static func name(_ language: Language) -> String { Words(language).sheetName(.responsibility) }

    /// One section: a party (or none) and its actions.
    struct Section {
        /// The heading name.
        var title: String
        /// The actions, in plan order.
        var actions: [Action]
    }

    /// The sections in registry order, then unregistered names as first written, then `Utan ansvarleg`
    /// (in `language`).
    static func sections(of plan: Plan, _ language: Language) -> [Section] {
        var order: [PartyReference] = plan.registry.parties.map { .registered($0.code) }
        var ordered = Set(order)
        // Each party's actions, gathered in one pass over the actions.
        var actionsOf: [PartyReference: [Action]] = [:]
        for action in plan.actions {
            let references = action.responsible.parties
            for (index, reference) in references.enumerated()
            where !references[..<index].contains(reference) {
                if ordered.insert(reference).inserted { order.append(reference) }
                actionsOf[reference, default: []].append(action)
            }
        }
        var result: [Section] = []
        for reference in order {
            if let actions = actionsOf[reference] {
                result.append(Section(title: plan.registry.displayName(reference), actions: actions))
            }
        }
        let orphans = plan.actions.filter(\.responsible.isEmpty)
        if !orphans.isEmpty {
            result.append(Section(title: DocumentWord.noResponsible.text(language), actions: orphans))
        }
        return result
    }

    /// The rows of the sheet with `sections` (``sections(of:)``): the header, then a heading row
    /// per section and a row per action.
    static func rowCount(_ sections: [Section]) -> Int {
        GroupedActionRows.rowCount(sections.map(\.actions.count))
    }

    /// Writes the sheet.
    static func write(_ plan: Plan, to writer: SheetWriter) throws {
        var row = 1
        let board = StatusBoard(plan: plan)
        let sections = sections(of: plan, writer.language)
        for section in sections {
            row = try GroupedActionRows.heading(
                DocumentWord.withCount(section.title, actions: section.actions.count).text(writer.language),
                at: row, to: writer)
            for action in section.actions {
                try GroupedActionRows.action(action, plan: plan, at: row, to: writer, board: board)
                writer.outline(row, level: 1)
                row += 1
            }
        }
        assert(row == rowCount(sections), "ResponsibilitySheet.rowCount disagrees with the writer")
        try writer.sheet.setOutlineSettings(visible: true, symbolsBelow: false, symbolsRight: true)
        try GroupedActionRows.finish(writer, plan: plan)
    }
}
