import TiltakLanguage
import TiltakModel
import TiltakRuntime
import XlsxWriter

/// Which sheets of the council workbook to write.
public enum CouncilSheets: String, Sendable, CaseIterable {
    /// Every sheet: overview, the plan (`Om planen`), actions, focus areas, responsibilities, schedule,
    /// financing, result goals, data quality and the hidden status list.
    case all
    /// Only the `Tiltak` sheet and the hidden `Lister` sheet its Status dropdown needs; for handing the
    /// action list on, and for very large plans.
    case tiltak
}

extension CouncilWorkbook {
    /// From this many actions on the workbook is written in libxlsxwriter's constant-memory mode
    /// (see ``write(_:source:to:sheets:streaming:)``).
    public static let streamingThreshold = 200_000

    /// Whether a plan with this many actions is written in constant-memory mode.
    public static func streams(actions count: Int) -> Bool {
        count >= streamingThreshold
    }

    /// Writes the council workbook with `sheets` to `path`, atomically.
    ///
    /// With `streaming` (the default for plans of ``streamingThreshold`` actions or more) each row of
    /// the `Tiltak` sheet is flushed to a temporary file as soon as the next one is written, so with
    /// `sheets: .tiltak` memory stays flat however long the plan is (with `.all`, the other sheets
    /// are kept in memory as usual). What changes in the `Tiltak` sheet:
    /// - its rows get an autofilter over the range instead of an Excel table (no table name,
    ///   no banded-row style; filters, frozen header and the Status dropdown stay);
    /// - text is stored in each cell (inline strings) instead of the shared-string table, so the file
    ///   is larger, though Excel and LibreOffice show the same values;
    /// - rows keep the default height: wrapped text is not given the height of its lines (a row is
    ///   flushed before the column widths it depends on are known).
    ///
    /// `check` runs when the file is complete, before it replaces `path`; an error it throws leaves
    /// `path` untouched. The workbook is in `language`, or (`nil`) in the plan's.
    public static func write(
        _ plan: Plan, source: WorkbookSource, to path: String, sheets: CouncilSheets,
        streaming: Bool? = nil, language: Language? = nil, paper: Paper = .a4,
        check: () throws -> Void = {}
    ) throws {
        try write(
            ActionStream(plan: plan), source: source, to: path, sheets: sheets, streaming: streaming,
            language: language, paper: paper, check: check)
    }

    /// Writes the council workbook of a plan whose actions are still being read: the `Tiltak` sheet
    /// takes each chunk of actions as soon as it is read, the other sheets wait for the whole plan.
    public static func write(
        _ actions: ActionStream, source: WorkbookSource, to path: String, sheets: CouncilSheets,
        streaming: Bool? = nil, language: Language? = nil, paper: Paper = .a4,
        check: () throws -> Void = {}
    ) throws {
        let streaming = streaming ?? streams(actions: actions.count)
        let language = language ?? actions.outline.language
        // With every sheet, only the `Tiltak` sheet streams (see ``build(_:source:in:streaming:)``).
        try AtomicWorkbook.write(
            to: path, options: WorkbookOptions(constantMemory: streaming && sheets == .tiltak), check: check
        ) { workbook in
            switch sheets {
            case .all:
                try build(
                    actions, source: source, in: workbook, streaming: streaming, language: language,
                    paper: paper)
            case .tiltak:
                try buildActionsOnly(
                    actions, in: workbook, streaming: streaming, language: language, paper: paper)
            }
        }
    }

    /// Fills `workbook` with the `Tiltak` sheet and the hidden `Lister` sheet, in `language`.
    static func buildActionsOnly(
        _ actions: ActionStream, in workbook: Workbook, streaming: Bool, language: Language,
        paper: Paper = .a4
    ) throws {
        try workbook.setProperties(WorkbookProperties.council(actions.outline, language: language))
        let styles = try WorkbookStyles(workbook, paper: paper)
        let table = try workbook.addWorksheet(name: ActionTableSheet.name(language))
        try ActionTableSheet.write(
            actions, to: SheetWriter(table, styles: styles, language: language), streaming: streaming)
        try StatusList.addSheet(to: workbook, language: language)
        try table.activate()
    }
}
