internal import CXlsxWriter

/// A worksheet in a `Workbook`: cells, rows and columns, tables, validation and page setup.
///
/// A non-owning handle: it keeps its workbook alive and every method throws
/// `.workbookClosed` once the workbook has been closed. Rows and columns are zero-based
/// `Int`s, checked against Excel's grid before they reach C.
public struct Worksheet {
    /// The workbook that owns the sheet.
    public let workbook: Workbook
    /// The sheet name as stored by libxlsxwriter.
    public let name: String

    let handle: UnsafeMutablePointer<lxw_worksheet>

    init(workbook: Workbook, name: String, handle: UnsafeMutablePointer<lxw_worksheet>) {
        self.workbook = workbook
        self.name = name
        self.handle = handle
    }

    /// The C worksheet, or `.workbookClosed`.
    func open(_ operation: @autoclosure () -> String) throws -> UnsafeMutablePointer<lxw_worksheet> {
        try workbook.requireOpen(operation())
        return handle
    }

    /// "function(Sheet!B2)" for error messages.
    func operation(_ function: String, row: Int, col: Int) -> String {
        let cell = (try? CellReference.a1(row: row, col: col)) ?? "R\(row)C\(col)"
        return "\(function)(\(CellReference.qualified(sheet: name, cell)))"
    }

    /// "function(Sheet!A1:C3)" for error messages.
    func operation(_ function: String, range: CellRange) -> String {
        "\(function)(\(CellReference.qualified(sheet: name, range.description)))"
    }

    /// "function(Sheet)" for error messages.
    func operation(_ function: String) -> String {
        "\(function)(\(CellReference.quotedSheetName(name)))"
    }

    /// Makes this the sheet shown when the file is opened.
    public func activate() throws {
        worksheet_activate(try open(operation("worksheet_activate")))
    }

    /// Hides the sheet; do not hide the active sheet.
    public func hide() throws {
        worksheet_hide(try open(operation("worksheet_hide")))
    }

    /// Sets the colour of the sheet tab.
    public func setTabColor(_ color: Color) throws {
        worksheet_set_tab_color(try open(operation("worksheet_set_tab_color")), color.lxwColor)
    }

    /// Sets the on-screen zoom, 10…400 percent.
    public func setZoom(_ percent: Int) throws {
        let name = operation("worksheet_set_zoom")
        let scale: UInt16 = try ExcelLimits.integer(percent, in: 10...400, "zoom", name)
        worksheet_set_zoom(try open(name), scale)
    }
}
