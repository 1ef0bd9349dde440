internal import CXlsxWriter

/// Excel's grid size and the checked conversions from Swift `Int` to libxlsxwriter's index types.
public enum ExcelLimits {
    /// Number of rows in a worksheet (1 048 576); valid zero-based rows are `0..<maxRows`.
    ///
    /// Taken from libxlsxwriter's `LXW_ROW_MAX` (worksheet.h), so the number is written once.
    public static let maxRows = Int(LXW_ROW_MAX)
    /// Number of columns in a worksheet (16 384, column XFD); valid columns are `0..<maxColumns`.
    ///
    /// Taken from libxlsxwriter's `LXW_COL_MAX` (worksheet.h).
    public static let maxColumns = Int(LXW_COL_MAX)
    /// Longest string a cell can hold, in UTF-16 code units as Excel counts them.
    ///
    /// libxlsxwriter 1.1.4 checks the same limit with `LXW_STR_MAX`, but defines it in worksheet.c
    /// rather than in an installed header, so it cannot be imported and is repeated here.
    public static let maxStringLength = 32_767

    /// Converts a zero-based row, throwing `.worksheetIndexOutOfRange` outside the grid.
    static func row(_ row: Int, _ operation: @autoclosure () -> String) throws -> lxw_row_t {
        guard (0..<maxRows).contains(row), let value = lxw_row_t(exactly: row) else {
            throw XlsxError(
                code: .worksheetIndexOutOfRange, operation: operation(),
                detail: "row \(row) is outside 0..<\(maxRows)")
        }
        return value
    }

    /// Converts a zero-based column, throwing `.worksheetIndexOutOfRange` outside the grid.
    static func column(_ col: Int, _ operation: @autoclosure () -> String) throws -> lxw_col_t {
        guard (0..<maxColumns).contains(col), let value = lxw_col_t(exactly: col) else {
            throw XlsxError(
                code: .worksheetIndexOutOfRange, operation: operation(),
                detail: "column \(col) is outside 0..<\(maxColumns)")
        }
        return value
    }

    /// Converts an integer option to a fixed-width C type within `range`, else `.parameterValidation`.
    static func integer<T: FixedWidthInteger>(
        _ value: Int, in range: ClosedRange<Int>, _ name: String, _ operation: @autoclosure () -> String
    ) throws -> T {
        guard range.contains(value), let converted = T(exactly: value) else {
            throw XlsxError.invalid(operation(), "\(name) \(value) is outside \(range)")
        }
        return converted
    }

    /// Checks that a floating-point option is finite and within `range`.
    static func number(
        _ value: Double, in range: ClosedRange<Double>, _ name: String, _ operation: @autoclosure () -> String
    ) throws -> Double {
        guard value.isFinite, range.contains(value) else {
            throw XlsxError.invalid(operation(), "\(name) \(value) is outside \(range)")
        }
        return value
    }
}
