import Foundation
import TiltakLanguage
import TiltakModel
import TiltakRuntime
import Yams

/// Reads plan files (YAML, format 1) into plans, reporting every problem with file, line, column and key.
public enum PlanFileReader {
    static let planKeys = [
        "format", "id", "title", "region", "owner", "language", "period", "revision", "goal", "contact",
        "parties",
        "focusAreas",
        "appendix", "partTimeResidents",
    ]
    static let areaKeys = [
        "code", "name", "shortName", "heading", "aliases", "description", "resultGoalsTitle", "resultGoals",
        "themes",
    ]
    static let actionKeys = [
        "id", "text", "timeframe", "responsible", "involved", "remark", "financing", "cost", "extra",
        "reading",
        "closed", "status",
    ]
    static let statusKeys = ["year", "party", "status", "comment", "collected", "source"]
    static let readingKeys = ["timeframe", "responsible", "involved", "financing", "flags"]
    static let financingKeys = ["need", "source", "resource", "cost", "per", "unreadableAmount"]
    static let partyKeys = ["code", "name", "kind", "aliases", "members"]

    /// Reads the plan file at `path`.
    public static func read(path: String) throws(PlanFileError) -> Plan {
        let data = try SourceFile.bytes(of: path)
        let text = try SourceFile.utf8Text(data, file: path)
        return try read(yaml: text, file: path)
    }

    /// Reads a plan from YAML text; `file` names it in messages. With `applyingReadings: false` the
    /// stored readings are ignored and every reading comes from the raw cells.
    public static func read(yaml text: String, file: String, applyingReadings: Bool = true)
        throws(PlanFileError) -> Plan
    {
        let root: Node?
        do {
            // Every scalar is read as text, so the basic resolver (no tag-guessing regexes) suffices.
            root = try Yams.compose(yaml: text, Resolver.basic)
        } catch let error as YamlError {
            throw .invalid([problem(from: error, file: file)])
        } catch {
            throw .invalid([FileProblem(file: file, message: .yamlFailure("\(error)"))])
        }
        guard let root else { throw .invalid([FileProblem(file: file, message: .empty)]) }
        let cursor = YAMLCursor(file: file)
        let plan = readPlan(root, cursor, applyingReadings: applyingReadings)
        if !cursor.problems.isEmpty || plan == nil {
            throw .invalid(
                cursor.problems.isEmpty
                    ? [FileProblem(file: file, message: .invalidPlan)] : cursor.problems)
        }
        guard let plan else { throw .invalid(cursor.problems) }
        return plan
    }

