import Foundation
import TiltakLanguage
import TiltakModel
import TiltakRuntime

/// Writes plans as YAML plan files (format 1) with every reading spelled out.
///
/// The text is written as it goes (``YAMLEmitter``), the same bytes libyaml wrote from a tree of
/// Yams nodes, without building the tree: a plan of a million actions is written in seconds. A text
/// is written plain when it reads back as itself (``PlainScalar``), else double-quoted.
public enum PlanFileWriter {
    /// The comment the file starts with, in the plan's language.
    static func header(_ plan: Plan) -> String {
        PlanFileMessage.header.text(plan.language) + "\n"
    }

    /// The plan as YAML text.
    public static func yaml(for plan: Plan) throws -> String {
        String(decoding: bytes(for: plan), as: UTF8.self)
    }

    /// The plan as the bytes of a plan file.
    public static func bytes(for plan: Plan) -> Data {
        var data = Data()
        write(plan) { data.append(contentsOf: $0) }
        return data
    }

    /// Writes the plan to `path` atomically, through a symbolic link to its target, keeping the mode
    /// and owner of the file it replaces (see ``AtomicFile/replace(_:at:modeOf:)``); the text goes to
    /// the file as it is written, not kept in memory.
    public static func write(_ plan: Plan, to path: String) throws {
        try AtomicFile.replace(at: path) { file in write(plan) { file.write($0) } }
    }

    /// Writes the plan's text to `output` in pieces, in order.
    static func write(_ plan: Plan, to output: @escaping (UnsafeRawBufferPointer) -> Void) {
        var writer = PlanYAML(emitter: YAMLEmitter(prefix: header(plan), output: output))
        writer.plan(plan)
        writer.emitter.finish()
    }
}

/// Writes one plan's keys and values to a ``YAMLEmitter``, remembering which unusual texts may be
/// written plain.
private struct PlanYAML {
    var emitter: YAMLEmitter
    let plain = PlainScalar()

    mutating func plan(_ plan: Plan) {
        emitter.mappingStart(flow: false)
        key("format")
        number(1)
        field("id", plan.id)
        field("title", plan.title)
        if !plan.region.isEmpty { field("region", plan.region) }
        if !plan.owner.isEmpty { field("owner", plan.owner) }
        field("language", plan.language.rawValue)
        key("period")
        flow {
            $0.key("from")
            $0.number(plan.period.first)
            $0.key("to")
            $0.number(plan.period.last)
        }
        key("revision")
        flow {
            $0.field("date", plan.revision.date.iso)
            $0.field("label", plan.revision.label)
            if let deadline = plan.revision.deadline { $0.field("deadline", deadline.iso) }
        }
        if !plan.goal.isEmpty {
            key("goal")
            emitter.scalar(plan.goal + "\n", .literal)
        }
        if !plan.contact.isEmpty { field("contact", plan.contact) }
        key("parties")
        emitter.sequenceStart(flow: false)
        for party in plan.registry.parties { self.party(party) }
        emitter.sequenceEnd()
        // Each area's actions and each action's reports, gathered once for the whole plan.
        let byArea = plan.actionsByArea()
        let reports = Dictionary(grouping: plan.statusReports, by: \.actionID)
        key("focusAreas")
        emitter.sequenceStart(flow: false)
        for area in plan.focusAreas { self.area(area, actions: byArea[area.code] ?? [], reports: reports) }
        emitter.sequenceEnd()
        if let appendix = plan.appendix {
            key("appendix")
            emitter.mappingStart(flow: false)
            field("title", appendix.title)
            key("items")
            emitter.sequenceStart(flow: false)
            for item in appendix.items { text(item) }
            emitter.sequenceEnd()
            emitter.mappingEnd()
        }
        if let estimate = plan.partTimeResidents {
            key("partTimeResidents")
            self.estimate(estimate)
        }
        emitter.mappingEnd()
    }

    // MARK: - Parts

    mutating func party(_ party: Party) {
        flow {
            $0.field("code", party.code)
            $0.field("name", party.name)
            $0.field("kind", party.kind.rawValue)
            if !party.aliases.isEmpty { $0.list("aliases", party.aliases) }
            if !party.members.isEmpty { $0.list("members", party.members) }
        }
    }

    /// An area with its themes and `actions` (the area's, in plan order) under them; `reports`
    /// holds the plan's status reports by action.
    mutating func area(_ area: FocusArea, actions: [Action], reports: [ActionID: [StatusReport]]) {
        emitter.mappingStart(flow: false)
        field("code", area.code)
        field("name", area.name)
        field("shortName", area.shortName)
        if let heading = area.heading { field("heading", heading) }
        if !area.aliases.isEmpty { list("aliases", area.aliases) }
        if !area.description.isEmpty { field("description", area.description) }
        if let title = area.resultGoalsTitle { field("resultGoalsTitle", title) }
        if !area.resultGoals.isEmpty {
            key("resultGoals")
            emitter.sequenceStart(flow: false)
            for goal in area.resultGoals { text(goal) }
            emitter.sequenceEnd()
        }
        // The area's themes, then the themes only its actions name.
        var themes = area.themes
        var named = Set(themes)
        for action in actions where named.insert(action.theme).inserted {
            themes.append(action.theme)
        }
        let byTheme = Dictionary(grouping: actions, by: \.theme)
        key("themes")
        emitter.sequenceStart(flow: false)
        for theme in themes {
            emitter.mappingStart(flow: false)
            field("name", theme)
            key("actions")
            emitter.sequenceStart(flow: false)
            for action in byTheme[theme] ?? [] { self.action(action, reports: reports[action.id] ?? []) }
            emitter.sequenceEnd()
            emitter.mappingEnd()
        }
        emitter.sequenceEnd()
        emitter.mappingEnd()
    }

