import Foundation
import TiltakLanguage
import TiltakModel
import TiltakRuntime

/// Reads a flat action table (CSV, or a sheet of a secretariat's own workbook read by
/// ``SheetTable``) into a plan.
///
/// Columns are matched by header, case- and accent-insensitively, with English aliases:
/// `ID`, `Innsatsområde`, `Tema`, `Tiltak`, `Tidsramme`, `Ansvar`, `Involvering`, `Merknad`.
/// `Innsatsområde`, `Tema` and `Tiltak` are required. The delimiter (`;`, `,` or tab) and the
/// encoding (UTF-8 with or without BOM, or Windows-1252) are detected; CRLF and LF both work.
public enum TableImporter {
    /// A column of the table: the plan's own fields, named as its column headers.
    public typealias Column = TableField
    /// The result of an import: the plan and what could not be interpreted.
    public struct Result: Sendable {
        public var plan: Plan
        public var encoding: TableText.Encoding
        public var delimiter: Character
        /// Which column each field was read from, and the columns kept as they are.
        public var columns: ColumnMap
        /// Validation findings of the imported plan (unread timeframes, unknown parties, …), computed
        /// when asked for.
        public var issues: [ValidationIssue] { PlanValidator.validate(plan) }
    }

    /// Imports the table at `path`. `base` gives the plan's metadata, focus areas and party registry;
    /// without it they are inferred from the table.
    /// `choices` settles columns the header words do not (`--columns`).
    public static func importTable(path: String, base: Plan? = nil, choices: ColumnChoices = [:])
        throws(PlanFileError) -> Result
    {
        try importTable(data: SourceFile.bytes(of: path), path: path, base: base, choices: choices)
    }

    /// Imports a table whose bytes have been read already.
    static func importTable(data: Data, path: String, base: Plan?, choices: ColumnChoices = [:])
        throws(PlanFileError) -> Result
    {
        let table = try rows(of: data, file: path, choices: choices)
        let plan = try makePlan(rows: table.rows, file: path, base: base)
        return Result(
            plan: plan, encoding: table.encoding, delimiter: table.delimiter, columns: table.columns)
    }

    /// Imports a sheet of the workbook in `data` (see ``SheetTable``); problems name the sheet.
    static func importSheet(
        data: Data, path: String, base: Plan?, options: SheetTable.Options, choices: ColumnChoices = [:]
    ) throws(PlanFileError) -> Result {
        let read = try SheetTable.read(data: data, path: path, options: options)
        do {
            let table = try parse(read.table, separator: ";", file: path, choices: choices)
            let plan = try makePlan(rows: table.rows, file: path, base: base, sections: read.sections)
            return Result(plan: plan, encoding: .utf8, delimiter: ";", columns: table.columns)
        } catch {
            throw .invalid(
                error.problems.map { problem in
                    var problem = problem
                    problem.sheet = read.sheet
                    return problem
                })
        }
    }

    /// Reads the table in `data` as a stream: its rows are checked before this returns, their cells
    /// are read on other threads while the caller already uses the first actions.
    ///
    /// Without `base` the plan period comes from the actions' timeframes, so the table is read whole
    /// first and the stream is a finished one.
    public static func streamTable(data: Data, path: String, base: Plan?, choices: ColumnChoices = [:])
        throws(PlanFileError) -> ActionStream
    {
        let table = try rows(of: data, file: path, choices: choices)
        // A status column gives the plan reports, which only a finished plan carries.
        guard let base, table.columns.index(of: .status) == nil else {
            return ActionStream(plan: try makePlan(rows: table.rows, file: path, base: base))
        }
        let prepared = try prepare(rows: table.rows, file: path, base: base)
        let registry = prepared.registry
        // One core is left to the thread that writes the actions: a reader that shares it makes the
        // writer wait for the chunk it needs next.
        return ActionStream(
            outline: outline(
                file: path, base: base, period: base.period, registry: registry, areas: prepared.areas),
            count: prepared.items.count, workers: max(1, ProcessInfo.processInfo.activeProcessorCount - 1),
            extraHeaders: table.columns.extras.map(\.header),
            makeReader: { ActionBatchReader(registry: registry) },
            read: { reader, index in prepared.read(index, with: &reader) })
    }

    /// The data rows of a table file's bytes, with the encoding and delimiter it was read in.
    static func rows(of data: Data, file: String, choices: ColumnChoices = [:]) throws(PlanFileError) -> (
        rows: [Row], encoding: TableText.Encoding, delimiter: Character, columns: ColumnMap
    ) {
        let (text, encoding) = try TableText.decode(data, file: file)
        let delimiter = TableText.delimiter(of: text)
        let table = try parseTable(text, delimiter: delimiter, file: file, choices: choices)
        return (table.rows, encoding, delimiter, table.columns)
    }