    static func problem(from error: YamlError, file: String) -> FileProblem {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(
                separator: ": ")
            return FileProblem(
                file: file, line: mark.line, column: mark.column, message: .invalidYAML(detail),
                hint: .yamlLineHint)
        case .reader(let problem, let offset, let value, let yaml):
            return readerProblem(problem, offset: offset, value: value, yaml: yaml, file: file)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return DuplicatedKey.problem(keys: duplicates, at: context.mark, in: context.text, file: file)
        default:
            return FileProblem(file: file, message: .invalidYAMLDescribed("\(error)"))
        }
    }

    /// A problem libyaml's reader found: a character YAML does not allow (a control character),
    /// placed by line and column.
    static func readerProblem(_ problem: String, offset: Int?, value: Int32, yaml: String, file: String)
        -> FileProblem
    {
        var line: Int?
        var column: Int?
        // Yams gives the offset in characters.
        if let offset, offset >= 0,
            let index = yaml.index(yaml.startIndex, offsetBy: offset, limitedBy: yaml.endIndex)
        {
            let before = yaml[..<index]
            let lineStart =
                before.lastIndex(where: \.isNewline).map { before.index(after: $0) } ?? before.startIndex
            line = before.count(where: \.isNewline) + 1
            column = before[lineStart...].count + 1
        }
        guard value >= 0, let scalar = Unicode.Scalar(UInt32(value)), problem.contains("control") else {
            return FileProblem(
                file: file, line: line, column: column, message: .notYAML(problem))
        }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        func padded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - hex.count)) + hex }
        let escape = scalar.value <= 0xFF ? "\\x" + padded(2) : "\\u" + padded(4)
        return FileProblem(
            file: file, line: line, column: column,
            message: .controlCharacter(code: padded(4)), hint: .controlCharacterHint(escape: escape))
    }

    // MARK: - Plan

    static func readPlan(_ root: Node, _ c: YAMLCursor, applyingReadings: Bool = true) -> Plan? {
        guard
            let map = c.mapping(
                root, "", allowed: planKeys, required: ["id", "title", "period", "focusAreas"])
        else {
            return nil
        }
        if let format = map["format"], let value = c.string(format, "format"), value != "1" {
            c.problem(
                format, "format", .unknownFormat(value), hint: .formatHint)
        }
        let id = c.string(map["id"], "id") ?? ""
        if map["id"] != nil, id.isEmpty || id.contains(where: { $0 == "/" || $0 == "\\" || $0.isNewline }) {
            c.problem(
                map["id"], "id", .planIDNotFileName(id), hint: .planIDHint)
        }
        var language = PlanLanguage.nynorsk
        if let node = map["language"], let text = c.string(node, "language") {
            if let value = PlanLanguage(rawValue: text) {
                language = value
            } else {
                c.problem(
                    node, "language", .unknownLanguage(text), hint: .languageHint)
            }
        }
        let period = readPeriod(map["period"], c)
        let revision = readRevision(map["revision"], c, period: period)
        let registry = PartyRegistry(parties: readParties(map["parties"], c), language: language)
        var areas: [FocusArea] = []
        var rows: [(area: String, row: ActionRow, fields: Node.Mapping, path: String)] = []
        for (index, node) in c.sequence(map["focusAreas"], "focusAreas").enumerated() {
            let path = "focusAreas[\(index)]"
            guard let (area, areaRows) = readArea(node, path, c) else { continue }
            if areas.contains(where: { $0.code == area.code }) {
                c.problem(node, path + ".code", .duplicateFocusArea(area.code))
            }
            areas.append(area)
            rows += areaRows
        }
        var reader = ActionBatchReader(registry: registry)
        var actions: [Action] = []
        var statusReports: [StatusReport] = []
        var ids = IDAssigner(used: rows.compactMap { entry in entry.row.id.map { ActionID(rawValue: $0) } })
        for entry in rows {
            let id: ActionID
            if let given = entry.row.id, !given.isEmpty {
                id = ActionID(given)
            } else {
                id = ids.next(area: entry.area)
            }
            var action = reader.read(entry.row, id: id, areaCode: entry.area)
            if let closed = entry.fields["closed"] {
                action.isClosed = c.string(closed, entry.path + ".closed") == "true"
            }
            statusReports += readStatus(
                entry.fields["status"], action: id, path: entry.path + ".status", registry: registry, c)
            if applyingReadings, let reading = entry.fields["reading"] {
                applyReading(reading, to: &action, registry: registry, path: entry.path + ".reading", c)
            }
            actions.append(action)
        }
        var plan = Plan(
            id: id, title: c.string(map["title"], "title") ?? "",
            region: c.string(map["region"], "region") ?? "",
            owner: c.string(map["owner"], "owner") ?? "", language: language,
            period: period ?? PlanPeriod(first: 2000, last: 2000), revision: revision,
            goal: (c.string(map["goal"], "goal") ?? "").trimmingWhitespace, registry: registry,
            focusAreas: areas,
            actions: actions, appendix: readAppendix(map["appendix"], c),
            partTimeResidents: readEstimate(map["partTimeResidents"], c))
        plan.contact = (c.string(map["contact"], "contact") ?? "").trimmingWhitespace
        plan.statusReports = statusReports.sorted {
            ($0.actionID, $0.year, $0.party) < ($1.actionID, $1.year, $1.party)
        }
        return plan
    }

    static func readPeriod(_ node: Node?, _ c: YAMLCursor) -> PlanPeriod? {
        guard let map = c.mapping(node, "period", allowed: ["from", "to"], required: ["from", "to"]) else {
            return nil
        }
        guard let from = c.integer(map["from"], "period.from", in: 1900...2199, what: .year),
            let to = c.integer(map["to"], "period.to", in: 1900...2199, what: .year)
        else { return nil }
        if to < from {
            c.problem(map["to"], "period.to", .periodEndsBeforeStart(from: from, to: to))
            return nil
        }
        return PlanPeriod(first: from, last: to)
    }

    static func readRevision(_ node: Node?, _ c: YAMLCursor, period: PlanPeriod?, path: String = "revision")
        -> Revision
    {
        let fallback = CalendarDate.januaryFirst(period?.first ?? 2000)
        guard let map = c.mapping(node, path, allowed: ["date", "label", "deadline"], required: ["date"]),
            let text = c.string(map["date"], path + ".date")
        else {
            return Revision(date: fallback, label: "")
        }
        let date = CalendarDate(iso: text.trimmingWhitespace)
        if date == nil {
            c.problem(
                map["date"], path + ".date", .invalidDate(text), hint: .dateExampleHint)
        }
        var deadline: CalendarDate?
        if let node = map["deadline"], let text = c.string(node, path + ".deadline") {
            deadline = CalendarDate(iso: text.trimmingWhitespace)
            if deadline == nil {
                c.problem(node, path + ".deadline", .invalidDate(text), hint: .dateExampleHint)
            }
        }
        return Revision(
            date: date ?? fallback, label: c.string(map["label"], path + ".label") ?? "", deadline: deadline)
    }

    static func readParties(_ node: Node?, _ c: YAMLCursor) -> [Party] {
        var parties: [Party] = []
        for (index, entry) in c.sequence(node, "parties").enumerated() {
            let path = "parties[\(index)]"
            guard let map = c.mapping(entry, path, allowed: partyKeys, required: ["code", "name", "kind"]),
                let code = c.string(map["code"], path + ".code"),
                let name = c.string(map["name"], path + ".name"),
                let kindText = c.string(map["kind"], path + ".kind")
            else { continue }
            guard let kind = PartyKind(rawValue: kindText) else {
                c.problem(
                    map["kind"], path + ".kind", .unknownPartyKind(kindText),
                    hint: .allowedValuesHint(PartyKind.allCases.map(\.rawValue)))
                continue
            }
            if parties.contains(where: { $0.code == code }) {
                c.problem(map["code"], path + ".code", .duplicatePartyCode(code))
            }
            parties.append(
                Party(
                    code: code, name: name, kind: kind, aliases: c.strings(map["aliases"], path + ".aliases"),
                    members: c.strings(map["members"], path + ".members")))
        }
        let codes = Set(parties.map(\.code))
        for (index, party) in parties.enumerated() {
            for member in party.members where !codes.contains(member) {
                c.problem(
                    c.sequence(node, "parties")[index], "parties[\(index)].members",
                    .memberNotParty(member))
            }
        }
        return parties
    }

    static func readArea(_ node: Node, _ path: String, _ c: YAMLCursor) -> (
        FocusArea, [(area: String, row: ActionRow, fields: Node.Mapping, path: String)]
    )? {
        guard let map = c.mapping(node, path, allowed: areaKeys, required: ["code", "name"]),
            let code = c.string(map["code"], path + ".code"), let name = c.string(map["name"], path + ".name")
        else { return nil }
        let shortName = c.string(map["shortName"], path + ".shortName")
        if let shortName, shortName.count > 31 || shortName.contains(where: { "[]:*?/\\".contains($0) }) {
            c.problem(
                map["shortName"], path + ".shortName", .shortNameNotSheetName(shortName), hint: .shortNameHint
            )
        }
        var themes: [String] = []
        var rows: [(String, ActionRow, Node.Mapping, String)] = []
        for (t, themeNode) in c.sequence(map["themes"], path + ".themes").enumerated() {
            let themePath = "\(path).themes[\(t)]"
            guard
                let themeMap = c.mapping(
                    themeNode, themePath, allowed: ["name", "actions"], required: ["name"]),
                let theme = c.string(themeMap["name"], themePath + ".name")
            else { continue }
            themes.append(theme)
            for (a, actionNode) in c.sequence(themeMap["actions"], themePath + ".actions").enumerated() {
                let actionPath = "\(themePath).actions[\(a)]"
                guard let am = c.mapping(actionNode, actionPath, allowed: actionKeys, required: ["text"])
                else { continue }
                let row = ActionRow(
                    id: c.string(am["id"], actionPath + ".id"), focusArea: code, theme: theme,
                    text: c.string(am["text"], actionPath + ".text") ?? "",
                    timeframe: c.string(am["timeframe"], actionPath + ".timeframe") ?? "",
                    responsible: c.string(am["responsible"], actionPath + ".responsible") ?? "",
                    involved: c.string(am["involved"], actionPath + ".involved") ?? "",
                    remark: c.string(am["remark"], actionPath + ".remark") ?? "",
                    financing: c.string(am["financing"], actionPath + ".financing") ?? "",
                    cost: c.string(am["cost"], actionPath + ".cost") ?? "",
                    extras: extras(am["extra"], actionPath + ".extra", c))
                rows.append((code, row, am, actionPath))
            }
        }
        let area = FocusArea(
            code: code, name: name, shortName: shortName,
            heading: c.string(map["heading"], path + ".heading"),
            aliases: c.strings(map["aliases"], path + ".aliases"),
            description: c.string(map["description"], path + ".description") ?? "",
            resultGoalsTitle: c.string(map["resultGoalsTitle"], path + ".resultGoalsTitle"),
            resultGoals: c.strings(map["resultGoals"], path + ".resultGoals"), themes: themes)
        return (area, rows.map { (area: $0.0, row: $0.1, fields: $0.2, path: $0.3) })
    }

    /// The kept cells of an action (`extra:`), a mapping of headers to texts in the table's order.
    static func extras(_ node: Node?, _ path: String, _ c: YAMLCursor) -> [ExtraColumn] {
        guard let node else { return [] }
        let keys = node.mapping.map { $0.keys.compactMap(\.string) } ?? []
        guard let map = c.mapping(node, path, allowed: keys) else { return [] }
        return map.compactMap { key, value in
            guard let header = key.string, let text = c.string(value, c.join(path, header)) else {
                return nil
            }
            return ExtraColumn(header: header, value: text)
        }
    }

    // MARK: - Readings

    static func applyReading(
        _ node: Node, to action: inout Action, registry: PartyRegistry, path: String, _ c: YAMLCursor
    ) {
        guard let map = c.mapping(node, path, allowed: readingKeys) else { return }
        if let tf = map["timeframe"], let text = c.string(tf, path + ".timeframe") {
            if let kind = Timeframe.Kind(canonical: text) {
                action.timeframe.kind = kind
            } else {
                c.problem(
                    tf, path + ".timeframe", .unknownTimeframeReading(text), hint: .timeframeReadingHint)
            }
        }
        if map["responsible"] != nil {
            action.responsible.parties = references(map["responsible"], path + ".responsible", registry, c)
        }
        if map["involved"] != nil {
            action.involved.parties = references(map["involved"], path + ".involved", registry, c)
        }
        if let fin = map["financing"] {
            if let financing = readFinancing(fin, path + ".financing", registry, c) {
                action.financing = financing
            }
        }
        if map["flags"] != nil {
            var flags: Set<ActionFlag> = []
            for (i, text) in c.strings(map["flags"], path + ".flags").enumerated() {
                if let flag = ActionFlag(rawValue: text) {
                    flags.insert(flag)
                } else {
                    c.problem(
                        map["flags"], "\(path).flags[\(i)]", .unknownFlag(text),
                        hint: .allowedValuesHint(ActionFlag.allCases.map(\.rawValue)))
                }
            }
            action.flags = flags
            action.responsible.isUncertain = flags.contains(.uncertainResponsible)
        }
    }

    static func references(_ node: Node?, _ path: String, _ registry: PartyRegistry, _ c: YAMLCursor)
        -> [PartyReference]
    {
        c.strings(node, path).map { name in
            if registry.party(code: name) != nil { return .registered(name) }
            return registry.reference(for: name)
        }
    }

    static func readFinancing(_ node: Node, _ path: String, _ registry: PartyRegistry, _ c: YAMLCursor)
        -> Financing?
    {
        guard let map = c.mapping(node, path, allowed: financingKeys, required: ["need"]),
            let needText = c.string(map["need"], path + ".need")
        else { return nil }
        guard let need = Financing.Need(rawValue: needText) else {
            c.problem(
                map["need"], path + ".need", .unknownFinancingNeed(needText),
                hint: .allowedValuesHint(Financing.Need.allCases.map(\.rawValue)))
            return nil
        }
        var financing = Financing(need: need)
        if let source = c.string(map["source"], path + ".source"), !source.isEmpty {
            financing.source =
                registry.party(code: source) != nil ? .registered(source) : registry.reference(for: source)
        }
        financing.resource = c.string(map["resource"], path + ".resource")
        if map["cost"] != nil,
            let amount = c.integer(
                map["cost"], path + ".cost", in: 0...999_999_999_999, what: .kroner)
        {
            var recurrence = Cost.Recurrence.once
            if let per = c.string(map["per"], path + ".per") {
                if let value = Cost.Recurrence(rawValue: per) {
                    recurrence = value
                } else {
                    c.problem(
                        map["per"], path + ".per", .unknownPer(per), hint: .perHint)
                }
            }
            financing.cost = Cost(amount: amount, recurrence: recurrence)
        }
        if let flag = c.string(map["unreadableAmount"], path + ".unreadableAmount") {
            financing.hasUnreadableAmount = flag == "true"
        }
        return financing
    }

    // MARK: - Status reports

    static func readStatus(
        _ node: Node?, action: ActionID, path: String, registry: PartyRegistry, _ c: YAMLCursor
    ) -> [StatusReport] {
        c.sequence(node, path).enumerated().compactMap { index, entry in
            readStatusEntry(entry, action: action, path: "\(path)[\(index)]", registry: registry, c)
        }
    }

    /// One status report, a mapping with the keys `allowed` (a ledger's records name their action too).
    static func readStatusEntry(
        _ entry: Node, action: ActionID, path p: String, registry: PartyRegistry, _ c: YAMLCursor,
        allowed: [String] = statusKeys
    ) -> StatusReport? {
        guard
            let map = c.mapping(
                entry, p, allowed: allowed, required: ["year", "party", "status", "collected"]),
            let year = c.integer(map["year"], p + ".year", in: 1900...2199, what: .year),
            let party = c.string(map["party"], p + ".party"),
            let statusText = c.string(map["status"], p + ".status"),
            let collectedText = c.string(map["collected"], p + ".collected")
        else { return nil }
        guard let status = ActionStatus(text: statusText) else {
            c.problem(
                map["status"], p + ".status", .unknownStatus(statusText),
                hint: .allowedValuesHint(ActionStatus.allCases.map(\.rawValue)))
            return nil
        }
        guard let collected = CalendarDate(iso: collectedText.trimmingWhitespace) else {
            c.problem(
                map["collected"], p + ".collected", .invalidDate(collectedText), hint: .dateHint)
            return nil
        }
        if registry.party(code: party) == nil {
            c.problem(map["party"], p + ".party", .reporterNotRegistered(party))
            return nil
        }
        return StatusReport(
            actionID: action, year: year, party: party, status: status,
            comment: c.string(map["comment"], p + ".comment") ?? "", collected: collected,
            source: c.string(map["source"], p + ".source"))
    }

    // MARK: - Appendix and estimate

    static func readAppendix(_ node: Node?, _ c: YAMLCursor) -> Appendix? {
        guard let map = c.mapping(node, "appendix", allowed: ["title", "items"]) else { return nil }
        return Appendix(
            title: c.string(map["title"], "appendix.title") ?? "",
            items: c.strings(map["items"], "appendix.items"))
    }

    static func readEstimate(_ node: Node?, _ c: YAMLCursor) -> PartTimeResidentEstimate? {
        let keys = [
            "title", "averagePersonsPerDay", "uncountedShare", "uncountedLabel", "deductions", "stated",
        ]
        let p = "partTimeResidents"
        guard let map = c.mapping(node, p, allowed: keys, required: ["averagePersonsPerDay"]) else {
            return nil
        }
        let persons = 0...100_000_000
        var deductions: [PartTimeResidentEstimate.Deduction] = []
        for (i, d) in c.sequence(map["deductions"], p + ".deductions").enumerated() {
            let dp = "\(p).deductions[\(i)]"
            guard let dm = c.mapping(d, dp, allowed: ["label", "persons"], required: ["label", "persons"]),
                let label = c.string(dm["label"], dp + ".label"),
                let n = c.integer(dm["persons"], dp + ".persons", in: persons, what: .persons)
            else { continue }
            deductions.append(.init(label: label, persons: n))
        }
        var stated = PartTimeResidentEstimate.Stated()
        if let sm = c.mapping(
            map["stated"], p + ".stated",
            allowed: ["uncountedPersons", "guestNightsPerDay", "guestNightsPerYear"])
        {
            let big = 0...100_000_000_000
            stated.uncountedPersons = sm["uncountedPersons"].flatMap {
                c.integer($0, p + ".stated.uncountedPersons", in: big, what: .number)
            }
            stated.guestNightsPerDay = sm["guestNightsPerDay"].flatMap {
                c.integer($0, p + ".stated.guestNightsPerDay", in: big, what: .number)
            }
            stated.guestNightsPerYear = sm["guestNightsPerYear"].flatMap {
                c.integer($0, p + ".stated.guestNightsPerYear", in: big, what: .number)
            }
        }
        return PartTimeResidentEstimate(
            title: c.string(map["title"], p + ".title") ?? "Deltidsinnbyggjaren",
            averagePersonsPerDay: c.integer(
                map["averagePersonsPerDay"], p + ".averagePersonsPerDay", in: persons, what: .persons)
                ?? 0,
            uncountedShare: map["uncountedShare"].flatMap {
                c.decimal($0, p + ".uncountedShare", what: .share)
            } ?? 0,
            uncountedLabel: c.string(map["uncountedLabel"], p + ".uncountedLabel") ?? "",
            deductions: deductions,
            stated: stated)
    }
}
