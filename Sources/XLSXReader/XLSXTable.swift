/// An Excel table (ListObject), read from a table part such as `xl/tables/table1.xml`.
public struct XLSXTable: Sendable, Hashable {
    /// The part the table was read from.
    public var partPath: String
    /// The table id, unique in the workbook.
    public var id: Int?
    /// The internal name.
    public var name: String
    /// The name shown in Excel and used in structured references.
    public var displayName: String
    /// The range the table covers, header and totals rows included (`A1:F20`).
    public var ref: String
    /// The column names, left to right.
    public var columns: [String]
    /// The table style, such as `TableStyleMedium2`, if set.
    public var styleName: String?
    /// Whether alternate rows are banded.
    public var showRowStripes: Bool
    /// Whether alternate columns are banded.
    public var showColumnStripes: Bool
    /// Whether the first column is emphasised.
    public var showFirstColumn: Bool
    /// Whether the last column is emphasised.
    public var showLastColumn: Bool
    /// The number of header rows (0 or 1; 1 unless stated).
    public var headerRowCount: Int
    /// The number of totals rows (0 unless stated).
    public var totalsRowCount: Int
    /// The table's auto-filter range, if it has one.
    public var autoFilter: String?

    /// The range ``ref`` as a ``CellRange``, if valid.
    public var range: CellRange? { CellRange(ref) }

    /// A table from its parsed root `<table>` element.
    init(_ root: XMLTree.Element, partPath: String) {
        let style = root.child("tableStyleInfo")
        self.partPath = partPath
        id = root.intAttribute("id")
        name = root.attribute("name") ?? ""
        displayName = root.attribute("displayName") ?? root.attribute("name") ?? ""
        ref = root.attribute("ref") ?? ""
        columns = (root.child("tableColumns")?.children("tableColumn") ?? []).map {
            RichText.decodeEscapes($0.attribute("name") ?? "")
        }
        styleName = style?.attribute("name")
        showRowStripes = style?.boolAttribute("showRowStripes", default: false) ?? false
        showColumnStripes = style?.boolAttribute("showColumnStripes", default: false) ?? false
        showFirstColumn = style?.boolAttribute("showFirstColumn", default: false) ?? false
        showLastColumn = style?.boolAttribute("showLastColumn", default: false) ?? false
        headerRowCount = root.intAttribute("headerRowCount") ?? 1
        totalsRowCount = root.intAttribute("totalsRowCount") ?? 0
        autoFilter = root.child("autoFilter")?.attribute("ref")
    }
}
