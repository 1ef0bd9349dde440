import Foundation
import TiltakLanguage
import TiltakModel
import TiltakRuntime
import Yams

/// The status ledger beside a plan file (`<plan>.status.yaml`): what `tiltak collect` and `tiltak
/// revise` keep so that the plan file stays as the secretariat wrote it.
///
/// It holds every collected status report (one line each, in the order of action, year and party),
/// the plan's earlier revisions (oldest first) and the actions closed by a revision. Every command
/// reads it together with the plan (``PlanLoader``): its reports replace the plan file's own
/// reports of the same party, action and year, its revisions are the plan's
/// ``Plan/earlierRevisions`` and its closed actions are closed.
public struct StatusLedger: Hashable, Sendable {
    /// The plan's id, as the plan file has it.
    public var planID: String
    /// The plan's earlier revisions, oldest first.
    public var revisions: [Revision]
    /// Actions closed by a revision, in id order.
    public var closed: [ActionID]
    /// The reports, by action, year and party.
    public var reports: [StatusReport]

    /// Creates a ledger; the reports and closed actions are put in order.
    public init(
        planID: String, revisions: [Revision] = [], closed: [ActionID] = [], reports: [StatusReport] = []
    ) {
        self.planID = planID
        self.revisions = revisions
        self.closed = Array(Set(closed)).sorted()
        self.reports = Self.ordered(reports)
    }

    /// Files `reports`, each replacing the ledger's report of the same party, action and year.
    public mutating func file(_ reports: [StatusReport]) {
        self.reports = Self.ordered(self.reports + reports)
    }

    /// Reports in the ledger's order, one per party, action and year (the later one kept).
    ///
    /// The distinct actions are sorted, not the reports: an action id compares by its parts
    /// (`KM-2` before `KM-10`), which costs more than sorting each action's few reports.
    static func ordered(_ reports: [StatusReport]) -> [StatusReport] {
        var latest: [StatusReport.Key: StatusReport] = [:]
        for report in reports { latest[report.key] = report }
        let byAction = Dictionary(grouping: latest.values, by: \.actionID)
        return byAction.keys.sorted().flatMap { id in
            (byAction[id] ?? []).sorted { ($0.year, $0.party) < ($1.year, $1.party) }
        }
    }

    // MARK: - Where

