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
