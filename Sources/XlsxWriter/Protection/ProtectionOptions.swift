internal import CXlsxWriter

/// What users may still do on a protected worksheet (`lxw_protection`).
///
/// The defaults match Excel's "Protect Sheet" dialog: only selecting cells is allowed.
public struct ProtectionOptions: Hashable, Sendable {
    /// Select locked cells.
    public var selectLockedCells = true
    /// Select unlocked cells.
    public var selectUnlockedCells = true
    /// Format cells.
    public var formatCells = false
    /// Format columns (e.g. change widths).
    public var formatColumns = false
    /// Format rows (e.g. change heights).
    public var formatRows = false
    /// Insert columns.
    public var insertColumns = false
    /// Insert rows.
    public var insertRows = false
    /// Insert hyperlinks.
    public var insertHyperlinks = false
    /// Delete columns.
    public var deleteColumns = false
    /// Delete rows.
    public var deleteRows = false
    /// Sort.
    public var sort = false
    /// Use autofilters.
    public var autofilter = false
    /// Use pivot tables.
    public var pivotTables = false
    /// Edit scenarios.
    public var editScenarios = false
    /// Edit drawing objects (charts, images).
    public var editObjects = false

    /// Creates options allowing only cell selection; set properties to allow more.
    public init(
        selectLockedCells: Bool = true, selectUnlockedCells: Bool = true, formatCells: Bool = false,
        formatColumns: Bool = false, formatRows: Bool = false, sort: Bool = false, autofilter: Bool = false
    ) {
        self.selectLockedCells = selectLockedCells
        self.selectUnlockedCells = selectUnlockedCells
        self.formatCells = formatCells
        self.formatColumns = formatColumns
        self.formatRows = formatRows
        self.sort = sort
        self.autofilter = autofilter
    }

    /// libxlsxwriter's fields are "allow" flags except the two `no_select_*` ones.
    var lxwProtection: lxw_protection {
        var protection = lxw_protection()
        protection.no_select_locked_cells = selectLockedCells ? 0 : 1
        protection.no_select_unlocked_cells = selectUnlockedCells ? 0 : 1
        protection.format_cells = formatCells ? 1 : 0
        protection.format_columns = formatColumns ? 1 : 0
        protection.format_rows = formatRows ? 1 : 0
        protection.insert_columns = insertColumns ? 1 : 0
        protection.insert_rows = insertRows ? 1 : 0
        protection.insert_hyperlinks = insertHyperlinks ? 1 : 0
        protection.delete_columns = deleteColumns ? 1 : 0
        protection.delete_rows = deleteRows ? 1 : 0
        protection.sort = sort ? 1 : 0
        protection.autofilter = autofilter ? 1 : 0
        protection.pivot_tables = pivotTables ? 1 : 0
        protection.scenarios = editScenarios ? 1 : 0
        protection.objects = editObjects ? 1 : 0
        return protection
    }
}
