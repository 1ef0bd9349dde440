import TextLayout
import TiltakLanguage
import TiltakModel

/// The council overview (`moteoversikt`): the plan, a summary per focus area, then every
/// action by focus area and theme.
struct MeetingOverview {
    let plan: Plan
    let width: Int
    /// The report's language.
    let language: Language
    /// The year whose status reports are shown (`nil`: the plan's status year).
    var year: Int? = nil

    /// The view: `heading`, `meta`, `summaryHeading`, `summary`, `areas` (each with `heading`
    /// and `themes`, each with `heading` and `actions`).
    func view() -> [String: Any] {
        let blocks = ActionBlock(plan: plan, width: width, language: language)
        let text = ActionText(plan: plan, language: language)
        let groups = FocusAreaGroups(plan: plan, language: language)
        let board = StatusBoard(plan: plan, year: year)
        let areas: [[String: Any]] = groups.areas.map { area in
            [
                "heading": Heading.view("\(area.code): \(area.name)", level: .section, width: width),
                "themes": area.themes.map { theme -> [String: Any] in
                    [
                        "heading": Heading.view(theme.name, level: .subsection, width: width),
                        "actions": theme.actions.map {
                            blocks.view($0, fields: text.standardFields($0) + statusFields($0, board))
                        },
                    ]
                },
            ]
        }
        // The plan's goal, paragraph by paragraph, and its appendix as a list: the actions refer to
        // them (`Sjå liste nedanfor`, `Sjå vedlegg`).
        let goal = plan.goal.components(separatedBy: "\n\n").map { $0.trimmingWhitespace }.filter {
            !$0.isEmpty
        }
        let appendix = plan.appendix.map { appendix in
            appendix.items.flatMap { item in
                TextWrapper(width: width - 2).wrap(SafeText.line(item)).enumerated().map { index, line in
                    (index == 0 ? "– " : "  ") + line
                }
            }
        }
        // A section left out is an empty list (the templates name every key).
        let none: [Any] = []
        var view: [String: Any] = [
            "goal": goal.map { ReportViews.paragraph($0, width: width).joined(separator: "\n") },
            "appendix": appendix ?? [], "goalHeading": none, "appendixHeading": none,
        ]
        if !goal.isEmpty {
            view["goalHeading"] = Heading.view(
                PlanText.goalHeading.text(language), level: .section, width: width)
        }
        if let title = plan.appendix?.title, !(appendix ?? []).isEmpty {
            view["appendixHeading"] = Heading.view(SafeText.line(title), level: .section, width: width)
        }
        return view.merging([
            "heading": Heading.view(
                ReportText.meetingOverviewTitle(plan: plan.title).text(language), level: .title, width: width),
            "meta": ReportViews.planLines(
                plan, width: width, language: language,
                extra: [(DocumentWord.actionCount.text(language), String(plan.actions.count))]),
            "summaryHeading": Heading.view(
                ReportText.summaryByArea.text(language), level: .section, width: width),
            "summary": summary(groups),
            "progressHeading": Heading.view(
                DocumentWord.progressByArea(year: board.year).text(language), level: .section, width: width),
            "progress": progress(groups, board),
            "partyProgressHeading": Heading.view(
                DocumentWord.progressByResponsible(year: board.year).text(language), level: .section,
                width: width),
            "partyProgress": partyProgress(board),
            "areas": areas,
        ]) { own, _ in own }
    }

    /// The status of an action block: the overall status (with a single reporter's comment) and,
    /// for a shared action, the breakdown; nothing when no action has a report for the year.
    func statusFields(_ action: Action, _ board: StatusBoard) -> [(label: String, text: String)] {
        guard board.hasReports else { return [] }
        var fields: [(label: String, text: String)] = [
            (ColumnKey.status.text(language), board.statusLine(action, language))
        ]
        if let breakdown = board.breakdownText(action, language) {
            fields.append((ReportText.breakdown.text(language), breakdown))
        }
        return fields
    }

    /// The progress table per focus area: actions by overall status, then a `Sum` row.
    func progress(_ groups: FocusAreaGroups, _ board: StatusBoard) -> [String] {
        let rows = groups.areas.map { area in
            [area.name] + Self.counts(board.progress(area.themes.flatMap(\.actions)))
        }
        return SummaryTable.lines(
            columns: [ColumnKey.focusArea.text(language)] + progressCaptions, rows: rows,
            sum: [DocumentWord.sum.text(language)] + Self.counts(board.progress(plan.actions)), width: width)
    }

    /// The progress table per responsible party (as the Ansvar sheet groups them: the
    /// municipality group as one party), then actions without one; no `Sum` row, as an action
    /// with several responsible parties counts under each.
    func partyProgress(_ board: StatusBoard) -> [String] {
        var order: [PartyReference] = plan.registry.parties.map { .registered($0.code) }
        for action in plan.actions {
            for reference in action.responsible.parties where !order.contains(reference) {
                order.append(reference)
            }
        }
        var rows: [[String]] = []
        for reference in order {
            let actions = plan.actions.filter { $0.responsible.parties.contains(reference) }
            guard !actions.isEmpty else { continue }
            rows.append([plan.registry.displayName(reference)] + Self.counts(board.progress(actions)))
        }
        let orphans = plan.actions.filter(\.responsible.isEmpty)
        if !orphans.isEmpty {
            rows.append([DocumentWord.noResponsible.text(language)] + Self.counts(board.progress(orphans)))
        }
        return SummaryTable.lines(
            columns: [DocumentWord.responsibleParty.text(language)] + progressCaptions, rows: rows, sum: nil,
            width: width)
    }

