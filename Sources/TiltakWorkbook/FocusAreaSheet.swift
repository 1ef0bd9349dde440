import TiltakLanguage
import TiltakModel

/// One sheet per focus area: its actions grouped by theme under bold theme headings.
enum FocusAreaSheet {
    /// The area's actions by theme, in sheet order: the area's themes that have actions, then the
    /// themes only its actions name; each theme's actions in plan order.
    static func groups(area: FocusArea, actions: [Action]) -> [(theme: String, actions: [Action])] {
        let byTheme = Dictionary(grouping: actions, by: \.theme)
        var themes = area.themes.filter { byTheme[$0] != nil }
        var named = Set(themes)
        for action in actions where named.insert(action.theme).inserted {
            themes.append(action.theme)
        }
        return themes.map { (theme: $0, actions: byTheme[$0] ?? []) }
    }

    /// The rows of the sheet of an area with `groups` (``groups(area:actions:)``): the header,
    /// then a heading row per theme and a row per action, or one row saying there are none.
    static func rowCount(_ groups: [(theme: String, actions: [Action])]) -> Int {
        groups.isEmpty ? 2 : GroupedActionRows.rowCount(groups.map(\.actions.count))
    }

    /// Writes the sheet for `area`, whose actions are `actions` (in plan order), with their status
    /// from `board`.
    static func write(
        _ plan: Plan, area: FocusArea, actions: [Action], board: StatusBoard, to writer: SheetWriter
    ) throws {
        let groups = groups(area: area, actions: actions)
        var row = 1
        for group in groups {
            let theme = group.theme
            row = try GroupedActionRows.heading(
                theme.isEmpty ? DocumentWord.noTheme.text(writer.language) : theme, at: row, to: writer)
            for action in group.actions {
                try GroupedActionRows.action(action, plan: plan, at: row, to: writer, board: board)
                row += 1
            }
        }
        if actions.isEmpty {
            try writer.text(1, 0, WorkbookText.noActionsInArea.text(writer.language), measure: false)
            row = 2
        }
        assert(row == rowCount(groups), "FocusAreaSheet.rowCount disagrees with the writer")
        try GroupedActionRows.finish(writer, plan: plan)
    }
}
