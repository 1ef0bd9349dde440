import Foundation
import TiltakLanguage
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

        /// `Ål.xlsx: Oppgåver rad 3` or `gol.csv:3`, in `language`.
        public func text(_ language: Language) -> String {
            isWorkbook
                ? ReturnMessage.workbookRow(file: file, sheet: ReturnedWorkbook.taskSheet, row: row).text(
                    language)
                : "\(file):\(row)"
        }

        public var description: String { text(.messages) }
    }

    /// A problem that stops the collect, with file, row and field.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        public var file: String
        public var origin: Origin?
        /// The field concerned, as the workbook names it (`Om, Plan-ID`, `Status`).
        public var field: Message?
        public var message: ReturnMessage

        /// `origin: field: message` in `language`.
        public func text(_ language: Language) -> String {
            var text = origin.map { $0.text(language) } ?? file
            text += ": "
            if let field { text += "\(field.text(language)): " }
            return text + message.text(language)
        }

        public var description: String { text(.messages) }
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

        /// `KM-03 (2021, GOL): a.xlsx: Oppgåver rad 3: Fullført  ≠  …` in `language`.
        public func text(_ language: Language) -> String {
            let sides = entries.map { entry in
                let comment =
                    entry.report.comment.isEmpty ? "" : " «\(StatusCollector.short(entry.report.comment))»"
                return "\(entry.origin.text(language)): \(entry.report.status.text(language))\(comment)"
            }
            return ReturnMessage.conflict(actionID: actionID.rawValue, year: year, party: party, sides: sides)
                .text(language)
        }

        public var description: String { text(.messages) }
    }

    /// How a report compares with what the plan already has.
    public typealias Change = ReportChange

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
    ///   - yearGiven: Whether `year` was asked for (`--year`). A task workbook of an earlier
    ///     revision of the plan (``Plan/earlierRevisions``), returned late, is accepted: its reports
    ///     are filed under `year` when it was asked for, else under the year of the workbook's revision.
    public static func collect(
        _ files: [ReturnedFile], into plan: Plan, year: Int, party: String?, date: CalendarDate,
        yearGiven: Bool = true
    ) -> Result {
        var problems: [Problem] = []
        var notes: [Problem] = []
        var collected: [Collected] = []
        let actions = plan.actionsByID()
        for file in files {
            let reporter: String
            var fileYear = year
            if let about = file.attribution {
                var fileProblems: [Problem] = []
                func wrong(_ field: FactKey, _ message: ReturnMessage) {
                    let sheet = ReturnedWorkbook.attributionSheet
                    fileProblems.append(
                        Problem(
                            file: file.path, origin: nil,
                            field: Message { "\(sheet), \(field.text($0))" }, message: message))
                }
                if about.planID != plan.id {
                    wrong(.planID, .fileForOtherPlan(filePlan: about.planID, plan: plan.id))
                } else if about.revisionDate != plan.revision.date.iso {
                    if let earlier = plan.earlierRevisions.last(where: { $0.date.iso == about.revisionDate })
                    {
                        if !yearGiven { fileYear = earlier.date.year }
                    } else {
                        wrong(
                            .revisionDate,
                            .fileForOtherRevision(
                                fileRevision: about.revisionDate, planRevision: plan.revision.date.iso,
                                label: plan.revision.label,
                                earlier: plan.earlierRevisions.map(\.date.iso)))
                    }
                }
                let municipality = plan.registry.party(code: about.municipalityCode)
                if municipality == nil {
                    wrong(
                        .municipalityCode,
                        .municipalityNotRegistered(code: about.municipalityCode, name: about.municipalityName)
                    )
                }
                if let party, party != about.municipalityCode {
                    wrong(
                        .municipalityCode,
                        .fileFromOtherParty(
                            name: about.municipalityName, code: about.municipalityCode,
                            party: plan.registry.party(code: party)?.name ?? party))
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
                    Problem(file: file.path, origin: nil, field: nil, message: .tableWithoutParty))
                continue
            }
            let assignments = Dictionary(
                plan.assignments(for: reporter).map { ($0.action.id, $0) }, uniquingKeysWith: { a, _ in a })
            for row in file.rows {
                let origin = Origin(file: file.fileName, row: row.number, isWorkbook: file.isWorkbook)
                func problem(_ field: ColumnKey, _ message: ReturnMessage) {
                    problems.append(
                        Problem(file: file.path, origin: origin, field: Message(field), message: message))
                }
                guard !row.id.isEmpty else {
                    if !row.status.isEmpty || !row.comment.trimmingWhitespace.isEmpty {
                        problem(.id, .statusWithoutID)
                    }
                    continue
                }
                let id = ActionID(row.id)
                guard let action = actions[id] else {
                    problem(.id, .unknownID(id: row.id, plan: plan.id))
                    continue
                }
                var rowIsSound = true
                if file.isWorkbook {
                    if let assignment = assignments[id] {
                        let expected = TaskRowCells.cells(
                            assignment, plan: plan, language: file.language ?? plan.language)
                        for column in TaskWorkbookLayout.planColumns {
                            guard let found = row.protectedCells[column], let wanted = expected[column],
                                !TaskRowCells.same(found, wanted)
                            else { continue }
                            problem(
                                column.key, .protectedCellChanged(found: short(found), wanted: short(wanted)))
                            rowIsSound = false
                        }
                    } else {
                        problem(
                            .id,
                            .notATask(
                                id: id.rawValue, party: plan.registry.party(code: reporter)?.name ?? reporter)
                        )
                        rowIsSound = false
                    }
                }
                if row.status.isEmpty {
                    if !row.comment.trimmingWhitespace.isEmpty {
                        notes.append(
                            Problem(
                                file: file.path, origin: origin, field: Message(ColumnKey.status),
                                message: .commentWithoutStatus))
                    }
                    continue
                }
                guard let status = ActionStatus(text: row.status) else {
                    problem(
                        .status,
                        .invalidStatus(
                            short(row.status), allowed: ActionStatus.allCases.map { $0.text(.messages) }))
                    continue
                }
                guard rowIsSound else { continue }
                let report = StatusReport(
                    actionID: action.id, year: fileYear, party: reporter, status: status,
                    comment: row.comment,
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
