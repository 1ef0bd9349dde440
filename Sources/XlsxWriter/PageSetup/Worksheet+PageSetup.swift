internal import CXlsxWriter

extension Worksheet {
    /// Prints in landscape orientation.
    public func setLandscape() throws {
        worksheet_set_landscape(try open(operation("worksheet_set_landscape")))
    }

    /// Prints in portrait orientation (the default).
    public func setPortrait() throws {
        worksheet_set_portrait(try open(operation("worksheet_set_portrait")))
    }

    /// Sets the paper size, e.g. `.a4` (index 9).
    public func setPaper(_ paper: PaperSize) throws {
        let name = operation("worksheet_set_paper")
        let index: UInt8 = try ExcelLimits.integer(paper.rawValue, in: 0...255, "paper index", name)
        worksheet_set_paper(try open(name), index)
    }

    /// Sets the page margins in inches (Excel's defaults are 0.7, 0.7, 0.75, 0.75).
    public func setMargins(left: Double = 0.7, right: Double = 0.7, top: Double = 0.75, bottom: Double = 0.75)
        throws
    {
        let name = operation("worksheet_set_margins")
        for (label, value) in [("left", left), ("right", right), ("top", top), ("bottom", bottom)] {
            _ = try ExcelLimits.number(value, in: 0...49, "\(label) margin", name)
        }
        worksheet_set_margins(try open(name), left, right, top, bottom)
    }

    /// Sets the printed header, e.g. "&CSide &P av &N" (at most 255 characters).
    ///
    /// - Parameter margin: Header margin in inches; nil keeps Excel's 0.3.
    public func setHeader(_ text: String, margin: Double? = nil) throws {
        let name = operation("worksheet_set_header")
        var options = lxw_header_footer_options()
        options.margin = try ExcelLimits.number(margin ?? 0.3, in: 0...49, "header margin", name)
        let sheet = try open(name)
        try CString.with(text, name) { cText in
            try XlsxError.check(worksheet_set_header_opt(sheet, cText, &options), name)
        }
    }

    /// Sets the printed footer, e.g. "&CSide &P av &N" (at most 255 characters).
    ///
    /// - Parameter margin: Footer margin in inches; nil keeps Excel's 0.3.
    public func setFooter(_ text: String, margin: Double? = nil) throws {
        let name = operation("worksheet_set_footer")
        var options = lxw_header_footer_options()
        options.margin = try ExcelLimits.number(margin ?? 0.3, in: 0...49, "footer margin", name)
        let sheet = try open(name)
        try CString.with(text, name) { cText in
            try XlsxError.check(worksheet_set_footer_opt(sheet, cText, &options), name)
        }
    }

    /// Scales the printout to fit `width` pages across and `height` pages down (0 = as many as needed).
    public func fitToPages(width: Int, height: Int) throws {
        let name = operation("worksheet_fit_to_pages")
        let cWidth: UInt16 = try ExcelLimits.integer(width, in: 0...32767, "width", name)
        let cHeight: UInt16 = try ExcelLimits.integer(height, in: 0...32767, "height", name)
        worksheet_fit_to_pages(try open(name), cWidth, cHeight)
    }

    /// Sets the print scale, 10…400 percent (ignored by Excel when `fitToPages` is used).
    public func setPrintScale(_ percent: Int) throws {
        let name = operation("worksheet_set_print_scale")
        let scale: UInt16 = try ExcelLimits.integer(percent, in: 10...400, "print scale", name)
        worksheet_set_print_scale(try open(name), scale)
    }

    /// Sets the number of the first printed page.
    public func setStartPage(_ page: Int) throws {
        let name = operation("worksheet_set_start_page")
        let start: UInt16 = try ExcelLimits.integer(page, in: 1...32767, "start page", name)
        worksheet_set_start_page(try open(name), start)
    }

    /// Repeats rows `first...last` at the top of every printed page (defined name `_xlnm.Print_Titles`).
    public func repeatRows(first: Int, last: Int) throws {
        let name = operation("worksheet_repeat_rows")
        let firstRow = try ExcelLimits.row(first, name)
        let lastRow = try ExcelLimits.row(last, name)
        guard first <= last else {
            throw XlsxError.invalid(name, "first row \(first) is after last row \(last)")
        }
        try XlsxError.check(worksheet_repeat_rows(try open(name), firstRow, lastRow), name)
    }

    /// Repeats columns `first...last` at the left of every printed page.
    public func repeatColumns(first: Int, last: Int) throws {
        let name = operation("worksheet_repeat_columns")
        let firstCol = try ExcelLimits.column(first, name)
        let lastCol = try ExcelLimits.column(last, name)
        guard first <= last else {
            throw XlsxError.invalid(name, "first column \(first) is after last column \(last)")
        }
        try XlsxError.check(worksheet_repeat_columns(try open(name), firstCol, lastCol), name)
    }

    /// Limits printing to `range` (defined name `_xlnm.Print_Area`).
    public func setPrintArea(_ range: CellRange) throws {
        let name = operation("worksheet_print_area", range: range)
        let checked = try range.checked(name)
        try XlsxError.check(
            worksheet_print_area(
                try open(name), checked.firstRow, checked.firstCol, checked.lastRow, checked.lastCol),
            name)
    }

    /// Chooses which gridlines are shown and printed.
    public func setGridlines(_ gridlines: Gridlines) throws {
        worksheet_gridlines(try open(operation("worksheet_gridlines")), gridlines.lxwValue)
    }

    /// Centres the printout horizontally on the page.
    public func centerHorizontally() throws {
        worksheet_center_horizontally(try open(operation("worksheet_center_horizontally")))
    }

    /// Centres the printout vertically on the page.
    public func centerVertically() throws {
        worksheet_center_vertically(try open(operation("worksheet_center_vertically")))
    }

    /// Prints pages across then down instead of down then across.
    public func printAcross() throws {
        worksheet_print_across(try open(operation("worksheet_print_across")))
    }

    /// Prints the row numbers and column letters.
    public func printRowColumnHeaders() throws {
        worksheet_print_row_col_headers(try open(operation("worksheet_print_row_col_headers")))
    }
}
