internal import CXlsxWriter
import Foundation

extension Worksheet {
    /// Writes a string (stored in the shared-string table; at most 32 767 characters).
    public func writeString(row: Int, col: Int, _ value: String, format: Format? = nil) throws {
        // The operation is named only on failure, without a closure held across the calls: a large
        // sheet writes a million strings.
        let (cRow, cCol, cFormat) = try cell(row, col, format) {
            operation("worksheet_write_string", row: row, col: col)
        }
        let result = try CString.with(value, operation("worksheet_write_string", row: row, col: col)) {
            text in
            worksheet_write_string(handle, cRow, cCol, text, cFormat)
        }
        try XlsxError.check(result, operation("worksheet_write_string", row: row, col: col))
    }

    /// Writes a number; NaN and infinities are rejected because Excel cannot store them.
    public func writeNumber(row: Int, col: Int, _ value: Double, format: Format? = nil) throws {
        let name = { operation("worksheet_write_number", row: row, col: col) }
        guard value.isFinite else {
            throw XlsxError.invalid(name(), "\(value) is not a finite number")
        }
        let (cRow, cCol, cFormat) = try cell(row, col, format, name)
        try XlsxError.check(worksheet_write_number(handle, cRow, cCol, value, cFormat), name())
    }

    /// Writes a formula such as "=SUM(B2:B9)"; its cached result is 0 until Excel recalculates.
    public func writeFormula(row: Int, col: Int, _ formula: String, format: Format? = nil) throws {
        let name = { operation("worksheet_write_formula", row: row, col: col) }
        let (cRow, cCol, cFormat) = try cell(row, col, format, name)
        try CString.with(formula, name()) { text in
            try XlsxError.check(worksheet_write_formula(handle, cRow, cCol, text, cFormat), name())
        }
    }

    /// Writes a formula with a numeric cached result (`<v>`), shown by readers that don't recalculate.
    public func writeFormula(
        row: Int, col: Int, _ formula: String, cachedNumber: Double, format: Format? = nil
    ) throws {
        let name = { operation("worksheet_write_formula_num", row: row, col: col) }
        guard cachedNumber.isFinite else {
            throw XlsxError.invalid(name(), "cached result \(cachedNumber) is not a finite number")
        }
        let (cRow, cCol, cFormat) = try cell(row, col, format, name)
        try CString.with(formula, name()) { text in
            try XlsxError.check(
                worksheet_write_formula_num(handle, cRow, cCol, text, cFormat, cachedNumber), name())
        }
    }

    /// Writes a formula with a string cached result (`t="str"`).
    public func writeFormula(
        row: Int, col: Int, _ formula: String, cachedString: String, format: Format? = nil
    ) throws {
        let name = { operation("worksheet_write_formula_str", row: row, col: col) }
        let (cRow, cCol, cFormat) = try cell(row, col, format, name)
        try CString.with(formula, name()) { text in
            try CString.with(cachedString, name()) { result in
                try XlsxError.check(
                    worksheet_write_formula_str(handle, cRow, cCol, text, cFormat, result), name())
            }
        }
    }

    /// Writes a blank cell that carries only a format (ignored by libxlsxwriter without one).
    public func writeBlank(row: Int, col: Int, format: Format?) throws {
        let name = { operation("worksheet_write_blank", row: row, col: col) }
        let (cRow, cCol, cFormat) = try cell(row, col, format, name)
        try XlsxError.check(worksheet_write_blank(handle, cRow, cCol, cFormat), name())
    }

    /// Writes TRUE or FALSE.
    public func writeBoolean(row: Int, col: Int, _ value: Bool, format: Format? = nil) throws {
        let name = { operation("worksheet_write_boolean", row: row, col: col) }
        let (cRow, cCol, cFormat) = try cell(row, col, format, name)
        try XlsxError.check(worksheet_write_boolean(handle, cRow, cCol, value ? 1 : 0, cFormat), name())
    }

    /// Writes a hyperlink ("https://…", "mailto:…", "internal:'Sheet 2'!A1", "external:…").
    ///
    /// - Parameters:
    ///   - text: Text displayed instead of the URL.
    ///   - tooltip: Mouse-over tip.
    ///   - format: Cell format; nil uses Excel's blue underlined hyperlink style.
    public func writeURL(
        row: Int, col: Int, _ url: String, text: String? = nil, tooltip: String? = nil, format: Format? = nil
    ) throws {
        let name = { operation("worksheet_write_url", row: row, col: col) }
        let (cRow, cCol, cFormat) = try cell(row, col, format, name)
        try CString.with(url, name()) { cURL in
            try CString.withOptional(text, name()) { cText in
                try CString.withOptional(tooltip, name()) { cTip in
                    try XlsxError.check(
                        worksheet_write_url_opt(handle, cRow, cCol, cURL, cFormat, cText, cTip), name())
                }
            }
        }
    }

    /// Writes a date (and optional time) from calendar fields; give it a date number format.
    ///
    /// `components` needs `year`, `month` and `day`; `hour`, `minute`, `second` and
    /// `nanosecond` default to zero. No time zone is involved: the fields are stored as is.
    public func writeDate(row: Int, col: Int, _ components: DateComponents, format: Format?) throws {
        let name = { operation("worksheet_write_datetime", row: row, col: col) }
        guard let year = components.year, let month = components.month, let day = components.day,
            (1900...9999).contains(year), (1...12).contains(month), (1...31).contains(day)
        else {
            throw XlsxError.invalid(name(), "date needs year 1900…9999, month and day: \(components)")
        }
        let hour = components.hour ?? 0
        let minute = components.minute ?? 0
        let second = Double(components.second ?? 0) + Double(components.nanosecond ?? 0) / 1e9
        guard (0...23).contains(hour), (0...59).contains(minute), (0..<60).contains(second) else {
            throw XlsxError.invalid(name(), "time of day out of range: \(components)")
        }
        let (cRow, cCol, cFormat) = try cell(row, col, format, name)
        var datetime = lxw_datetime(
            year: Int32(year), month: Int32(month), day: Int32(day), hour: Int32(hour), min: Int32(minute),
            sec: second)
        try XlsxError.check(worksheet_write_datetime(handle, cRow, cCol, &datetime, cFormat), name())
    }

    /// Merges `range` into one cell showing `text`; the range must cover at least two cells.
    public func mergeRange(_ range: CellRange, _ text: String, format: Format? = nil) throws {
        let name = operation("worksheet_merge_range", range: range)
        let checked = try range.checked(name)
        let cFormat = try format.cFormat(for: workbook, name)
        let sheet = try open(name)
        try CString.with(text, name) { cText in
            try XlsxError.check(
                worksheet_merge_range(
                    sheet, checked.firstRow, checked.firstCol, checked.lastRow, checked.lastCol, cText,
                    cFormat),
                name)
        }
    }

    /// Validated C arguments for a single-cell write.
    func cell(
        _ row: Int, _ col: Int, _ format: Format?, _ operation: () -> String
    ) throws -> (lxw_row_t, lxw_col_t, UnsafeMutablePointer<lxw_format>?) {
        let cRow = try ExcelLimits.row(row, operation())
        let cCol = try ExcelLimits.column(col, operation())
        let cFormat = try format.cFormat(for: workbook, operation())
        try workbook.requireOpen(operation())
        return (cRow, cCol, cFormat)
    }
}
