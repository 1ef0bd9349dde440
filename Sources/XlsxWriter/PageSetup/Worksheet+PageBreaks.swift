internal import CXlsxWriter

extension Worksheet {
    /// Sets manual page breaks above each of `rows` (zero-based; a break above row 0 is meaningless
    /// and refused, as are more than the 1,023 breaks Excel allows).
    public func setHorizontalPageBreaks(_ rows: [Int]) throws {
        let name = operation("worksheet_set_h_pagebreaks")
        guard rows.count <= 1023 else {
            throw XlsxError.invalid(name, "\(rows.count) page breaks; Excel allows at most 1023")
        }
        var cRows: [lxw_row_t] = try rows.map { row in
            guard row > 0 else { throw XlsxError.invalid(name, "a page break above row \(row)") }
            return try ExcelLimits.row(row, name)
        }
        guard !cRows.isEmpty else { return }
        cRows.append(0)
        let sheet = try open(name)
        try cRows.withUnsafeMutableBufferPointer { buffer in
            try XlsxError.check(worksheet_set_h_pagebreaks(sheet, buffer.baseAddress), name)
        }
    }
}
