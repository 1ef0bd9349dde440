import TiltakModel

/// One sheet per focus area: its actions grouped by theme under bold theme headings.
enum FocusAreaSheet {
    /// Writes the sheet for `area`.
    static func write(_ plan: Plan, area: FocusArea, to writer: SheetWriter) throws {
        let actions = plan.actions(area: area.code)
        var themes = area.themes.filter { theme in actions.contains { $0.theme == theme } }
        for action in actions where !themes.contains(action.theme) {
            themes.append(action.theme)
        }
        var row = 1
        for theme in themes {
            row = try GroupedActionRows.heading(theme.isEmpty ? "Utan tema" : theme, at: row, to: writer)
            for action in actions where action.theme == theme {
                try GroupedActionRows.action(action, plan: plan, at: row, to: writer)
                row += 1
            }
        }
        if actions.isEmpty {
            try writer.text(1, 0, "Ingen tiltak i dette innsatsområdet.", measure: false)
        }
        try GroupedActionRows.finish(writer, plan: plan)
    }
}
