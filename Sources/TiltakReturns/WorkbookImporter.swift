import Foundation
import TiltakLanguage
import TiltakLayout
import TiltakModel
import TiltakPlanFiles
import TiltakRuntime
import XLSXReader

/// Reads the `Tiltak` sheet of a council workbook written by `tiltak export` (and perhaps edited in
/// Excel) back into a plan, in any of the languages Tiltak writes (`Tiltak`, `Actions`; captions in
/// nynorsk, bokmål or English).
///
/// The sheet shows derived cells: `Ansvar` and `Involvert` hold the registry's display names, and
/// `Frå år`, `Til år`, `Finansiering`, `Kostnad (kr)` and `Kostnadstype` are read from the other
/// cells, so they are ignored. The base plan gives metadata, focus areas, registry and status
/// reports. A cell that still shows what the base plan's action would show keeps the base's raw
/// cell and reading (so an unedited row imports as the very same action); an edited cell is read
/// afresh like a table cell. Rows without an ID get the next free id of their focus area.
public enum WorkbookImporter {
    /// The words messages name the sheet and its columns in.
    static let words = Words.nynorsk

    /// The sheet read, by its nynorsk name.
    public static var sheetName: String { words.sheetName(ActionTableLayout.sheet) }

    /// The names of the sheet read, in every language.
    static let sheetNames: [String] = Language.allCases.map { Words($0).sheetName(ActionTableLayout.sheet) }

    /// Columns read from the sheet, by caption, in every language (the nynorsk captions first).
    static let columns: [(caption: String, column: ActionField)] = Language.allCases.flatMap { language in
        ActionTableLayout.importedColumns.map { (Words(language).caption($0.column.key), $0.field) }
    }

    /// The financing, cost and cost-type columns, by caption, in every language.
    static let derivedCaptions: [(caption: String, column: ActionTableLayout.Column)] = Language.allCases
        .flatMap { language in
            ActionTableLayout.moneyColumns.map { (Words(language).caption($0.key), $0) }
        }

    /// The keys of the captions of the sheet's own columns in every language: any other header is
    /// one of the plan's kept columns.
    static let ownCaptions: Set<String> = Set(
        Language.allCases.flatMap { language in ActionTableLayout.captions(Words(language)).map(NameKey.make)
        })

    /// Whether `path` names an XLSX workbook.
    public static func isWorkbook(_ path: String) -> Bool {
        ["xlsx", "xlsm"].contains(URL(fileURLWithPath: path).pathExtension.lowercased())
    }

    /// Whether the workbook at `path` was written by Tiltak, and so is imported as a council
    /// workbook: it has one of the hidden sheets Tiltak writes (the status list `Lister`/`Lists`
    /// into council and task workbooks, the facts sheet `Om`/`About` into task workbooks), in any
    /// language. Any other workbook is a secretariat's own, read as a table (``SheetTable``). A file
    /// that cannot be read as a workbook counts as Tiltak's, so that its reading reports why.
    public static func isWrittenByTiltak(_ path: String) -> Bool {
        guard let document = try? XLSXDocument(url: URL(fileURLWithPath: path)) else { return true }
        let hidden = Set(
            Language.allCases.flatMap {
                [Words($0).sheetName(.statusList), Words($0).sheetName(.attribution)]
            })
        return document.sheets.contains { $0.isHidden && hidden.contains($0.name) }
    }

    /// The plan file to take registry and metadata from when no `--base` is given: a `.yaml` or
    /// `.yml` file with the workbook's name beside it (`hallingdal-2021-2024.xlsx` →
    /// `hallingdal-2021-2024.yaml`); `nil` when there is none.
    ///
    /// Never a path taken from inside the workbook (such as the `Kjeldefil` the `Oversikt` sheet
    /// shows): a workbook that came by e-mail may name any file on the machine.
    public static func defaultBase(for path: String) -> String? {
        PlanLoader.sibling(of: path)
    }

    /// The result: the plan, and how many rows were new or re-read.
    public struct Result: Sendable {
        public var plan: Plan
        /// Ids given to rows that had none.
        public var newIDs: [ActionID]
        /// Actions whose cells differ from the base plan.
        public var changedIDs: [ActionID]
        /// Rows with something in Status or Kommentar (not imported: use `tiltak collect`).
        public var statusRows: Int
    }

    /// Imports the workbook at `path` over `base`.
    ///
    /// - Parameter keepingUnchangedCells: `false` reads every cell afresh (for tests of the reading).
    public static func importWorkbook(path: String, base: Plan, keepingUnchangedCells: Bool = true)
        throws(PlanFileError) -> Result
    {
        try importWorkbook(
            path: path, base: base, keepingUnchangedCells: keepingUnchangedCells,
            cellLimit: XLSXDocument.maximumCells)
    }

    /// Imports the workbook at `path` over `base`, the workbook opened with `cellLimit` (which a test
    /// sets low: the sheet is read row by row, so no limit on its cells applies).
    package static func importWorkbook(path: String, base: Plan, keepingUnchangedCells: Bool, cellLimit: Int)
        throws(PlanFileError) -> Result
    {
        var sheet = try readSheet(path: path, cellLimit: cellLimit)
        var plan = try TableImporter.makePlan(rows: sheet.rows, file: path, base: base)
        let rowIDs = Set(sheet.rows.compactMap { $0[.id].flatMap { $0.isEmpty ? nil : ActionID($0) } })
        sheet.rows = []
        let newIDs = plan.actions.map(\.id).filter { !rowIDs.contains($0) }
        var changed: [ActionID] = []
        // The plan's actions are the sheet's rows, in order.
        let cells = sheet.cells.count == plan.actions.count ? sheet.cells : []
        sheet.cells = []
        let reader = FinancingReader(registry: plan.registry)
        for (i, action) in plan.actions.enumerated() {
            let old = base.action(id: action.id)
            var merged = action
            if let old, keepingUnchangedCells { merged = merge(action, over: old, base: base) }
            if i < cells.count {
                read(cells[i], into: &merged, old: keepingUnchangedCells ? old : nil, reader: reader)
            }
            plan.actions[i] = merged
            guard let old else { continue }
            if merged != old { changed.append(action.id) }
            plan.actions[i].isClosed = old.isClosed
        }
        let kept = Set(plan.actions.map(\.id))
        plan.statusReports = base.statusReports.filter { kept.contains($0.actionID) }
        return Result(plan: plan, newIDs: newIDs, changedIDs: changed, statusRows: sheet.statusRows)
    }

