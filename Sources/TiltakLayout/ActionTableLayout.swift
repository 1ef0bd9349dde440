import TiltakLanguage
import TiltakModel

/// The layout of the council workbook's `Tiltak` sheet: one row per action under a header of
/// captions, the base of the overview's formulas, and what `tiltak import` reads back.
public enum ActionTableLayout {
    /// The sheet; its Excel table takes the sheet's name.
    public static let sheet = SheetKey.actionTable

    /// The sheet's columns, in sheet order: the raw value is the zero-based column index.
    ///
    /// The columns a reader of the printed plan needs come first (``printedColumns``): the focus
    /// area, the years and the cost derived from other cells come after them.
    public enum Column: Int, Sendable, Hashable, CaseIterable {
        case id, theme, text, timeframe, responsible, involved, financing, remark, status, comment
        case focusArea, firstYear, lastYear, cost, costType

        /// The zero-based column index.
        public var index: Int { rawValue }

        /// The column's key, for its caption.
        public var key: ColumnKey {
            switch self {
            case .id: .id
            case .focusArea: .focusArea
            case .theme: .theme
            case .text: .text
            case .timeframe: .timeframe
            case .firstYear: .firstYear
            case .lastYear: .lastYear
            case .responsible: .responsible
            case .involved: .involved
            case .financing: .financing
            case .cost: .cost
            case .costType: .costType
            case .remark: .remark
            case .status: .status
            case .comment: .comment
            }
        }

        /// The plan field an import reads from the column; `nil` for the cells derived from other
        /// cells (years, financing, cost) and for the status columns, which `tiltak collect` reads.
        public var field: ActionField? {
            switch self {
            case .id: .id
            case .focusArea: .focusArea
            case .theme: .theme
            case .text: .text
            case .timeframe: .timeframe
            case .responsible: .responsible
            case .involved: .involved
            case .remark: .remark
            case .firstYear, .lastYear, .financing, .cost, .costType, .status, .comment: nil
            }
        }
    }

    /// The columns printed on A4, the first of the sheet: what a reader of the plan needs, narrow
    /// enough for legible type. A3 prints every column.
    public static let printedColumns: [Column] = Column.allCases.filter {
        $0.rawValue <= Column.comment.rawValue
    }

    /// The most characters each printed column is wide, so that the printed columns fit A4 landscape
    /// in legible type: longer text wraps.
    public static func printWidth(_ column: Column) -> Int {
        switch column {
        case .id: 8
        case .theme: 14
        case .text: 30
        case .timeframe: 10
        case .responsible: 14
        case .involved: 16
        case .financing: 12
        case .remark: 22
        case .status: 12
        case .comment: 14
        case .focusArea: 16
        case .firstYear, .lastYear: 6
        case .cost: 12
        case .costType: 16
        }
    }

    /// The columns an import reads, in sheet order, with the field each gives.
    public static let importedColumns: [(column: Column, field: ActionField)] =
        Column.allCases.compactMap { column in column.field.map { (column, $0) } }

    /// The columns that show what an action's remark and its financing and cost columns say about
    /// money; an import reads them when they were edited.
    public static let moneyColumns: [Column] = [.financing, .cost, .costType]

    /// The columns of reported status, which an import counts but does not read.
    public static let statusColumns: [Column] = [.status, .comment]

    /// The column captions in sheet order.
    public static func captions(_ words: Words = .nynorsk) -> [String] {
        Column.allCases.map { words.caption($0.key) }
    }
}
