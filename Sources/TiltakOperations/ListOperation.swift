import Foundation
import TextLayout
import TiltakLanguage
import TiltakModel
import TiltakPlanFiles
import TiltakWorkbook

/// `tiltak list`: the actions that match the filters, as a table, CSV, JSON or the Tiltak sheet's TSV.
public enum ListOperation {
    /// The output formats.
    public enum Format: String, Sendable, CaseIterable {
        case table, csv, json, tsv
    }

    /// Which actions, in which format.
    public struct Options: Sendable {
        /// The plan.
        public var source: PlanSource
        /// Which actions.
        public var filter: ActionFilter
        /// The format.
        public var format: Format
        /// The table's width.
        public var width: Int
        /// The language of the captions and the values the plan does not hold as written (financing,
        /// status); `nil` means the plan's.
        public var language: Language?

        /// Creates options.
        public init(
            source: PlanSource = PlanSource(), filter: ActionFilter = ActionFilter(), format: Format = .table,
            width: Int = 100, language: Language? = nil
        ) {
            self.language = language
            self.source = source
            self.filter = filter
            self.format = format
            self.width = width
        }
    }

    /// Lists the matching actions, passing the text to `emit` in pieces (a TSV of a million actions
    /// is not built as one string).
    ///
    /// - Throws: `PlanFileError` for a plan that cannot be read; ``UsageError`` for a filter naming
    ///   an unknown party, focus area or status.
    public static func run(_ options: Options, emit: (String) -> Void) throws {
        let plan = try options.source.load().plan
        let matches = try options.filter.apply(to: plan)
        let language = options.language ?? plan.language
        switch options.format {
        case .table: emit(table(matches, plan, options: options, language: language) + "\n")
        case .csv: emit(csv(matches, plan, language: language) + "\n")
        case .json: emit(try json(matches, plan, language: language) + "\n")
        case .tsv: tsv(matches.map(\.action), plan, language: language, emit: emit)
        }
    }

    static func table(
        _ matches: [(action: Action, role: Role?)], _ plan: Plan, options: Options, language: Language
    ) -> String {
        let byMunicipality = options.filter.municipality != nil
        func caption(_ column: ColumnKey) -> String { column.text(language) }
        var columns = [
            TextTable.Column(caption(.id), minWidth: 5),
            TextTable.Column(caption(.text), minWidth: 20),
            TextTable.Column(caption(.timeframe), minWidth: 6, maxWidth: 11),
            TextTable.Column(caption(.responsible), minWidth: 8, maxWidth: 17),
            TextTable.Column(caption(.financing), minWidth: 8, maxWidth: 17),
        ]
        if byMunicipality {
            columns.insert(TextTable.Column(caption(.role), minWidth: 5, maxWidth: 9), at: 2)
        }
        // The status column comes when there is a status to show: reports for the year, or --status.
        let board = StatusBoard(plan: plan)
        let showsStatus = board.hasReports || options.filter.status != nil
        if showsStatus { columns.append(TextTable.Column(caption(.status), minWidth: 9, maxWidth: 26)) }
        let rows = matches.map { match -> [String] in
            let a = match.action
            var row = [
                a.id.rawValue, TerminalText.clean(a.text),
                TerminalText.clean(a.timeframe.text.isEmpty ? "–" : a.timeframe.text),
                TerminalText.clean(plan.registry.displayNames(a.responsible)),
                a.financing.need == .none ? "" : a.financing.need.text(language),
            ]
            if byMunicipality { row.insert(match.role?.text(language) ?? "", at: 2) }
            if showsStatus { row.append(board.overall(a).text(language)) }
            return row
        }
        let body = TextTable(columns: columns, maxWidth: options.width).render(rows)
        return body + "\n\n" + ReportText.ofActions(matches.count, total: plan.actions.count).text(language)
            + "."
    }

    /// The CSV's columns: the plan's columns (as a table import reads them), then financing, cost,
    /// cost type and status.
    static func csvHeader(_ language: Language) -> String {
        let columns: [ColumnKey] = [
            .id, .focusArea, .theme, .text, .timeframe, .responsible, .involved, .remark,
        ]
        return
            (columns.map { $0.text(language) }
            + [
                ColumnKey.financing.text(language), ReportText.cost.text(language),
                ColumnKey.costType.text(language),
                ColumnKey.status.text(language),
            ]).joined(separator: ";")
    }

    static func csv(_ matches: [(action: Action, role: Role?)], _ plan: Plan, language: Language) -> String {
        var lines = [csvHeader(language)]
        let board = StatusBoard(plan: plan)
        let areas = plan.focusAreasByCode()
        for (a, _) in matches {
            let area = areas[a.focusArea]?.name ?? a.focusArea
            let fields = [
                a.id.rawValue, area, a.theme, a.text, a.timeframe.text, a.responsible.text, a.involved.text,
                a.remark,
                a.financing.need == .none ? "" : a.financing.need.text(language),
                a.financing.cost.map { String($0.amount) } ?? "",
                a.financing.cost?.recurrence.text(language) ?? "",
                board.overall(a).text(language),
            ]
            lines.append(fields.map { csvField(inert($0)) }.joined(separator: ";"))
        }
        return lines.joined(separator: "\n")
    }