    /// The rows of the `Tiltak` sheet of the workbook at `path`.
    static func readSheet(path: String, cellLimit: Int) throws(PlanFileError) -> ActionSheetRows {
        // The status columns' captions in every language.
        var statusCaptions: [String] = []
        for column in ActionTableLayout.statusColumns {
            for language in Language.allCases
            where !statusCaptions.contains(Words(language).caption(column.key)) {
                statusCaptions.append(Words(language).caption(column.key))
            }
        }
        var sheet = ActionSheetRows(
            columns: columns, statusCaptions: statusCaptions, derivedCaptions: derivedCaptions,
            ownCaptions: ownCaptions)
        do {
            var document = try XLSXDocument(
                data: try SourceFile.bytes(of: path), fileName: URL(fileURLWithPath: path).lastPathComponent)
            document.cellLimit = cellLimit
            guard let found = sheetNames.first(where: { document.sheetInfo(named: $0) != nil }) else {
                throw PlanFileError.invalid([
                    FileProblem(
                        file: path, field: sheetName,
                        message: Message(
                            ReturnMessage.sheetMissing(sheet: sheetName, found: document.sheetNames)),
                        hint: Message(ReturnMessage.councilWorkbookHint))
                ])
            }
            try sheet.read(document, sheetName: found)
        } catch let error as PlanFileError {
            throw error
        } catch {
            throw .invalid([WorkbookReadFailure.problem(error, path: path)])
        }
        if !sheet.hasRequiredColumns {
            let missing = ActionTableLayout.importedColumns.filter {
                sheet.index[$0.field] == nil && $0.field != .id
            }.map { words.caption($0.column.key) }
            throw .invalid([
                FileProblem(
                    file: path, line: 1, field: sheetName,
                    message: Message(ReturnMessage.sheetMissingColumns(sheet: sheetName, columns: missing)))
            ])
        }
        return sheet
    }

    /// `read` (an action read afresh from the sheet's cells) with every cell that still shows
    /// what `old` shows replaced by `old`'s raw cell and reading.
    static func merge(_ read: Action, over old: Action, base: Plan) -> Action {
        var action = read
        if read.timeframe.text == old.timeframe.text { action.timeframe = old.timeframe }
        if read.responsible.text == base.registry.displayNames(old.responsible) {
            action.responsible = old.responsible
        }
        if read.involved.text == base.registry.displayNames(old.involved) { action.involved = old.involved }
        if read.remark == old.remark { action.financing = old.financing }
        if action.text == old.text, action.timeframe == old.timeframe, action.responsible == old.responsible,
            action.involved == old.involved, action.remark == old.remark
        {
            action.flags = old.flags
        } else {
            let row = ActionRow(
                id: action.id.rawValue, focusArea: action.focusArea, theme: action.theme, text: action.text,
                timeframe: action.timeframe.text, responsible: action.responsible.text,
                involved: action.involved.text, remark: action.remark)
            action.flags = FlagReader.flags(
                row: row, responsible: action.responsible, financing: action.financing)
        }
        return action
    }

    /// Reads a row's financing, cost and kept cells into `action` (read from the row's other cells).
    ///
    /// The kept cells are the row's. The financing, cost and cost-type cells show what the action's
    /// remark and its financing and cost columns say; while they show what `old` (the base's action)
    /// shows, or what the row's own remark gives for a new row, the columns stay as they were. A cell
    /// that shows something else is read as the table's column would be: the financing cell as a
    /// financing column, the cost with its cost type as a cost column.
    static func read(_ cells: SheetCells, into action: inout Action, old: Action?, reader: FinancingReader) {
        action.extras = cells.extras
        let shown = old ?? action
        let financingEdited = !cells.financing.isEmpty && !showsNeed(cells.financing, of: shown)
        let costEdited = !showsCost(cells, of: shown)
        let financingText = financingEdited ? cells.financing : shown.financingText
        let costText =
            costEdited
            ? [cells.cost, cells.costType.lowercased()].filter { !$0.isEmpty }.joined(separator: " ")
            : shown.costText
        if !financingEdited, !costEdited, let old, action.remark == old.remark {
            action.financing = old.financing
        } else if financingText != action.financingText || costText != action.costText || old != nil {
            action.financing = reader.read(
                remark: reader.read(action.remark), financingColumn: financingText, costColumn: costText)
        }
        action.financingText = financingText
        action.costText = costText
    }

    /// Whether `cell` is the financing need of `action` in one of the languages.
    static func showsNeed(_ cell: String, of action: Action) -> Bool {
        Language.allCases.contains { action.financing.need.text($0) == cell }
    }

    /// Whether the cost and cost-type cells show `action`'s stated cost.
    static func showsCost(_ cells: SheetCells, of action: Action) -> Bool {
        guard let cost = action.financing.cost else { return cells.cost.isEmpty && cells.costType.isEmpty }
        return Double(cells.cost) == Double(cost.amount)
            && Language.allCases.contains { cost.recurrence.text($0) == cells.costType }
    }
}
