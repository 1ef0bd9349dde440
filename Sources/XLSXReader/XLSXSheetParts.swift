import Foundation

/// A data validation rule of a worksheet (`<dataValidation>`), such as a drop-down list.
public struct XLSXDataValidation: Sendable, Hashable {
    /// The cells the rule applies to, as written: space-separated ranges (`B2:B100 D2:D100`).
    public var sqref: String
    /// The rule type (`list`, `whole`, `decimal`, `date`, `textLength`, `custom`), or nil for none.
    public var type: String?
    /// The first formula: for a list, the items (`"Ja,Nei"`) or a range (`Lister!$A$1:$A$5`).
    public var formula1: String?
    /// The second formula, for `between` and `notBetween` rules.
    public var formula2: String?
    /// The comparison (`between`, `greaterThan`, …), if given.
    public var operatorName: String?
    /// Whether blank cells pass.
    public var allowsBlank: Bool
    /// All attributes as written (prompt, error, errorStyle, showDropDown, …).
    public var attributes: [String: String]

    /// The ranges of ``sqref``.
    public var ranges: [CellRange] { CellRange.list(sqref) }

    /// Whether the rule applies to `address`.
    public func applies(to address: CellAddress) -> Bool {
        ranges.contains { $0.contains(address) }
    }

    /// The list items of a `list` rule with literal items (`"Ja,Nei"` → `["Ja", "Nei"]`); nil
    /// for other rules and for lists taken from a range.
    public var listItems: [String]? {
        guard type == "list", let formula1, formula1.hasPrefix("\""), formula1.hasSuffix("\""),
            formula1.count >= 2
        else { return nil }
        return formula1.dropFirst().dropLast().replacingOccurrences(of: "\"\"", with: "\"")
            .split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
}

/// The frozen panes of a worksheet: the rows above and columns left of the split stay put.
public struct XLSXFrozenPane: Sendable, Hashable {
    /// The number of frozen columns.
    public var xSplit: Int
    /// The number of frozen rows.
    public var ySplit: Int
    /// The top-left cell of the scrolling pane, if given.
    public var topLeftCell: String?
}

/// Width and visibility of a run of columns (`<col>`).
public struct XLSXColumnInfo: Sendable, Hashable {
    /// The first column of the run, from 1.
    public var min: Int
    /// The last column of the run.
    public var max: Int
    /// The width in characters, if set.
    public var width: Double?
    /// Whether the columns are hidden.
    public var isHidden: Bool
    /// The outline (grouping) level, 0 if not grouped.
    public var outlineLevel: Int
    /// The default style index of the columns, if set.
    public var styleIndex: Int?

    /// Whether `column` (from 1) is in this run.
    public func contains(_ column: Int) -> Bool { (min...max).contains(column) }
}

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
