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
    public typealias Column = ActionField
    /// The result of an import: the plan and what could not be interpreted.
    public struct Result: Sendable {
        public var plan: Plan
        public var encoding: TableText.Encoding
        public var delimiter: Character
        /// Validation findings of the imported plan (unread timeframes, unknown parties, …), computed
        /// when asked for.
        public var issues: [ValidationIssue] { PlanValidator.validate(plan) }
    }

    static let required: [Column] = [.focusArea, .theme, .text]

    /// Imports the table at `path`. `base` gives the plan's metadata, focus areas and party registry;
    /// without it they are inferred from the table.
    public static func importTable(path: String, base: Plan? = nil) throws(PlanFileError) -> Result {
        try importTable(data: SourceFile.bytes(of: path), path: path, base: base)
    }

    /// Imports a table whose bytes have been read already.
    static func importTable(data: Data, path: String, base: Plan?) throws(PlanFileError) -> Result {
        let table = try rows(of: data, file: path)
        let plan = try makePlan(rows: table.rows, file: path, base: base)
        return Result(plan: plan, encoding: table.encoding, delimiter: table.delimiter)
    }

    /// Imports a sheet of the workbook in `data` (see ``SheetTable``); problems name the sheet.
    static func importSheet(data: Data, path: String, base: Plan?, options: SheetTable.Options)
        throws(PlanFileError) -> Result
    {
        let read = try SheetTable.read(data: data, path: path, options: options)
        do {
            let rows = try parse(read.table, separator: ";", file: path)
            let plan = try makePlan(rows: rows, file: path, base: base, sections: read.sections)
            return Result(plan: plan, encoding: .utf8, delimiter: ";")
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
    public static func streamTable(data: Data, path: String, base: Plan?) throws(PlanFileError)
        -> ActionStream
    {
        guard let base else {
            return ActionStream(plan: try importTable(data: data, path: path, base: nil).plan)
        }
        let prepared = try prepare(rows: rows(of: data, file: path).rows, file: path, base: base)
        let registry = prepared.registry
        // One core is left to the thread that writes the actions: a reader that shares it makes the
        // writer wait for the chunk it needs next.
        return ActionStream(
            outline: outline(
                file: path, base: base, period: base.period, registry: registry, areas: prepared.areas),
            count: prepared.items.count, workers: max(1, ProcessInfo.processInfo.activeProcessorCount - 1),
            makeReader: { ActionBatchReader(registry: registry) },
            read: { reader, index in prepared.read(index, with: &reader) })
    }

    /// The data rows of a table file's bytes, with the encoding and delimiter it was read in.
    static func rows(of data: Data, file: String) throws(PlanFileError) -> (
        rows: [Row], encoding: TableText.Encoding, delimiter: Character
    ) {
        let (text, encoding) = try TableText.decode(data, file: file)
        let delimiter = TableText.delimiter(of: text)
        return (try parse(text, delimiter: delimiter, file: file), encoding, delimiter)
    }

    static func parse(_ text: String, delimiter: Character, file: String) throws(PlanFileError) -> [Row] {
        let table = try TableText.fields(text, delimiter: delimiter, file: file)
        let separator = delimiter == "\t" ? "tab" : String(delimiter)
        return try parse(table, separator: separator, file: file)
    }

    /// The column a header cell names, if it names one of the plan's fields.
    static func column(named name: String) -> Column? {
        let key = NameKey.make(name)
        if key.isEmpty { return nil }
        return Column.allCases.first { $0.spellings.contains { NameKey.make($0) == key } }
    }

    /// The data rows of `table`, whose record 0 is the header; `separator` names the delimiter in hints.
    static func parse(_ table: FieldTable, separator: String, file: String) throws(PlanFileError) -> [Row] {
        let header = table.fields(0)

        var columns: [Int: Column] = [:]
        var problems: [FileProblem] = []
        for (index, name) in header.enumerated() {
            if let column = column(named: name) {
                if columns.values.contains(column) {
                    problems.append(
                        FileProblem(
                            file: file, line: table.lines[0], column: index + 1, field: name,
                            message: .duplicateColumn(column.rawValue)))
                }
                columns[index] = column
            }
        }
        let missing = required.filter { !columns.values.contains($0) }
        if !missing.isEmpty {
            problems.append(
                FileProblem(
                    file: file, line: table.lines[0], field: missing.map(\.rawValue).joined(separator: ", "),
                    message: .missingColumns(missing.map(\.rawValue)),
                    hint: .actionHeaderHint(found: header.joined(separator: "; "))))
            throw .invalid(problems)
        }
        var fieldOfColumn = [Int?](repeating: nil, count: Column.allCases.count)
        for (index, column) in columns { fieldOfColumn[column.position] = index }
        let fields = TableFields(table: table, fieldOfColumn: fieldOfColumn)
        let width = header.count
        // Blank rows are skipped, ragged ones reported in order; the cells become strings only when read.
        var rows: [Row] = []
        rows.reserveCapacity(table.count - 1)
        for record in 1..<table.count {
            let count = table.fieldCount(record)
            let number = table.rowNumber(record)
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
                Row(line: table.lines[record], number: number, cells: .fields(fields, record: record)))
        }
        if !problems.isEmpty { throw .invalid(problems) }
        return rows
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
            let areaKey = row.key(.focusArea)
            if let known = areaOfKey[areaKey] {
                if themeKeysSeen.insert(ThemeKey(area: known, theme: row.key(.theme))).inserted {
                    see(theme: row[.theme] ?? "", in: known)
                }
                accepted.append((row, known))
                continue
            }
            let areaName = row[.focusArea] ?? ""
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
                areas.append(FocusArea(code: names.newCode(for: areaName), name: areaName))
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
        for (row, position) in accepted {
            let code = codes[position]
            let id: ActionID
            if let given = row[.id], !given.isEmpty {
                id = ActionID(rawValue: given)
            } else {
                id = ids.next(area: code)
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
        // Without a plan file the table's own words decide the language (nynorsk when they do not);
        // the revision label and the registry's municipality group are written in it.
        if base == nil, let language = LanguageCheck.evidence(of: plan).language, language != plan.language {
            plan = outline(
                file: file, base: nil, period: period, registry: PartyRegistry(language: language),
                areas: areas, language: language)
            plan.actions = actions
        }
        return plan
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

    /// Header spellings this column answers to (compared with ``NameKey``).
    var spellings: [String] {
        switch self {
        case .id: ["ID", "Nr", "Nummer", "Tiltaksnr", "Tiltak-ID", "Tiltaksnummer", "Action ID"]
        case .focusArea: ["Innsatsområde", "Innsatsomrade", "Satsingsområde", "Område", "Focus area", "Area"]
        case .theme: ["Tema", "Theme", "Delområde", "Topic"]
        case .text: ["Tiltak", "Tiltakstekst", "Action", "Text", "Beskriving", "Beskrivelse"]
        case .timeframe: ["Tidsramme", "Tidsrom", "Tid", "Når", "Frist", "Timeframe", "When"]
        case .responsible: ["Ansvar", "Ansvarleg", "Ansvarlig", "Responsible", "Owner"]
        case .involved:
            [
                "Involvering", "Innvolering", "Involvert", "Involverte", "Samarbeidspartar",
                "Samarbeidspartnere",
                "Involved", "Partners",
            ]
        case .remark: ["Merknad", "Merknader", "Remark", "Remarks", "Note", "Notes"]
        }
    }
}
