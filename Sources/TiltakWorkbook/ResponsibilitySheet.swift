import TiltakLayout
import TiltakModel
import XlsxWriter

/// The `Ansvar` sheet: actions grouped by responsible party in collapsible sections.
enum ResponsibilitySheet {
    /// The sheet name.
    static var name: String { Words.nynorsk.sheetName(.responsibility) }
    /// The section for actions without a responsible party.
    static let noResponsible = "Utan ansvarleg"

    /// One section: a party (or none) and its actions.
    struct Section {
        /// The heading name.
        var title: String
        /// The actions, in plan order.
        var actions: [Action]
    }

    /// The sections in registry order, then unregistered names as first written, then `Utan ansvarleg`.
    static func sections(of plan: Plan) -> [Section] {
        var order: [PartyReference] = plan.registry.parties.map { .registered($0.code) }
        for action in plan.actions {
            for reference in action.responsible.parties where !order.contains(reference) {
                order.append(reference)
            }
        }
        var result: [Section] = []
        for reference in order {
            let actions = plan.actions.filter { $0.responsible.parties.contains(reference) }
            if !actions.isEmpty {
                result.append(Section(title: plan.registry.displayName(reference), actions: actions))
            }
        }
        let orphans = plan.actions.filter(\.responsible.isEmpty)
        if !orphans.isEmpty {
            result.append(Section(title: noResponsible, actions: orphans))
        }
        return result
    }

    /// Writes the sheet.
    static func write(_ plan: Plan, to writer: SheetWriter) throws {
        var row = 1
        let board = StatusBoard(plan: plan)
        for section in sections(of: plan) {
            row = try GroupedActionRows.heading(
                "\(section.title) (\(section.actions.count) tiltak)", at: row, to: writer)
            for action in section.actions {
                try GroupedActionRows.action(action, plan: plan, at: row, to: writer, board: board)
                writer.outline(row, level: 1)
                row += 1
            }
        }
        try writer.sheet.setOutlineSettings(visible: true, symbolsBelow: false, symbolsRight: true)
        try GroupedActionRows.finish(writer, plan: plan)
    }
}
