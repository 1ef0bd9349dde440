import TiltakLanguage

/// The layout of a municipality's task workbook: the `Oppgåver` sheet's title block and columns,
/// which of them the municipality may edit, and which a returned workbook must have.
///
/// The sheet opens with a title block (``TitleLine``, one line a row), then a blank row, then the
/// header row of the task table (``headerRow``) and a row per task. Workbooks exported before the
/// title block have the header in the first row; a reader finds it by ``headerRowCandidates``.
/// Columns that are empty for every task of a party are left out of its sheet (all but
/// ``alwaysShownColumns``), so a reader finds the columns by their captions, never by index.
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

        /// The column's width (Excel's character units) when its content is that wide or wider.
        public var preferredWidth: Double {
            switch self {
            case .id: 8
            case .text: 40
            case .role: 12
            case .throughGroup: 13
            case .timeframe: 13
            case .firstYear: 7
            case .responsible: 18
            case .involved: 18
            case .financing: 13
            case .remark: 26
            case .status: 14
            case .comment: 28
            case .previousStatus: 14
            case .previousComment: 26
            }
        }

        /// Whether the column's text wraps, so that it may be narrowed to fit the page
        /// (``TaskWorkbookLayout/printWidth``); the others keep their width.
        public var wraps: Bool {
            switch self {
            case .id, .firstYear, .status, .previousStatus: false
            default: true
            }
        }

        /// Whether the municipality fills the column in (the sheet is protected, these cells are not).
        public var isEditable: Bool { self == .status || self == .comment }
    }

    /// The lines of the title block, in row order from the first row.
    public enum TitleLine: Int, Sendable, CaseIterable {
        /// Whose tasks they are (the party's name, large).
        case party
        /// The plan's title and the revision's label.
        case plan
        /// The return deadline (or that none is set).
        case deadline
        /// Whom to send the file back to (or that the plan names nobody).
        case contact
        /// How to fill in Status.
        case statusHelp
        /// How to write Kommentar.
        case commentHelp
        /// Where and when to send the file back.
        case returnHelp

        /// The zero-based row.
        public var row: Int { rawValue }
    }

    /// The zero-based row of the task table's header: after the title block and a blank row.
    public static let headerRow = TitleLine.allCases.count + 1

    /// The zero-based rows a returned sheet's header may be in, in the order a reader tries them:
    /// this layout's ``headerRow``, then the first row, where workbooks exported before the title
    /// block have it. The header is the first of them that holds the captions of every
    /// ``requiredColumns``.
    public static let headerRowCandidates = [headerRow, 0]

    /// The columns every party's sheet has; the others are left out when empty for all its tasks.
    public static let alwaysShownColumns: Set<Column> = [.id, .text, .role, .status, .comment]

    /// The columns of a sheet whose tasks fill `filled`, in sheet order: ``alwaysShownColumns`` and
    /// the filled ones.
    public static func columns(filled: Set<Column>) -> [Column] {
        Column.allCases.filter { alwaysShownColumns.contains($0) || filled.contains($0) }
    }

    /// The most column width (Excel's character units, summed) the task table takes, so that it
    /// prints on A4 landscape at 90 % or more (about 161 units fit at 90 %, 145 at 100 %).
    public static let printWidth = 150.0

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

    /// The column captions in sheet order (of `columns`, by default every column).
    public static func captions(_ words: Words = .nynorsk, columns: [Column] = Column.allCases) -> [String] {
        columns.map { words.caption($0.key) }
    }

    /// The widths of `columns` whose widest content is `content` characters (by column): each
    /// column as wide as its content, at most its ``Column/preferredWidth`` (the editable ones, which
    /// the party writes in, at their preferred width whatever they hold); when they sum to more
    /// than ``printWidth``, the columns that wrap are narrowed alike until they fit, none below its
    /// longest word (`words`, in characters; a word wider than 14 units may break) and 8.
    public static func widths(_ columns: [Column], content: [Column: Int], words: [Column: Int] = [:])
        -> [Column: Double]
    {
        var widths: [Column: Double] = [:]
        for column in columns {
            let wanted = column.isEditable ? column.preferredWidth : Double((content[column] ?? 0) + 2)
            widths[column] = min(max(wanted, 6), column.preferredWidth)
        }
        let fixed = columns.filter { !$0.wraps }.reduce(0.0) { $0 + (widths[$1] ?? 0) }
        let wrapping = columns.filter(\.wraps)
        let flexible = wrapping.reduce(0.0) { $0 + (widths[$1] ?? 0) }
        guard fixed + flexible > printWidth, flexible > 0 else { return widths }
        // Narrow alike, then give what the floors took back from the others, until it fits.
        var floors: [Column: Double] = [:]
        for column in wrapping {
            // A narrow column's word needs room for the cell's padding and bold or wide letters.
            let word = Double(words[column] ?? 0) / 1.1 + 1.5
            floors[column] = min(widths[column] ?? 0, min(14, max(8, word.rounded(.up))))
        }
        var free = wrapping
        var room = printWidth - fixed
        while !free.isEmpty {
            let factor = max(0, room) / free.reduce(0.0) { $0 + (widths[$1] ?? 0) }
            let floored = free.filter { (widths[$0] ?? 0) * factor < (floors[$0] ?? 0) }
            if floored.isEmpty {
                for column in free {
                    widths[column] = ((widths[column] ?? 0) * factor * 4).rounded(.down) / 4
                }
                break
            }
            for column in floored {
                widths[column] = floors[column]
                room -= floors[column] ?? 0
            }
            free.removeAll { floored.contains($0) }
        }
        return widths
    }
}
