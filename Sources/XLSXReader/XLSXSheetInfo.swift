/// Whether a sheet's tab is shown.
public enum XLSXSheetState: String, Sendable, Hashable {
    /// Shown.
    case visible
    /// Hidden; the user can unhide it from Excel's menu.
    case hidden
    /// Hidden so that only a macro or another program can unhide it.
    case veryHidden
}

/// A sheet as the workbook lists it: name, state and where its part is.
public struct XLSXSheetInfo: Sendable, Hashable {
    /// The tab name.
    public var name: String
    /// The `sheetId` attribute.
    public var sheetId: Int?
    /// Whether the tab is shown.
    public var state: XLSXSheetState
    /// The sheet's part, resolved through the workbook relationships.
    public var partPath: String
    /// Whether the sheet is a worksheet (not a chart sheet or dialog sheet).
    public var isWorksheet: Bool

    /// Whether the tab is hidden (hidden or very hidden).
    public var isHidden: Bool { state != .visible }
}
