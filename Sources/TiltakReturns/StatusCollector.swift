import Foundation
import TiltakLayout
import TiltakModel
import TiltakPlanFiles
import TiltakRuntime

/// Turns returned files into status reports for a plan, finding everything that must stop the
/// merge first: unknown ids, files made for another plan or revision, changed protected cells,
/// invalid status values and conflicting reports.
public enum StatusCollector {
    /// Where a value came from: file and row.
    public struct Origin: Sendable, Hashable, CustomStringConvertible {
        public var file: String
        public var row: Int
        public var isWorkbook: Bool

        public var description: String {
            isWorkbook ? "\(file): \(ReturnedWorkbook.taskSheet) rad \(row)" : "\(file):\(row)"
        }
    }

    /// A problem that stops the collect, with file, row and field.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        public var file: String
        public var origin: Origin?
        public var field: String?
        public var message: String

        public var description: String {
            var text = origin.map(\.description) ?? file
            text += ": "
            if let field { text += "\(field): " }
            return text + message
        }
    }

    /// One report with the file and row it came from.
    public struct Collected: Sendable, Hashable {
        public var report: StatusReport
        public var origin: Origin
    }

    /// The same party giving different status or comment for one action and year.
    public struct Conflict: Sendable, Hashable, CustomStringConvertible {
        public var actionID: ActionID
        public var year: Int
        public var party: String
        public var entries: [Collected]

        public var description: String {
            let sides = entries.map { entry in
                let comment =
                    entry.report.comment.isEmpty ? "" : " «\(StatusCollector.short(entry.report.comment))»"
                return "\(entry.origin): \(entry.report.status.rawValue)\(comment)"
            }
            return "\(actionID) (\(year), \(party)): " + sides.joined(separator: "  ≠  ")
        }
    }

    /// How a report compares with what the plan already has.
    public enum Change: String, Sendable {
        case new = "ny"
        case changed = "endra"
        case unchanged = "uendra"
    }

    /// The result of reading every file.
    public struct Result: Sendable {
        /// The reports to merge, one per party, action and year (conflicts left out).
        public var reports: [Collected]
        public var problems: [Problem]
        public var conflicts: [Conflict]
        /// Notes that do not stop the collect (a comment without a status).
        public var notes: [Problem]

        /// Whether the reports may be written.
        public var canWrite: Bool { problems.isEmpty && conflicts.isEmpty }
    }

    /// Collects the reports in `files` for `plan`.
    ///
    /// - Parameters:
    ///   - year: The revision year reported for.
    ///   - party: The reporting party's code for tables (CSV); for a workbook it must agree with
    ///     the workbook's `Om` sheet when given.
    ///   - date: The collection date stored with each report.
    public static func collect(
        _ files: [ReturnedFile], into plan: Plan, year: Int, party: String?, date: CalendarDate
    ) -> Result {
        var problems: [Problem] = []
        var notes: [Problem] = []
        var collected: [Collected] = []
        let actions = plan.actionsByID()
        for file in files {
            let reporter: String
            if let about = file.attribution {
                var fileProblems: [Problem] = []
                func wrong(_ field: String, _ message: String) {
                    fileProblems.append(
                        Problem(
                            file: file.path, origin: nil,
                            field: "\(ReturnedWorkbook.attributionSheet), \(field)", message: message))
                }
                if about.planID != plan.id {
                    wrong(
                        Words.nynorsk.label(.planID),
                        "Fila er laga for planen «\(about.planID)», ikkje for «\(plan.id)».")
                } else if about.revisionDate != plan.revision.date.iso {
                    wrong(
                        Words.nynorsk.label(.revisionDate),
                        "Fila er laga for revisjonen \(about.revisionDate), men planen er revisjonen \(plan.revision.date.iso) (\(plan.revision.label))."
                    )
                }
                let municipality = plan.registry.party(code: about.municipalityCode)
                if municipality == nil {
                    wrong(
                        Words.nynorsk.label(.municipalityCode),
                        "Kommunen «\(about.municipalityCode)» (\(about.municipalityName)) er ikkje i partsregisteret."
                    )
                }
                if let party, party != about.municipalityCode {
                    wrong(
                        Words.nynorsk.label(.municipalityCode),
                        "Fila er frå \(about.municipalityName) (\(about.municipalityCode)), men --party seier \(plan.registry.party(code: party)?.name ?? party)."
                    )
                }
                if !fileProblems.isEmpty {
                    problems += fileProblems
                    continue
                }
                reporter = about.municipalityCode
            } else if let party {
                reporter = party
            } else {
                problems.append(
                    Problem(
                        file: file.path, origin: nil, field: nil,
                        message: "Ein CSV-tabell seier ikkje kven som rapporterer: gje --party KOMMUNE."))
                continue
            }
            let assignments = Dictionary(
                plan.assignments(for: reporter).map { ($0.action.id, $0) }, uniquingKeysWith: { a, _ in a })
            for row in file.rows {
                let origin = Origin(file: file.fileName, row: row.number, isWorkbook: file.isWorkbook)
                func problem(_ field: String, _ message: String) {
                    problems.append(Problem(file: file.path, origin: origin, field: field, message: message))
                }
                guard !row.id.isEmpty else {
                    if !row.status.isEmpty || !row.comment.trimmingWhitespace.isEmpty {
                        problem("ID", "Rada har status eller kommentar, men ingen tiltak-ID.")
                    }
                    continue
                }
                let id = ActionID(row.id)
                guard let action = actions[id] else {
                    problem("ID", "Ukjend tiltak-ID «\(row.id)»: planen \(plan.id) har ikkje dette tiltaket.")
                    continue
                }
                var rowIsSound = true
                if file.isWorkbook {
                    if let assignment = assignments[id] {
                        let expected = TaskRowCells.cells(assignment, plan: plan)
                        for column in TaskWorkbookLayout.protectedColumns {
                            guard let found = row.protectedCells[column], let wanted = expected[column],
                                !TaskRowCells.same(found, wanted)
                            else { continue }
                            problem(
                                Words.nynorsk.caption(column.key),
                                "Verna celle er endra: «\(short(found))», planen har «\(short(wanted))».")
                            rowIsSound = false
                        }
                    } else {
                        problem(
                            "ID",
                            "\(id) er ikkje ei oppgåve for \(plan.registry.party(code: reporter)?.name ?? reporter) i planen (verna celle endra?)."
                        )
                        rowIsSound = false
                    }
                }
                if row.status.isEmpty {
                    if !row.comment.trimmingWhitespace.isEmpty {
                        notes.append(
                            Problem(
                                file: file.path, origin: origin, field: "Status",
                                message: "Kommentar utan status vert ikkje teken med."))
                    }
                    continue
                }
                guard let status = ActionStatus(text: row.status) else {
                    problem(
                        "Status",
                        "Ugyldig status «\(short(row.status))» (lovlege: \(ActionStatus.allCases.map(\.rawValue).joined(separator: ", ")))."
                    )
                    continue
                }
                guard rowIsSound else { continue }
                let report = StatusReport(
                    actionID: action.id, year: year, party: reporter, status: status, comment: row.comment,
                    collected: date, source: file.fileName)
                collected.append(Collected(report: report, origin: origin))
            }
        }
        // One report per party, action and year; differing ones are conflicts.
        var order: [String] = []
        var groups: [String: [Collected]] = [:]
        for item in collected {
            let key = "\(item.report.actionID)\u{1F}\(item.report.year)\u{1F}\(item.report.party)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(item)
        }
        var reports: [Collected] = []
        var conflicts: [Conflict] = []
        for key in order {
            let group = groups[key] ?? []
            let first = group[0]
            let differing = group.contains {
                $0.report.status != first.report.status
                    || TaskRowCells.normalised($0.report.comment)
                        != TaskRowCells.normalised(first.report.comment)
            }
            if differing {
                conflicts.append(
                    Conflict(
                        actionID: first.report.actionID, year: first.report.year, party: first.report.party,
                        entries: group))
            } else {
                reports.append(first)
            }
        }
        return Result(reports: reports, problems: problems, conflicts: conflicts, notes: notes)
    }

    /// How `report` compares with the plan's current report of the same party, action and year.
    ///
    /// Looks through all the plan's reports: to compare many, index them once with
    /// `Plan.latestReports()` and pass that instead of the plan.
    public static func change(of report: StatusReport, in plan: Plan) -> (Change, StatusReport?) {
        change(of: report, in: plan.latestReports())
    }

    /// How `report` compares with the current report of the same party, action and year in
    /// `latest` (a plan's `latestReports()`).
    public static func change(of report: StatusReport, in latest: [StatusReport.Key: StatusReport]) -> (
        Change, StatusReport?
    ) {
        guard let old = latest[report.key] else { return (.new, nil) }
        let same = old.status == report.status && old.comment == report.comment
        return (same ? .unchanged : .changed, old)
    }

    /// A text cut to 60 characters on one line, for messages.
    public static func short(_ text: String) -> String {
        let line = text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
        return line.count > 60 ? String(line.prefix(59)) + "…" : line
    }
}
