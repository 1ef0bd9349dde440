import Foundation
import TiltakModel
import TiltakRuntime
import Yams

/// Writes plans as YAML plan files (format 1) with every reading spelled out.
public enum PlanFileWriter {
    /// The plan as YAML text.
    public static func yaml(for plan: Plan) throws -> String {
        try PlanNodes().yaml(for: plan)
    }

    /// Writes the plan to `path` atomically, through a symbolic link to its target, keeping the mode
    /// and owner of the file it replaces (see ``AtomicFile/replace(_:at:modeOf:)``).
    public static func write(_ plan: Plan, to path: String) throws {
        try AtomicFile.replace(Data(try yaml(for: plan).utf8), at: path)
    }
}

/// Builds the YAML nodes of one plan file.
///
/// Every node gets its tag from here, with one `Constructor` for all of them: Yams' default tag
/// makes a new constructor (three dictionaries) for each tag, which for a plan with 240 000 status
/// reports came to 3.5 GB. Tags with a name are shared (Yams changes only an implicit tag's name,
/// when it resolves it); each implicit tag is new.
private final class PlanNodes {
    private let constructor = Constructor()
    private lazy var stringTag = tag(.str)
    private lazy var integerTag = tag(.int)
    private lazy var booleanTag = tag(.bool)
    private lazy var floatTag = tag(.float)
    private lazy var sequenceTag = tag(.seq)
    private lazy var mappingTag = tag(.map)
    /// Whether each short string can be written plain (see ``PlainScalars``): the same party codes,
    /// statuses, dates and file names come back for every report.
    private var plainAnswers: [String: Bool] = [:]

    private func tag(_ name: Tag.Name) -> Tag { Tag(name, .default, constructor) }

    /// The plan as YAML text.
    func yaml(for plan: Plan) throws -> String {
        var root: [(Node, Node)] = [
            (key("format"), Node("1", integerTag)),
            (key("id"), text(plan.id)),
            (key("title"), text(plan.title)),
        ]
        if !plan.region.isEmpty { root.append((key("region"), text(plan.region))) }
        if !plan.owner.isEmpty { root.append((key("owner"), text(plan.owner))) }
        root.append((key("language"), text(plan.language.rawValue)))
        root.append(
            (key("period"), flow([("from", number(plan.period.first)), ("to", number(plan.period.last))])))
        root.append(
            (
                key("revision"),
                flow([("date", text(plan.revision.date.iso)), ("label", text(plan.revision.label))])
            ))
        if !plan.goal.isEmpty { root.append((key("goal"), text(plan.goal + "\n", style: .literal))) }
        root.append((key("parties"), sequence(plan.registry.parties.map(party))))
        // Each area's actions and each action's reports, gathered once for the whole plan.
        let byArea = plan.actionsByArea()
        let reports = Dictionary(grouping: plan.statusReports, by: \.actionID)
        root.append(
            (
                key("focusAreas"),
                sequence(plan.focusAreas.map { area($0, actions: byArea[$0.code] ?? [], reports: reports) })
            ))
        if let appendix = plan.appendix {
            root.append(
                (
                    key("appendix"),
                    mapping([
                        ("title", text(appendix.title)), ("items", sequence(appendix.items.map { text($0) })),
                    ])
                ))
        }
        if let estimate = plan.partTimeResidents {
            root.append((key("partTimeResidents"), self.estimate(estimate)))
        }
        let header =
            "# Tiltak plan file (format 1). Raw cells as written; `reading` holds what Tiltak reads from them.\n"
        return header
            + (try Yams.serialize(node: Node(root, tag(.implicit)), indent: 2, width: -1, allowUnicode: true))
    }

    // MARK: - Parts

    func party(_ party: Party) -> Node {
        var pairs: [(String, Node)] = [
            ("code", text(party.code)), ("name", text(party.name)), ("kind", text(party.kind.rawValue)),
        ]
        if !party.aliases.isEmpty { pairs.append(("aliases", list(party.aliases))) }
        if !party.members.isEmpty { pairs.append(("members", list(party.members))) }
        return flow(pairs)
    }

    /// An area with its themes and `actions` (the area's, in plan order) under them; `reports`
    /// holds the plan's status reports by action.
    func area(_ area: FocusArea, actions: [Action], reports: [ActionID: [StatusReport]]) -> Node {
        var pairs: [(String, Node)] = [
            ("code", text(area.code)), ("name", text(area.name)), ("shortName", text(area.shortName)),
        ]
        if let heading = area.heading { pairs.append(("heading", text(heading))) }
        if !area.aliases.isEmpty { pairs.append(("aliases", list(area.aliases))) }
        if !area.description.isEmpty { pairs.append(("description", text(area.description))) }
        if let title = area.resultGoalsTitle { pairs.append(("resultGoalsTitle", text(title))) }
        if !area.resultGoals.isEmpty {
            pairs.append(("resultGoals", sequence(area.resultGoals.map { text($0) })))
        }
        // The area's themes, then the themes only its actions name.
        var themes = area.themes
        var named = Set(themes)
        for action in actions where named.insert(action.theme).inserted {
            themes.append(action.theme)
        }
        let byTheme = Dictionary(grouping: actions, by: \.theme)
        let themeNodes = themes.map { theme in
            mapping([
                ("name", text(theme)),
                (
                    "actions",
                    sequence(
                        (byTheme[theme] ?? []).map { item in action(item, reports: reports[item.id] ?? []) })
                ),
            ])
        }
        pairs.append(("themes", sequence(themeNodes)))
        return mapping(pairs)
    }

