import TiltakLanguage
import TiltakLayout
import TiltakModel

/// The overview's progress tables: actions per focus area and per responsible party by overall
/// status (`Fullført` … `Ikkje rapportert`, `Sum`), as COUNTIFS over the `Tiltak` sheet's Status
/// column with their computed values.
enum OverviewProgress {
    /// The column captions after the first, in `language`.
    static func captions(_ language: Language) -> [String] {
        StatusProgress.captions(language) + [DocumentWord.sum.text(language)]
    }

    /// Writes both tables from `start`; returns the row after them and where the per-area table
    /// landed (for the progress chart).
    static func write(_ plan: Plan, at start: Int, to writer: SheetWriter) throws -> (
        nextRow: Int, byArea: OverviewSheet.Block, byResponsible: OverviewSheet.Block
    ) {
        let language = writer.language
        let board = StatusBoard(plan: plan)
        let byArea = plan.actionsByArea()
        let areaBlock = try table(
            DocumentWord.progressByArea(year: board.year).text(language),
            first: writer.words.caption(.focusArea),
            at: start,
            rows: plan.focusAreas.map { area in
                let name = area.name
                return (
                    name, [(ActionTableLayout.Column.focusArea, CountFormula.exact(name))], nil,
                    board.progress(byArea[area.code] ?? [])
                )
            }, to: writer)
        let responsible = ActionTableLayout.Column.responsible
        let noResponsible = DocumentWord.noResponsible.text(language)
        let responsibleBlock = try table(
            DocumentWord.progressByResponsible(year: board.year).text(language),
            first: DocumentWord.responsibleParty.text(language), at: areaBlock.nextRow + 1,
            rows: ResponsibilitySheet.sections(of: plan, language).map { section in
                let progress = board.progress(section.actions)
                if section.title == noResponsible
                    && section.actions.allSatisfy(\.responsible.isEmpty)
                {
                    return (
                        section.title, [(ActionTableLayout.Column.id, "\"<>\""), (responsible, "\"\"")], nil,
                        progress
                    )
                }
                return (section.title, [], section.title, progress)
            }, to: writer)
        return (responsibleBlock.nextRow, areaBlock, responsibleBlock)
    }

    /// One table: a label, a header, then per row a name and a count per status column; returns
    /// where it landed.
    ///
    /// A row counts the `Tiltak` rows matching `conditions`, and, when `listName` is given, whose
    /// Ansvar list contains that name.
    private static func table(
        _ title: String, first: String, at start: Int,
        rows: [(
            name: String, conditions: [(column: ActionTableLayout.Column, criterion: String)],
            listName: String?,
            progress: StatusProgress
        )],
        to writer: SheetWriter
    ) throws -> OverviewSheet.Block {
        try OverviewSheet.label(start, title, writer)
        let language = writer.language
        let captions = [first] + captions(language)
        try writer.header(start + 1, captions)
        var row = start + 2
        let status = ActionTableLayout.Column.status
        for entry in rows {
            try writer.text(row, 0, entry.name)
            for (offset, column) in StatusProgress.columns.enumerated() {
                let criterion = column.map { CountFormula.exact($0.text(language)) } ?? "\"\""
                try writer.formula(
                    row, 1 + offset,
                    formula(entry.conditions + [(status, criterion)], listName: entry.listName, language),
                    value: entry.progress.count(column))
            }
            try writer.formula(
                row, 1 + StatusProgress.columns.count,
                formula(entry.conditions, listName: entry.listName, language),
                value: entry.progress.total, format: writer.styles.total)
            row += 1
        }
        return OverviewSheet.Block(
            headerRow: start + 1, firstRow: start + 2, lastRow: row - 1,
            lastCol: StatusProgress.columns.count + 1,
            nextRow: row, captions: captions, names: rows.map(\.name))
    }

    /// COUNTIFS over `conditions` on the `Tiltak` sheet in `language`; with `listName`, the sum of
    /// one COUNTIFS per way the name can stand in the Ansvar list (alone, first, last, in the middle).
    static func formula(
        _ conditions: [(column: ActionTableLayout.Column, criterion: String)], listName: String?,
        _ language: Language
    ) -> String {
        guard let name = listName else { return CountFormula.countIfs(conditions, language) }
        let responsible = ActionTableLayout.Column.responsible
        let item = CountFormula.escapeWildcards(name)
        let patterns = [
            CountFormula.exact(name), CountFormula.quoted(item + ", *"), CountFormula.quoted("*, " + item),
            CountFormula.quoted("*, " + item + ", *"),
        ]
        return "="
            + patterns.map { pattern in
                String(CountFormula.countIfs([(responsible, pattern)] + conditions, language).dropFirst())
            }.joined(separator: "+")
    }
}