    /// `cell` as a spreadsheet reads it as text, never a formula: with a `'` before it when it starts
    /// with `=`, `+`, `-`, `@`, a tab or a carriage return (the usual defence against formulas in CSV
    /// files, which a spreadsheet otherwise runs when the file is opened).
    ///
    /// - Parameter escaped: The format escapes tabs and carriage returns itself (the TSV), so only
    ///   `=`, `+`, `-` and `@` count.
    static func inert(_ cell: String, escaped: Bool = false) -> String {
        guard let first = cell.utf8.first else { return cell }
        let starts: [UInt8] = escaped ? [0x3D, 0x2B, 0x2D, 0x40] : [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]
        return starts.contains(first) ? "'" + cell : cell
    }

    /// A semicolon-separated CSV field, quoted when needed.
    static func csvField(_ value: String) -> String {
        if value.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }

    /// The `Tiltak` sheet's rows, tab-separated, in chunks of about a megabyte; a cell a spreadsheet
    /// would read as a formula starts with `'` (see ``inert(_:)``; tabs and carriage returns are
    /// escaped already).
    static func tsv(_ actions: [Action], _ plan: Plan, language: Language, emit: (String) -> Void) {
        let board = StatusBoard(plan: plan)
        var buffer = ActionTableText.tsvLine(ActionTableText.headers(language)) + "\n"
        for action in actions {
            buffer += ActionTableText.tsvLine(
                ActionTableText.row(action, plan: plan, board: board, language: language).map {
                    inert($0, escaped: true)
                })
            buffer += "\n"
            if buffer.utf8.count >= 1 << 20 {
                emit(buffer)
                buffer = ""
            }
        }
        emit(buffer)
    }

    static func json(_ matches: [(action: Action, role: Role?)], _ plan: Plan, language: Language) throws
        -> String
    {
        let board = StatusBoard(plan: plan)
        // Every report of each action (all years), in the plan's order, gathered once.
        let reports = Dictionary(grouping: plan.statusReports, by: \.actionID)
        let items: [[String: Any]] = matches.map { match in
            let a = match.action
            var item: [String: Any] = [
                "id": a.id.rawValue, "focusArea": a.focusArea, "theme": a.theme, "text": a.text,
                "timeframe": [
                    "text": a.timeframe.text, "reading": a.timeframe.kind.canonical,
                    "years": a.timeframe.activeYears(in: plan.period) ?? NSNull(),
                ] as [String: Any],
                "responsible": a.responsible.parties.map { ref in party(ref, plan) },
                "involved": a.involved.parties.map { ref in party(ref, plan) },
                "remark": a.remark,
                "financing": financing(a.financing, plan),
                "flags": a.sortedFlags.map(\.rawValue),
                "status": status(board.overall(a), reports: board.reports(a), plan: plan, language: language),
                "reports": (reports[a.id] ?? []).map(report),
            ]
            if let role = match.role { item["role"] = role.rawValue }
            // The table's own columns, only where it had them: the financing and cost cells as
            // written, and the kept columns under their headers in the table's order.
            if !a.financingText.isEmpty { item["financingText"] = a.financingText }
            if !a.costText.isEmpty { item["costText"] = a.costText }
            if !a.extras.isEmpty {
                item["extra"] = a.extras.map { ["header": $0.header, "value": $0.value] }
            }
            return item
        }
        let root: [String: Any] = ["plan": plan.id, "count": items.count, "actions": items]
        let data = try JSONSerialization.data(
            withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// The overall status: `value` (a status key, `null` when not reported), `text` (in `language`),
    /// `done`, `expected` (the parties expected to report), `reported`, `year` and `parties`: each
    /// party's latest report for the year, in the order of the parties expected to report (then
    /// any other), with its `name` (the parties that have not reported are left out: a group of
    /// hundreds would fill the list).
    private static func status(
        _ overall: OverallStatus, reports: [StatusReport], plan: Plan, language: Language
    ) -> [String: Any] {
        let byParty = Dictionary(reports.map { ($0.party, $0) }) { _, last in last }
        return [
            "value": overall.status?.key ?? NSNull(), "text": overall.text(language),
            "done": overall.doneCount,
            "expected": overall.expectedCount, "reported": overall.reportedCount, "year": plan.statusYear,
            "parties": overall.breakdown.compactMap { entry -> [String: Any]? in
                guard let found = byParty[entry.party] else { return nil }
                var item = report(found)
                item["name"] = plan.registry.displayName(.registered(entry.party))
                return item
            },
        ]
    }

    /// One report: `year`, `party`, `status` (a key), `comment`, `collected` and `source` when known.
    private static func report(_ report: StatusReport) -> [String: Any] {
        var result: [String: Any] = [
            "year": report.year, "party": report.party, "status": report.status.key,
            "comment": report.comment, "collected": report.collected.iso,
        ]
        if let source = report.source { result["source"] = source }
        return result
    }

    private static func party(_ ref: PartyReference, _ plan: Plan) -> [String: Any] {
        switch ref {
        case .registered(let code): ["code": code, "name": plan.registry.displayName(ref)]
        case .unregistered(let name): ["name": name, "registered": false]
        }
    }

    private static func financing(_ f: Financing, _ plan: Plan) -> [String: Any] {
        var result: [String: Any] = ["need": f.need.rawValue, "unfinanced": f.isUnfinanced]
        if let source = f.source { result["source"] = plan.registry.displayName(source) }
        if let resource = f.resource { result["resource"] = resource }
        if let cost = f.cost {
            result["cost"] = cost.amount
            result["per"] = cost.recurrence.rawValue
        }
        if f.hasUnreadableAmount { result["unreadableAmount"] = true }
        return result
    }
}
