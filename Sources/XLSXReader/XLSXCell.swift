/// One cell as stored in a worksheet: its value, and the formula that produced it, if any.
///
/// ``kind`` is the type of the stored value. A formula cell has ``formula`` set and its
/// ``kind`` is the type of the result the writing application cached (`.blank` if it cached
/// none, as some generators do).
public struct XLSXCell: Sendable, Equatable {
    /// The type of a cell's stored value.
    public enum Kind: Sendable, Hashable {
        /// No value (a cell present only for its style, or a formula without a cached result).
        case blank
        /// Text: a shared string, an inline string or a formula's string result (`t="str"`).
        case string
        /// A number (dates and times are numbers too; see ``XLSXDocument/date(of:)``).
        case number
        /// TRUE or FALSE.
        case boolean
        /// An error value such as `#N/A` or `#DIV/0!`.
        case error
        /// An ISO 8601 date stored as text (`t="d"`), rare outside strict files.
        case date
    }

    /// How a cell's formula is stored.
    public enum FormulaKind: Sendable, Hashable {
        /// An ordinary formula.
        case normal
        /// Part of a shared formula: written once for a range, translated to this cell.
        case shared
        /// An array (CSE) formula over ``XLSXCell/formulaRange``.
        case array
        /// A what-if data table.
        case dataTable
    }

    /// Where the cell is.
    public var reference: CellAddress
    /// The type of the stored value.
    public var kind: Kind
    /// The value as text: the string itself, a number without a trailing `.0` (`3`, `2.5`),
    /// `TRUE`/`FALSE`, the error code, the ISO date text, or `""` when blank.
    public var string: String
    /// The value for numbers; nil for every other kind.
    public var number: Double?
    /// The value for booleans; nil for every other kind.
    public var boolean: Bool?
    /// The formula without the leading `=`, or nil. A shared formula's followers get the
    /// leader's formula with its relative references moved to their own position.
    public var formula: String?
    /// How the formula is stored, or nil when there is none.
    public var formulaKind: FormulaKind?
    /// The range an array or shared-leader formula covers (the `ref` attribute), if given.
    public var formulaRange: String?
    /// The index into the workbook's `cellXfs` (`s` attribute), or nil for the default style 0.
    public var styleIndex: Int?
    /// The text of the `<v>` element as stored, or nil.
    public var rawValue: String?

    /// A cell with the given contents.
    public init(
        reference: CellAddress, kind: Kind, string: String, number: Double? = nil, boolean: Bool? = nil,
        formula: String? = nil, formulaKind: FormulaKind? = nil, formulaRange: String? = nil,
        styleIndex: Int? = nil, rawValue: String? = nil
    ) {
        self.reference = reference
        self.kind = kind
        self.string = string
        self.number = number
        self.boolean = boolean
        self.formula = formula
        self.formulaKind = formulaKind
        self.formulaRange = formulaRange
        self.styleIndex = styleIndex
        self.rawValue = rawValue
    }

    /// Whether the cell holds a formula.
    public var isFormula: Bool { formula != nil }

    /// Whether the cell has neither a value nor a formula.
    public var isEmpty: Bool { kind == .blank && formula == nil }
}
