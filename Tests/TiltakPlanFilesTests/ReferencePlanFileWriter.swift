import Foundation
import TiltakLanguage
import TiltakModel
import Yams

/// The plan writer as it was before it wrote its text itself: a tree of Yams nodes written by
/// libyaml, each text asked of `Yams.load` whether it may be plain. Kept as the reference the writer
/// must agree with byte for byte.
enum ReferencePlanFileWriter {
    /// The plan as YAML text.
    static func yaml(for plan: Plan) throws -> String {
        var root: [(Node, Node)] = [
            (key("format"), Node("1", Tag(.int))),
            (key("id"), text(plan.id)),
            (key("title"), text(plan.title)),
        ]
        if !plan.region.isEmpty { root.append((key("region"), text(plan.region))) }
        if !plan.owner.isEmpty { root.append((key("owner"), text(plan.owner))) }
        root.append((key("language"), text(plan.language.rawValue)))
        root.append(
            (key("period"), flow([("from", number(plan.period.first)), ("to", number(plan.period.last))])))
        var revision = [("date", text(plan.revision.date.iso)), ("label", text(plan.revision.label))]
        if let deadline = plan.revision.deadline { revision.append(("deadline", text(deadline.iso))) }
        root.append((key("revision"), flow(revision)))
        if !plan.goal.isEmpty { root.append((key("goal"), text(plan.goal + "\n", style: .literal))) }
        if !plan.contact.isEmpty { root.append((key("contact"), text(plan.contact))) }
        root.append((key("parties"), Node(plan.registry.parties.map(party))))
        // Each area's actions and each action's reports, gathered once for the whole plan.
        let byArea = plan.actionsByArea()
        let reports = Dictionary(grouping: plan.statusReports, by: \.actionID)
        root.append(
            (
                key("focusAreas"),
                Node(plan.focusAreas.map { area($0, actions: byArea[$0.code] ?? [], reports: reports) })
            ))
        if let appendix = plan.appendix {
            root.append(
                (
                    key("appendix"),
                    mapping([
                        ("title", text(appendix.title)), ("items", Node(appendix.items.map { text($0) })),
                    ])
                ))
        }
        if let estimate = plan.partTimeResidents {
            root.append((key("partTimeResidents"), self.estimate(estimate)))
        }
        let header = PlanFileMessage.header.text(plan.language) + "\n"
        return header + (try Yams.serialize(node: Node(root), indent: 2, width: -1, allowUnicode: true))
    }

    // MARK: - Parts

    static func party(_ party: Party) -> Node {
        var pairs: [(String, Node)] = [
            ("code", text(party.code)), ("name", text(party.name)), ("kind", text(party.kind.rawValue)),
        ]
        if !party.aliases.isEmpty { pairs.append(("aliases", list(party.aliases))) }
        if !party.members.isEmpty { pairs.append(("members", list(party.members))) }
        return flow(pairs)
    }

    /// An area with its themes and `actions` (the area's, in plan order) under them; `reports`
    /// holds the plan's status reports by action.
    static func area(_ area: FocusArea, actions: [Action], reports: [ActionID: [StatusReport]]) -> Node {
        var pairs: [(String, Node)] = [
            ("code", text(area.code)), ("name", text(area.name)), ("shortName", text(area.shortName)),
        ]
        if let heading = area.heading { pairs.append(("heading", text(heading))) }
        if !area.aliases.isEmpty { pairs.append(("aliases", list(area.aliases))) }
        if !area.description.isEmpty { pairs.append(("description", text(area.description))) }
        if let title = area.resultGoalsTitle { pairs.append(("resultGoalsTitle", text(title))) }
        if !area.resultGoals.isEmpty {
            pairs.append(("resultGoals", Node(area.resultGoals.map { text($0) })))
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
                    Node((byTheme[theme] ?? []).map { item in action(item, reports: reports[item.id] ?? []) })
                ),
            ])
        }
        pairs.append(("themes", Node(themeNodes)))
        return mapping(pairs)
    }

    static func action(_ action: Action, reports: [StatusReport] = []) -> Node {
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
        if action.isClosed { pairs.append(("closed", Node("true", Tag(.bool)))) }
        if !reports.isEmpty {
            pairs.append(
                (
                    "status",
                    Node(
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

    static func financing(_ financing: Financing) -> Node {
        var pairs: [(String, Node)] = [("need", text(financing.need.rawValue))]
        if let source = financing.source { pairs.append(("source", text(source.key))) }
        if let resource = financing.resource { pairs.append(("resource", text(resource))) }
        if let cost = financing.cost {
            pairs.append(("cost", number(cost.amount)))
            pairs.append(("per", text(cost.recurrence.rawValue)))
        }
        if financing.hasUnreadableAmount { pairs.append(("unreadableAmount", Node("true", Tag(.bool)))) }
        return flow(pairs)
    }

    static func estimate(_ e: PartTimeResidentEstimate) -> Node {
        var stated: [(String, Node)] = []
        if let v = e.stated.uncountedPersons { stated.append(("uncountedPersons", number(v))) }
        if let v = e.stated.guestNightsPerDay { stated.append(("guestNightsPerDay", number(v))) }
        if let v = e.stated.guestNightsPerYear { stated.append(("guestNightsPerYear", number(v))) }
        return mapping([
            ("title", text(e.title)),
            ("averagePersonsPerDay", number(e.averagePersonsPerDay)),
            ("uncountedShare", Node(String(e.uncountedShare), Tag(.float))),
            ("uncountedLabel", text(e.uncountedLabel)),
            (
                "deductions",
                Node(e.deductions.map { flow([("label", text($0.label)), ("persons", number($0.persons))]) })
            ),
            ("stated", flow(stated)),
        ])
    }

    // MARK: - Node helpers

    static func key(_ name: String) -> Node { Node(name) }

    /// A string scalar, quoted when YAML would otherwise read it as something else.
    static func text(_ value: String, style: Node.Scalar.Style = .any) -> Node {
        let plainIsSafe =
            !value.isEmpty && (try? Yams.load(yaml: value) as? String) == value
            && !value.contains(where: { $0.isNewline })
        let chosen: Node.Scalar.Style = style != .any ? style : (plainIsSafe ? .any : .doubleQuoted)
        return Node(value, Tag(.str), chosen)
    }

    static func number(_ value: Int) -> Node { Node(String(value), Tag(.int)) }

    static func list(_ values: [String]) -> Node {
        Node(values.map { text($0) }, Tag(.seq), .flow)
    }

    static func mapping(_ pairs: [(String, Node)]) -> Node {
        Node(pairs.map { (key($0.0), $0.1) })
    }

    static func flow(_ pairs: [(String, Node)]) -> Node {
        Node(pairs.map { (key($0.0), $0.1) }, Tag(.map), .flow)
    }
}
