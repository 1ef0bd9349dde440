import TiltakLanguage

/// The layout of the council workbook's revision agenda sheet (`Revisjon 2021`): one row per
/// action and party in each section of the agenda (`MeetingAgenda`), with the party's status and
/// comment for the year, under a header row.
public enum AgendaSheetLayout {
    /// The sheet.
    public static let sheet = SheetKey.revisionAgenda

    /// The sheet's name for the meeting of `year`: `Revisjon 2021`.
    public static func sheetName(year: Int, _ words: Words = .nynorsk) -> String {
        "\(words.sheetName(sheet)) \(year)"
    }

    /// The columns, in sheet order: the raw value is the zero-based column index.
    public enum Column: Int, Sendable, Hashable, CaseIterable {
        case section, id, text, timeframe, responsible, party, status, comment

        /// The column's caption in `language`.
        public func caption(_ language: Language) -> String {
            switch self {
            case .section: AgendaText.section.text(language)
            case .id: ColumnKey.id.text(language)
            case .text: ColumnKey.text.text(language)
            case .timeframe: ColumnKey.timeframe.text(language)
            case .responsible: ColumnKey.responsible.text(language)
            case .party: AgendaText.party.text(language)
            case .status: ColumnKey.status.text(language)
            case .comment: ColumnKey.comment.text(language)
            }
        }
    }

    /// The column captions in sheet order.
    public static func captions(_ language: Language) -> [String] {
        Column.allCases.map { $0.caption(language) }
    }
}