    static func parse(_ text: String, delimiter: Character, file: String, choices: ColumnChoices = [:])
        throws(PlanFileError) -> [Row]
    {
        try parseTable(text, delimiter: delimiter, file: file, choices: choices).rows
    }

    /// The rows of `text` and which column each field was read from.
    static func parseTable(_ text: String, delimiter: Character, file: String, choices: ColumnChoices)
        throws(PlanFileError) -> (rows: [Row], columns: ColumnMap)
    {
        let table = try TableText.fields(text, delimiter: delimiter, file: file)
        let separator = delimiter == "\t" ? "tab" : String(delimiter)
        return try parse(table, separator: separator, file: file, choices: choices)
    }

    /// The column a header cell names, if it names one of the plan's fields.
    static func column(named name: String) -> Column? {
        TableField.forHeader(name)
    }

    /// The data rows of `table`, whose record 0 is the header; `separator` names the delimiter in hints.
    static func parse(_ table: FieldTable, separator: String, file: String, choices: ColumnChoices = [:])
        throws(PlanFileError) -> (rows: [Row], columns: ColumnMap)
    {
        let header = table.fields(0)
        let map = try ColumnMap(header: header, choices: choices, file: file)
        var problems: [FileProblem] = []
        var fieldOfColumn = [Int?](repeating: nil, count: Column.allCases.count)
        for (column, index) in map.indices { fieldOfColumn[column.position] = index }
        let fields = TableFields(
            table: table, fieldOfColumn: fieldOfColumn, extras: map.extras.map { ($0.header, $0.index) })
        let width = header.count
        // A row with text in its first cell only is a section heading naming the focus area of the
        // rows below it, unless the first column holds the action texts.
        let sectionsAllowed = fieldOfColumn[Column.text.position] != 0 && width > 1
        var section: String?
        var sawSection = false
        // Blank rows are skipped, ragged ones reported in order; the cells become strings only when read.
        var rows: [Row] = []
        rows.reserveCapacity(table.count - 1)
        for record in 1..<table.count {
            let count = table.fieldCount(record)
            let number = table.rowNumber(record)
            if sectionsAllowed, count <= width, count > 0, !table.isBlank(record, 0),
                (1..<count).allSatisfy({ table.isBlank(record, $0) })
            {
                section = table.field(record, 0).trimmingWhitespace
                sawSection = true
                continue
            }
            if count != width {
                if (0..<count).allSatisfy({ table.isBlank(record, $0) }) { continue }
                problems.append(
                    FileProblem(
                        file: file, line: table.lines[record], part: .row(number),
                        message: .raggedRow(fields: count, header: width), hint: .delimiterHint(separator)))
                continue
            }
            if (0..<count).allSatisfy({ table.isBlank(record, $0) }) { continue }
            rows.append(
                Row(
                    line: table.lines[record], number: number, cells: .fields(fields, record: record),
                    section: section))
        }
        if map.index(of: .focusArea) == nil, !sawSection {
            problems.insert(map.missingProblem([.focusArea], header: header, file: file), at: 0)
        }
        if !problems.isEmpty { throw .invalid(problems) }
        return (rows, map)
    }

    /// A table's rows checked and given focus areas and ids, ready for their cells to be read.
    struct PreparedRows: Sendable {
        var areas: [FocusArea]
        var registry: PartyRegistry
        /// The rows with their ids and focus area codes; ``Row/actionRow(id:)`` gives their cells.
        var items: [(row: Row, id: ActionID, area: String)]

        /// Reads item `index` into its action.
        func read(_ index: Int, with reader: inout ActionBatchReader) -> Action {
            let item = items[index]
            return reader.read(item.row.actionRow(id: item.id), id: item.id, areaCode: item.area)
        }
    }

