import TiltakLanguage

/// The layout of a municipality's task workbook: the `Oppgåver` sheet's columns, which of them the
/// municipality may edit, and which a returned workbook must have.
///
/// The workbook also has the hidden status list (``SheetKey/statusList``) and the hidden sheet of
/// ``AttributionLayout``.
public enum TaskWorkbookLayout {
    /// The task sheet.
    public static let sheet = SheetKey.tasks

    /// The task sheet's columns, in sheet order: the raw value is the zero-based column index.
    public enum Column: Int, Sendable, Hashable, CaseIterable {
        case id, text, role, throughGroup, timeframe, firstYear, responsible, involved, financing, remark
        case status, comment
        /// The party's latest earlier report and its comment, locked, so a party updates its report
        /// rather than retyping it (see ``PreviousReport``).
        case previousStatus, previousComment

        /// The zero-based column index.
        public var index: Int { rawValue }

        /// The column's key, for its caption.
        public var key: ColumnKey {
            switch self {
            case .id: .id
            case .text: .text
            case .role: .role
            case .throughGroup: .throughGroup
            case .timeframe: .timeframe
            case .firstYear: .firstYear
            case .responsible: .responsible
            case .involved: .involved
            case .financing: .financing
            case .remark: .remark
            case .status: .status
            case .comment: .comment
            case .previousStatus: .previousStatus
            case .previousComment: .previousComment
            }
        }

        /// Whether the municipality fills the column in (the sheet is protected, these cells are not).
        public var isEditable: Bool { self == .status || self == .comment }
    }

    /// The columns the municipality fills in, in sheet order.
    public static let editableColumns = Column.allCases.filter(\.isEditable)

    /// The protected columns, in sheet order: what the plan puts there (``planColumns``) and the
    /// party's previous report (``previousReportColumns``).
    public static let protectedColumns = Column.allCases.filter { !$0.isEditable }

    /// The locked columns of the party's previous report: shown, never read back as a report nor
    /// checked against the plan (reports collected since the export may have changed them).
    public static let previousReportColumns: [Column] = [.previousStatus, .previousComment]

    /// The protected columns the plan fills (see ``TaskRowCells``), which a returned workbook must
    /// still hold as the plan has them.
    public static let planColumns = protectedColumns.filter { !previousReportColumns.contains($0) }

    /// The columns a returned task sheet cannot be read without.
    public static let requiredColumns: [Column] = [.id, .status, .comment]

    /// The column captions in sheet order.
    public static func captions(_ words: Words = .nynorsk) -> [String] {
        Column.allCases.map { words.caption($0.key) }
    }
}