    mutating func action(_ action: Action, reports: [StatusReport]) {
        emitter.mappingStart(flow: false)
        field("id", action.id.rawValue)
        field("text", action.text)
        if !action.timeframe.text.isEmpty { field("timeframe", action.timeframe.text) }
        if !action.responsible.text.isEmpty { field("responsible", action.responsible.text) }
        if !action.involved.text.isEmpty { field("involved", action.involved.text) }
        if !action.remark.isEmpty { field("remark", action.remark) }
        if !action.financingText.isEmpty { field("financing", action.financingText) }
        if !action.costText.isEmpty { field("cost", action.costText) }
        if !action.extras.isEmpty {
            key("extra")
            emitter.mappingStart(flow: false)
            for extra in action.extras {
                text(extra.header)
                text(extra.value)
            }
            emitter.mappingEnd()
        }
        key("reading")
        emitter.mappingStart(flow: false)
        field("timeframe", action.timeframe.kind.canonical)
        list("responsible", action.responsible.parties.map(\.key))
        list("involved", action.involved.parties.map(\.key))
        key("financing")
        financing(action.financing)
        if !action.flags.isEmpty { list("flags", action.sortedFlags.map(\.rawValue)) }
        emitter.mappingEnd()
        if action.isClosed {
            key("closed")
            emitter.scalar("true")
        }
        if !reports.isEmpty {
            key("status")
            emitter.sequenceStart(flow: false)
            for report in reports {
                flow {
                    $0.key("year")
                    $0.number(report.year)
                    $0.field("party", report.party)
                    $0.field("status", report.status.rawValue)
                    if !report.comment.isEmpty { $0.field("comment", report.comment) }
                    $0.field("collected", report.collected.iso)
                    if let source = report.source { $0.field("source", source) }
                }
            }
            emitter.sequenceEnd()
        }
        emitter.mappingEnd()
    }

    mutating func financing(_ financing: Financing) {
        flow {
            $0.field("need", financing.need.rawValue)
            if let source = financing.source { $0.field("source", source.key) }
            if let resource = financing.resource { $0.field("resource", resource) }
            if let cost = financing.cost {
                $0.key("cost")
                $0.number(cost.amount)
                $0.field("per", cost.recurrence.rawValue)
            }
            if financing.hasUnreadableAmount {
                $0.key("unreadableAmount")
                $0.emitter.scalar("true")
            }
        }
    }

    mutating func estimate(_ e: PartTimeResidentEstimate) {
        emitter.mappingStart(flow: false)
        field("title", e.title)
        key("averagePersonsPerDay")
        number(e.averagePersonsPerDay)
        key("uncountedShare")
        emitter.scalar(String(e.uncountedShare))
        field("uncountedLabel", e.uncountedLabel)
        key("deductions")
        emitter.sequenceStart(flow: false)
        for deduction in e.deductions {
            flow {
                $0.field("label", deduction.label)
                $0.key("persons")
                $0.number(deduction.persons)
            }
        }
        emitter.sequenceEnd()
        key("stated")
        flow {
            if let v = e.stated.uncountedPersons {
                $0.key("uncountedPersons")
                $0.number(v)
            }
            if let v = e.stated.guestNightsPerDay {
                $0.key("guestNightsPerDay")
                $0.number(v)
            }
            if let v = e.stated.guestNightsPerYear {
                $0.key("guestNightsPerYear")
                $0.number(v)
            }
        }
        emitter.mappingEnd()
    }

    // MARK: - Scalars and collections

    mutating func key(_ name: String) { emitter.scalar(name) }

    /// A string scalar, quoted when YAML would otherwise read it as something else.
    mutating func text(_ value: String) {
        emitter.scalar(value, plain.readsBack(value) ? .any : .doubleQuoted)
    }

    mutating func field(_ name: String, _ value: String) {
        key(name)
        text(value)
    }

    mutating func number(_ value: Int) { emitter.scalar(String(value)) }

    /// `name: [a, b]`.
    mutating func list(_ name: String, _ values: [String]) {
        key(name)
        emitter.sequenceStart(flow: true)
        for value in values { text(value) }
        emitter.sequenceEnd()
    }

    /// A flow mapping (`{a: b, c: d}`) of the pairs `pairs` writes.
    mutating func flow(_ pairs: (inout PlanYAML) -> Void) {
        emitter.mappingStart(flow: true)
        pairs(&self)
        emitter.mappingEnd()
    }
}