    /// Checks the rows, finds their focus areas and gives rows without an id one.
    ///
    /// `sections` are focus areas the table's section rows named, with the codes they gave; they
    /// come after the base's areas, and those that name one of them are the base's.
    static func prepare(rows: [Row], file: String, base: Plan?, sections: [FocusArea] = [])
        throws(PlanFileError) -> PreparedRows
    {
        var problems: [FileProblem] = []
        var areas: [FocusArea] =
            base?.focusAreas.map { area in
                var copy = area
                copy.themes = []
                return copy
            } ?? []
        var names = AreaNames(areas)
        for section in sections where names.area(named: section.name) == nil {
            var area = section
            if area.code.isEmpty || areas.contains(where: { $0.code == area.code }) {
                area.code = names.newCode(for: area.name)
            }
            areas.append(area)
            names.add(area, at: areas.count - 1)
        }
        // Each accepted row with the position of its area in `areas`, and which areas have rows.
        var accepted: [(row: Row, area: Int)] = []
        accepted.reserveCapacity(rows.count)
        var areaHasRows = [Bool](repeating: false, count: areas.count)
        // Area names and themes repeat on every row: the area each cell named and the themes each
        // area has been given, by the cells' keys (see ``Row/key(_:)``), so that each text is read once.
        var areaOfKey: [CellKey: Int] = [:]
        struct ThemeKey: Hashable {
            var area: Int
            var theme: CellKey
        }
        var themeKeysSeen: Set<ThemeKey> = []
        var themesOfArea = [Set<String>](repeating: [], count: areas.count)
        for row in rows {
            if row.isBlank(.text) {
                problems.append(
                    FileProblem(
                        file: file, line: row.line, field: ActionField.text.rawValue,
                        message: .rowWithoutText(row.number)))
                continue
            }
            // Rows without an area of their own take the section heading above them.
            let section = row.isBlank(.focusArea) ? row.section : nil
            let areaKey = section.map { CellKey.text(ExactText($0)) } ?? row.key(.focusArea)
            if let known = areaOfKey[areaKey] {
                if themeKeysSeen.insert(ThemeKey(area: known, theme: row.key(.theme))).inserted {
                    see(theme: row[.theme] ?? "", in: known)
                }
                accepted.append((row, known))
                continue
            }
            // A section heading gives the area's code when it numbers it (`Hovudmål 1: Næring`).
            let heading = section.map { SectionHeading($0) }
            let areaName = heading?.name ?? row[.focusArea] ?? ""
            if areaName.isEmpty {
                problems.append(
                    FileProblem(
                        file: file, line: row.line, field: ActionField.focusArea.rawValue,
                        message: .rowWithoutFocusArea(row.number)))
                continue
            }
            let position: Int
            if let index = names.area(named: areaName) {
                position = index
            } else {
                var area = heading?.area ?? FocusArea(code: "", name: areaName)
                area.code = names.code(heading?.code, orNewFor: areaName)
                areas.append(area)
                names.add(areas[areas.count - 1], at: areas.count - 1)
                areaHasRows.append(false)
                themesOfArea.append([])
                position = areas.count - 1
            }
            areaHasRows[position] = true
            areaOfKey[areaKey] = position
            themeKeysSeen.insert(ThemeKey(area: position, theme: row.key(.theme)))
            see(theme: row[.theme] ?? "", in: position)
            accepted.append((row, position))
        }
        func see(theme: String, in position: Int) {
            if themesOfArea[position].insert(theme).inserted {
                areas[position].themes.append(theme)
            }
        }
        if !problems.isEmpty { throw .invalid(problems) }
        let codes = areas.map(\.code)
        // Areas from the base that the table does not use are dropped.
        areas = areas.indices.filter { areaHasRows[$0] }.map { areas[$0] }

        let registry = base?.registry ?? PartyRegistry()
        // The ids in use, needed only when some row has none.
        let needsIDs = accepted.contains { $0.row.isBlank(.id) }
        var ids = IDAssigner(
            used: needsIDs
                ? accepted.compactMap { $0.row[.id].flatMap { $0.isEmpty ? nil : ActionID(rawValue: $0) } }
                : [])
        var actionRows: [(row: Row, id: ActionID, area: String)] = []
        actionRows.reserveCapacity(accepted.count)
        // The id written on the last row of each area so far: a row without one continues its pattern.
        var lastWritten: [String: ActionID] = [:]
        for (row, position) in accepted {
            let code = codes[position]
            let id: ActionID
            if let given = row[.id], !given.isEmpty {
                id = ActionID(rawValue: given)
                if needsIDs { lastWritten[code] = id }
            } else {
                id = ids.next(area: code, after: lastWritten[code])
            }
            actionRows.append((row, id, code))
        }
        return PreparedRows(areas: areas, registry: registry, items: actionRows)
    }

    /// The plan of `rows`; problems name `file`, the plan is named after `path` (by default `file`).
    package static func makePlan(
        rows: [Row], file: String, base: Plan?, sections: [FocusArea] = [], path: String? = nil
    ) throws(PlanFileError) -> Plan {
        let prepared = try prepare(rows: rows, file: file, base: base, sections: sections)
        let file = path ?? file
        let (areas, registry) = (prepared.areas, prepared.registry)
        // Reading cells is the bulk of an import: chunks of rows are read on all cores.
        let actions = ParallelChunks.map(prepared.items.count) { range in
            var reader = ActionBatchReader(registry: registry)
            return range.map { prepared.read($0, with: &reader) }
        }
        let period = base?.period ?? inferredPeriod(actions)
        var plan = outline(file: file, base: base, period: period, registry: registry, areas: areas)
        plan.actions = actions
        try fileStatusReports(prepared.items, file: file, in: &plan)
        // Without a plan file the table's own words decide the language (nynorsk when they do not);
        // the revision label and the registry's municipality group are written in it.
        if base == nil, let language = LanguageCheck.evidence(of: plan).language, language != plan.language {
            plan = outline(
                file: file, base: nil, period: period, registry: PartyRegistry(language: language),
                areas: areas, language: language)
            plan.actions = actions
            try fileStatusReports(prepared.items, file: file, in: &plan)
        }
        return plan
    }

