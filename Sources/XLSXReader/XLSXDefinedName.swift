/// A defined name (named range or formula) from the workbook.
public struct XLSXDefinedName: Sendable, Hashable {
    /// The name, such as `Frister` or `_xlnm.Print_Titles`.
    public var name: String
    /// What it refers to, as written (`Tiltak!$A$1:$F$20`).
    public var value: String
    /// The sheet the name is local to, or nil for a workbook-wide name.
    public var localSheet: String?
    /// Whether the name is hidden from the user.
    public var isHidden: Bool
}
