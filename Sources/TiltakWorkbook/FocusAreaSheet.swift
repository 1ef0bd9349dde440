import TiltakLanguage
import TiltakModel

/// One sheet per focus area: its actions grouped by theme under bold theme headings.
enum FocusAreaSheet {
    /// Writes the sheet for `area`, whose actions are `actions` (in plan order), with their status
    /// from `board`.
    static func write(
        _ plan: Plan, area: FocusArea, actions: [Action], board: StatusBoard, to writer: SheetWriter
    ) throws {
        // The area's themes that have actions, then the themes only its actions name.
        let byTheme = Dictionary(grouping: actions, by: \.theme)
        var themes = area.themes.filter { byTheme[$0] != nil }
        var named = Set(themes)
        for action in actions where named.insert(action.theme).inserted {
            themes.append(action.theme)
        }
        var row = 1
        for theme in themes {
            row = try GroupedActionRows.heading(
                theme.isEmpty ? DocumentWord.noTheme.text(writer.language) : theme, at: row, to: writer)
            for action in byTheme[theme] ?? [] {
                try GroupedActionRows.action(action, plan: plan, at: row, to: writer, board: board)
                row += 1
            }
        }
        if actions.isEmpty {
            try writer.text(1, 0, WorkbookText.noActionsInArea.text(writer.language), measure: false)
        }
        try GroupedActionRows.finish(writer, plan: plan)
    }
}