    /// The ledger's path beside the plan file at `planPath`: `plan.yaml` → `plan.status.yaml`; for a
    /// plan that is a symbolic link, beside its target (where the plan is, however it is reached).
    public static func path(for planPath: String) -> String {
        var planPath = planPath
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: planPath) {
            let folder = (planPath as NSString).deletingLastPathComponent
            planPath =
                target.hasPrefix("/") || folder.isEmpty
                ? target : (folder as NSString).appendingPathComponent(target)
        }
        let url = URL(fileURLWithPath: planPath)
        let name = url.deletingPathExtension().lastPathComponent + ".status.yaml"
        let folder = (planPath as NSString).deletingLastPathComponent
        return folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
    }

    // MARK: - Applying

    /// `plan` with the ledger's reports merged over its own, its earlier revisions set and its
    /// closed actions closed; records of actions the plan does not have are left out.
    public func applied(to plan: Plan) -> Plan {
        var plan = plan
        let ids = Set(plan.actions.map(\.id))
        _ = plan.merge(reports.filter { ids.contains($0.actionID) })
        plan.earlierRevisions = revisions
        let closed = Set(self.closed)
        for index in plan.actions.indices where closed.contains(plan.actions[index].id) {
            plan.actions[index].isClosed = true
        }
        return plan
    }

    // MARK: - Reading

    /// Reads the ledger at `path` for the plan `plan` (its id, registry and actions check the
    /// ledger's records).
    public static func read(path: String, for plan: Plan) throws(PlanFileError) -> StatusLedger {
        let data = try SourceFile.bytes(of: path)
        let text = try SourceFile.utf8Text(data, file: path)
        return try read(yaml: text, file: path, for: plan)
    }

    /// Reads a ledger from its text; `file` names it in messages.
    public static func read(yaml text: String, file: String, for plan: Plan) throws(PlanFileError)
        -> StatusLedger
    {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, Resolver.basic)
        } catch let error as YamlError {
            throw .invalid([PlanFileReader.problem(from: error, file: file)])
        } catch {
            throw .invalid([FileProblem(file: file, message: .yamlFailure("\(error)"))])
        }
        guard let root else { return StatusLedger(planID: plan.id) }
        let c = YAMLCursor(file: file)
        let ledger = read(root, c, plan: plan)
        if !c.problems.isEmpty { throw .invalid(c.problems) }
        guard let ledger else { throw .invalid([FileProblem(file: file, message: .invalidPlan)]) }
        if ledger.planID != plan.id {
            throw .invalid([
                FileProblem(
                    file: file, field: "plan",
                    message: Message(LedgerMessage.ledgerForOtherPlan(ledger: ledger.planID, plan: plan.id)),
                    hint: Message(LedgerMessage.ledgerForOtherPlanHint))
            ])
        }
        return ledger
    }

    static let keys = ["format", "plan", "revisions", "closed", "reports"]
    static let reportKeys = ["action", "year", "party", "status", "comment", "collected", "source"]

    static func read(_ root: Node, _ c: YAMLCursor, plan: Plan) -> StatusLedger? {
        guard let map = c.mapping(root, "", allowed: keys, required: ["plan"]) else { return nil }
        if let format = map["format"], let value = c.string(format, "format"), value != "1" {
            c.problem(format, "format", .unknownFormat(value), hint: .formatHint)
        }
        var revisions: [Revision] = []
        for (index, node) in c.sequence(map["revisions"], "revisions").enumerated() {
            let revision = PlanFileReader.readRevision(
                node, c, period: plan.period, path: "revisions[\(index)]")
            revisions.append(revision)
        }
        // Records of actions the plan no longer has are kept (a revision may drop an action) but
        // not applied (``applied(to:)``).
        let closed = c.strings(map["closed"], "closed").map { ActionID($0) }
        var reports: [StatusReport] = []
        for (index, node) in c.sequence(map["reports"], "reports").enumerated() {
            let path = "reports[\(index)]"
            guard let fields = c.mapping(node, path, allowed: reportKeys, required: ["action"]),
                let idText = c.string(fields["action"], path + ".action")
            else { continue }
            let id = ActionID(idText)
            if let report = PlanFileReader.readStatusEntry(
                node, action: id, path: path, registry: plan.registry, c, allowed: reportKeys)
            {
                reports.append(report)
            }
        }
        return StatusLedger(
            planID: c.string(map["plan"], "plan") ?? "", revisions: revisions, closed: closed,
            reports: reports)
    }

    // MARK: - Writing

    /// The ledger as the bytes of a ledger file, in `language` for its opening comment.
    public func bytes(language: Language) -> Data {
        var data = Data()
        let header =
            LedgerMessage.fileHeader.text(language).split(separator: "\n").map { "# " + $0 }.joined(
                separator: "\n") + "\n"
        var emitter = YAMLEmitter(prefix: header) { data.append(contentsOf: $0) }
        let plain = PlainScalar()
        func text(_ value: String) {
            emitter.scalar(value, plain.readsBack(value) ? .any : .doubleQuoted)
        }
        func field(_ key: String, _ value: String) {
            emitter.scalar(key)
            text(value)
        }
        emitter.mappingStart(flow: false)
        emitter.scalar("format")
        emitter.scalar("1")
        field("plan", planID)
        if !revisions.isEmpty {
            emitter.scalar("revisions")
            emitter.sequenceStart(flow: false)
            for revision in revisions {
                emitter.mappingStart(flow: true)
                field("date", revision.date.iso)
                field("label", revision.label)
                if let deadline = revision.deadline { field("deadline", deadline.iso) }
                emitter.mappingEnd()
            }
            emitter.sequenceEnd()
        }
        if !closed.isEmpty {
            emitter.scalar("closed")
            emitter.sequenceStart(flow: false)
            for id in closed { text(id.rawValue) }
            emitter.sequenceEnd()
        }
        emitter.scalar("reports")
        emitter.sequenceStart(flow: false)
        for report in reports {
            emitter.mappingStart(flow: true)
            field("action", report.actionID.rawValue)
            emitter.scalar("year")
            emitter.scalar(String(report.year))
            field("party", report.party)
            field("status", report.status.rawValue)
            if !report.comment.isEmpty { field("comment", report.comment) }
            field("collected", report.collected.iso)
            if let source = report.source { field("source", source) }
            emitter.mappingEnd()
        }
        emitter.sequenceEnd()
        emitter.mappingEnd()
        emitter.finish()
        return data
    }
}