    /// Files the reports of a table's status column in `plan`, as the secretariat's: the plan's
    /// regional council (the first party of that kind in the registry); a registry without one is
    /// given `RR`, named as the plan's owner.
    static func fileStatusReports(
        _ items: [(row: Row, id: ActionID, area: String)], file: String, in plan: inout Plan
    )
        throws(PlanFileError)
    {
        guard items.contains(where: { !$0.row.isBlank(.status) }) else { return }
        if !plan.registry.parties.contains(where: { $0.kind == .regionalCouncil }) {
            let name = plan.owner.isEmpty ? PartyKindWord.regionalCouncil.text(plan.language) : plan.owner
            plan.registry = plan.registry.adding(Party(code: "RR", name: name, kind: .regionalCouncil))
        }
        plan.statusReports = try statusReports(items, file: file, plan: plan)
    }

    /// The party a table's status column reports for (see ``fileStatusReports(_:file:in:)``).
    static func secretariat(of plan: Plan) -> String {
        plan.registry.parties.first { $0.kind == .regionalCouncil }?.code ?? "RR"
    }

    /// The reports of a table's status column: the secretariat's, for the plan's revision year,
    /// collected on the revision date; a status no language's words name is a problem.
    static func statusReports(_ items: [(row: Row, id: ActionID, area: String)], file: String, plan: Plan)
        throws(PlanFileError) -> [StatusReport]
    {
        var reports: [StatusReport] = []
        var problems: [FileProblem] = []
        let party = secretariat(of: plan)
        let source = URL(fileURLWithPath: file).lastPathComponent
        for item in items {
            guard let text = item.row[.status], !text.isEmpty else { continue }
            guard let cell = StatusCell(text) else {
                problems.append(
                    FileProblem(
                        file: file, line: item.row.line, field: TableField.status.name,
                        message: .unknownStatus(text)))
                continue
            }
            // The comment column's text, or else what the status cell says after the status word.
            let comment = [cell.comment, item.row[.statusComment] ?? ""].filter { !$0.isEmpty }
                .joined(separator: " – ")
            reports.append(
                StatusReport(
                    actionID: item.id, year: plan.statusYear, party: party, status: cell.status,
                    comment: comment, collected: plan.revision.date, source: source))
        }
        if !problems.isEmpty { throw .invalid(problems) }
        return reports
    }

    /// The plan of a table without its actions; `language` is the base's, or else the table's.
    static func outline(
        file: String, base: Plan?, period: PlanPeriod, registry: PartyRegistry, areas: [FocusArea],
        language: Language? = nil
    ) -> Plan {
        let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let language = base?.language ?? language ?? .nynorsk
        return Plan(
            id: base?.id ?? stem, title: base?.title ?? stem, region: base?.region ?? "",
            owner: base?.owner ?? "",
            language: language, period: period,
            revision: base?.revision
                ?? Revision(
                    date: .januaryFirst(period.first),
                    label: NewPlanText.importedFrom(file: URL(fileURLWithPath: file).lastPathComponent).text(
                        language)),
            goal: base?.goal ?? "", registry: registry, focusAreas: areas, actions: [],
            appendix: base?.appendix,
            partTimeResidents: base?.partTimeResidents)
    }

    /// The span of the years named by dated timeframes; the current plan cycle's four years when none.
    static func inferredPeriod(_ actions: [Action]) -> PlanPeriod {
        var years: [Int] = []
        for action in actions {
            switch action.timeframe.kind {
            case .year(let y, _), .until(let y), .starting(let y): years.append(y)
            case .span(let a, let b): years += [a, b]
            default: break
            }
        }
        guard let low = years.min(), let high = years.max() else {
            return PlanPeriod(first: 2021, last: 2024)
        }
        return PlanPeriod(first: low, last: high)
    }
}

extension ActionField {
    /// The column's place in ``allCases``.
    package var position: Int {
        switch self {
        case .id: 0
        case .focusArea: 1
        case .theme: 2
        case .text: 3
        case .timeframe: 4
        case .responsible: 5
        case .involved: 6
        case .remark: 7
        }
    }
}
