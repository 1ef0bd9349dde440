import TiltakLanguage

/// The layout of the council workbook's `Innsamling` sheet: a table with one row per party
/// (returned or not, date, files, reports, missing reports), a blank row, a title row, then a
/// table of the actions each party still owes a report on: one row per party, with the actions'
/// ids (so the sheet grows with the parties, not with parties × actions).
public enum ReturnsSheetLayout {
    /// The sheet.
    public static let sheet = SheetKey.returns

    /// The columns of the parties' table, in sheet order: the raw value is the zero-based column index.
    public enum PartyColumn: Int, Sendable, Hashable, CaseIterable {
        case party, delivery, date, files, reports, missing

        /// The column's caption in `language`.
        public func caption(_ language: Language) -> String {
            switch self {
            case .party: AgendaText.party.text(language)
            case .delivery: AgendaText.delivery.text(language)
            case .date: AgendaText.date.text(language)
            case .files: AgendaText.file.text(language)
            case .reports: AgendaText.reportCount.text(language)
            case .missing: AgendaText.missingCount.text(language)
            }
        }
    }

    /// The columns of the table of missing reports, in sheet order.
    public enum OwedColumn: Int, Sendable, Hashable, CaseIterable {
        case party, missing, ids

        /// The column's caption in `language`.
        public func caption(_ language: Language) -> String {
            switch self {
            case .party: AgendaText.party.text(language)
            case .missing: AgendaText.missingCount.text(language)
            case .ids: ColumnKey.id.text(language)
            }
        }
    }

    /// The most characters of ids one cell lists before it says how many more there are.
    public static let idsLimit = 2_000

    /// The zero-based row of the title of the missing reports when `parties` rows list the parties
    /// (at least one row, saying there are none).
    public static func owedTitleRow(parties: Int) -> Int { 1 + max(parties, 1) + 1 }

    /// The rows of the sheet (counting from 1 to the last) with `parties` party rows and `owed`
    /// parties that owe reports: header, parties, blank, title, header, a row per owing party (or
    /// one row saying there are none).
    public static func rowCount(parties: Int, owed: Int) -> Int {
        owedTitleRow(parties: parties) + 2 + max(owed, 1)
    }
}
