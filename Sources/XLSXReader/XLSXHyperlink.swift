/// A hyperlink on a worksheet cell or range.
public struct XLSXHyperlink: Sendable, Hashable {
    /// The cell or range the link is on.
    public var ref: String
    /// The external target (a URL), resolved through the sheet's relationships, if any.
    public var target: String?
    /// The location inside the workbook (`'Ark 2'!A1`), if any.
    public var location: String?
    /// The text shown, if given separately.
    public var display: String?
}