    func action(_ action: Action, reports: [StatusReport] = []) -> Node {
        var pairs: [(String, Node)] = [("id", text(action.id.rawValue)), ("text", text(action.text))]
        if !action.timeframe.text.isEmpty { pairs.append(("timeframe", text(action.timeframe.text))) }
        if !action.responsible.text.isEmpty { pairs.append(("responsible", text(action.responsible.text))) }
        if !action.involved.text.isEmpty { pairs.append(("involved", text(action.involved.text))) }
        if !action.remark.isEmpty { pairs.append(("remark", text(action.remark))) }
        var reading: [(String, Node)] = [
            ("timeframe", text(action.timeframe.kind.canonical)),
            ("responsible", list(action.responsible.parties.map(\.key))),
            ("involved", list(action.involved.parties.map(\.key))),
            ("financing", financing(action.financing)),
        ]
        if !action.flags.isEmpty { reading.append(("flags", list(action.sortedFlags.map(\.rawValue)))) }
        pairs.append(("reading", mapping(reading)))
        if action.isClosed { pairs.append(("closed", Node("true", booleanTag))) }
        if !reports.isEmpty {
            pairs.append(
                (
                    "status",
                    sequence(
                        reports.map { report in
                            var fields: [(String, Node)] = [
                                ("year", number(report.year)), ("party", text(report.party)),
                                ("status", text(report.status.rawValue)),
                            ]
                            if !report.comment.isEmpty { fields.append(("comment", text(report.comment))) }
                            fields.append(("collected", text(report.collected.iso)))
                            if let source = report.source { fields.append(("source", text(source))) }
                            return flow(fields)
                        })
                ))
        }
        return mapping(pairs)
    }

    func financing(_ financing: Financing) -> Node {
        var pairs: [(String, Node)] = [("need", text(financing.need.rawValue))]
        if let source = financing.source { pairs.append(("source", text(source.key))) }
        if let resource = financing.resource { pairs.append(("resource", text(resource))) }
        if let cost = financing.cost {
            pairs.append(("cost", number(cost.amount)))
            pairs.append(("per", text(cost.recurrence.rawValue)))
        }
        if financing.hasUnreadableAmount { pairs.append(("unreadableAmount", Node("true", booleanTag))) }
        return flow(pairs)
    }

    func estimate(_ e: PartTimeResidentEstimate) -> Node {
        var stated: [(String, Node)] = []
        if let v = e.stated.uncountedPersons { stated.append(("uncountedPersons", number(v))) }
        if let v = e.stated.guestNightsPerDay { stated.append(("guestNightsPerDay", number(v))) }
        if let v = e.stated.guestNightsPerYear { stated.append(("guestNightsPerYear", number(v))) }
        return mapping([
            ("title", text(e.title)),
            ("averagePersonsPerDay", number(e.averagePersonsPerDay)),
            ("uncountedShare", Node(String(e.uncountedShare), floatTag)),
            ("uncountedLabel", text(e.uncountedLabel)),
            (
                "deductions",
                sequence(
                    e.deductions.map { flow([("label", text($0.label)), ("persons", number($0.persons))]) })
            ),
            ("stated", flow(stated)),
        ])
    }

    // MARK: - Node helpers

    func key(_ name: String) -> Node { Node(name, tag(.implicit)) }

    /// A string scalar, quoted when YAML would otherwise read it as something else.
    func text(_ value: String, style: Node.Scalar.Style = .any) -> Node {
        let chosen: Node.Scalar.Style = style != .any ? style : (isPlain(value) ? .any : .doubleQuoted)
        return Node(value, stringTag, chosen)
    }

    /// Whether `value` can be written plain, remembered for short strings.
    private func isPlain(_ value: String) -> Bool {
        guard value.utf8.count <= PlainScalars.longestKept else { return PlainScalars.areSafe(value) }
        if let answer = plainAnswers[value] { return answer }
        let answer = PlainScalars.areSafe(value)
        plainAnswers[value] = answer
        return answer
    }

    func number(_ value: Int) -> Node { Node(String(value), integerTag) }

    func list(_ values: [String]) -> Node {
        Node(values.map { text($0) }, sequenceTag, .flow)
    }

    func mapping(_ pairs: [(String, Node)]) -> Node {
        Node(pairs.map { (key($0.0), $0.1) }, tag(.implicit))
    }

    func sequence(_ nodes: [Node]) -> Node {
        Node(nodes, tag(.implicit))
    }

    func flow(_ pairs: [(String, Node)]) -> Node {
        Node(pairs.map { (key($0.0), $0.1) }, mappingTag, .flow)
    }
}

/// Which strings a plan file can hold as plain (unquoted) YAML scalars.
enum PlainScalars {
    /// The longest string (UTF-8 bytes) whose answer a plan's writer remembers: short strings
    /// repeat across a plan (party codes, statuses, dates, file names), and asking the YAML parser
    /// costs far more than writing the scalar.
    static let longestKept = 48

    /// Whether YAML reads `value`, written plain, back as the same string (and it has no line
    /// break). The encoding is given: Yams' default reads the environment each time, which costs
    /// more than the parsing.
    static func areSafe(_ value: String) -> Bool {
        !value.isEmpty && (try? Yams.load(yaml: value, .default, .default, .utf8) as? String) == value
            && !value.contains(where: { $0.isNewline })
    }
}