    /// The count columns of the progress tables, shortened when the full captions leave the
    /// names too little room.
    var progressCaptions: [String] {
        let sum = DocumentWord.sum.text(language)
        return width >= 76
            ? StatusProgress.captions(language) + [sum]
            : StatusWord.columns.map { StatusWord.short($0).text(language) } + [sum]
    }

    private static func counts(_ progress: StatusProgress) -> [String] {
        (progress.values + [progress.total]).map(String.init)
    }

    /// The summary table: per focus area the number of actions, with a responsible party,
    /// with a known timeframe and unfinanced; then a `Sum` row under a rule.
    func summary(_ groups: FocusAreaGroups) -> [String] {
        func counts(_ actions: [Action]) -> [String] {
            [
                actions.count,
                actions.filter { !$0.responsible.isEmpty }.count,
                actions.filter { $0.timeframe.isKnown }.count,
                actions.filter(\.isUnfinanced).count,
            ].map(String.init)
        }
        let rows = groups.areas.map { area in [area.name] + counts(area.themes.flatMap(\.actions)) }
        return SummaryTable.lines(
            columns: [
                ColumnKey.focusArea.text(language), DocumentWord.actions.text(language),
                ReportText.withResponsible.text(language), ReportText.withTimeframe.text(language),
                ReportText.unfinanced.text(language),
            ], rows: rows,
            sum: [DocumentWord.sum.text(language)] + counts(plan.actions), width: width)
    }
}

/// The actions of a plan by focus area and theme, in plan order, each theme's actions by id.
///
/// Themes the area does not list come after its listed ones; actions of an unknown focus area
/// come last, under `Utan kjent innsatsområde`.
struct FocusAreaGroups {
    struct Theme {
        var name: String
        var actions: [Action]
    }

    struct Area {
        var code: String
        var name: String
        var themes: [Theme]
    }

    let areas: [Area]

    /// The groups of `plan`, the headings of actions without a known area or theme in `language`.
    init(plan: Plan, language: Language) {
        var areas: [Area] = []
        let byArea = plan.actionsByArea()
        for area in plan.focusAreas {
            let actions = byArea[area.code] ?? []
            areas.append(
                Area(
                    code: area.code, name: area.name,
                    themes: Self.themes(area.themes, actions, noTheme: DocumentWord.noTheme.text(language))))
        }
        let known = Set(plan.focusAreas.map(\.code))
        let stray = plan.actions.filter { !known.contains($0.focusArea) }
        if !stray.isEmpty {
            areas.append(
                Area(
                    code: "?", name: ReportText.noKnownFocusArea.text(language),
                    themes: Self.themes([], stray, noTheme: DocumentWord.noTheme.text(language))))
        }
        self.areas = areas
    }

    private static func themes(_ listed: [String], _ actions: [Action], noTheme: String) -> [Theme] {
        var names = listed
        var named = Set(listed)
        for action in actions where named.insert(action.theme).inserted { names.append(action.theme) }
        let byTheme = Dictionary(grouping: actions, by: \.theme)
        return names.compactMap { name in
            let matching = (byTheme[name] ?? []).sorted { $0.id < $1.id }
            return matching.isEmpty ? nil : Theme(name: name.isEmpty ? noTheme : name, actions: matching)
        }
    }
}

/// A table of counts or amounts with a `Sum` row under a rule.
enum SummaryTable {
    /// The lines of a table whose first column wraps and whose other columns are right-aligned.
    static func lines(columns: [String], rows: [[String]], sum: [String]?, width: Int) -> [String] {
        // No column gets narrower than the longest word of its header, so headers wrap between words.
        func widestWord(_ header: String) -> Int {
            header.split(separator: " ").map(\.displayWidth).max() ?? 1
        }
        // A table too wide for two spaces between columns gets one, and a narrower first column.
        let numbers = columns.dropFirst().map(widestWord).reduce(0, +)
        let gap = numbers + 2 * (columns.count - 1) + 12 <= width ? 2 : 1
        let first = min(max(12, widestWord(columns[0])), max(8, width - numbers - gap * (columns.count - 1)))
        var specs = [TextTable.Column(columns[0], minWidth: first)]
        specs += columns.dropFirst().map {
            TextTable.Column($0, alignment: .right, minWidth: widestWord($0), maxWidth: widestWord($0))
        }
        let table = TextTable(columns: specs, columnGap: gap, maxWidth: width)
        var lines = table.renderLines(rows + (sum.map { [$0] } ?? []))
        // The sum row is one line (a short label and numbers): the rule goes just above it.
        guard sum != nil, lines.count >= 3 else { return lines }
        lines.insert(lines[headerRuleIndex(lines)], at: lines.count - 1)
        return lines
    }

    /// The index of the rule under the header (the first line made only of `-` and spaces).
    private static func headerRuleIndex(_ lines: [String]) -> Int {
        lines.firstIndex { !$0.isEmpty && $0.allSatisfy { $0 == "-" || $0 == " " } } ?? 1
    }
}
