internal import CXlsxWriter

/// Functions for a table's total row (`lxw_table_total_functions`).
public enum TableTotalFunction: Hashable, Sendable {
    /// AVERAGE.
    case average
    /// COUNT of numbers.
    case countNumbers
    /// COUNTA.
    case count
    /// MAX.
    case max
    /// MIN.
    case min
    /// STDEV.
    case standardDeviation
    /// SUM.
    case sum
    /// VAR.
    case variance

    var lxwValue: UInt8 {
        let value: lxw_table_total_functions
        switch self {
        case .average: value = LXW_TABLE_FUNCTION_AVERAGE
        case .countNumbers: value = LXW_TABLE_FUNCTION_COUNT_NUMS
        case .count: value = LXW_TABLE_FUNCTION_COUNT
        case .max: value = LXW_TABLE_FUNCTION_MAX
        case .min: value = LXW_TABLE_FUNCTION_MIN
        case .standardDeviation: value = LXW_TABLE_FUNCTION_STD_DEV
        case .sum: value = LXW_TABLE_FUNCTION_SUM
        case .variance: value = LXW_TABLE_FUNCTION_VAR
        }
        return UInt8(value.rawValue)
    }
}

/// One column of a worksheet table (`lxw_table_column`).
public struct TableColumn {
    /// Header caption; nil gives "Column 1", "Column 2", ….
    public var header: String?
    /// Column formula, e.g. "=[@Antall]*2" (structured references allowed).
    public var formula: String?
    /// Text in the total row, e.g. "Sum" (mutually exclusive with `totalFunction`).
    public var totalString: String?
    /// Function in the total row.
    public var totalFunction: TableTotalFunction?
    /// Format of the header cell.
    public var headerFormat: Format?
    /// Format of the data cells.
    public var format: Format?

    /// Creates a column description.
    public init(
        header: String? = nil, formula: String? = nil, totalString: String? = nil,
        totalFunction: TableTotalFunction? = nil, headerFormat: Format? = nil, format: Format? = nil
    ) {
        self.header = header
        self.formula = formula
        self.totalString = totalString
        self.totalFunction = totalFunction
        self.headerFormat = headerFormat
        self.format = format
    }
}
