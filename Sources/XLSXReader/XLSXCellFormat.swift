/// A cell format (`xf` in `cellXfs`) with its number format, font and fill resolved.
public struct XLSXCellFormat: Sendable, Hashable {
    /// The number format id.
    public var numberFormatId: Int
    /// The number format code: custom, or the built-in code for ids Excel predefines;
    /// nil for unknown built-in ids.
    public var formatCode: String?
    /// The font.
    public var font: XLSXFont
    /// The fill.
    public var fill: XLSXFill
    /// The index into the `fonts` list.
    public var fontId: Int
    /// The index into the `fills` list.
    public var fillId: Int
    /// The index into the `borders` list.
    public var borderId: Int
    /// Whether the cell is locked when the sheet is protected (the default is locked).
    public var isLocked: Bool
    /// Whether the formula is hidden when the sheet is protected.
    public var isFormulaHidden: Bool
    /// The horizontal alignment (`left`, `center`, `right`, …), if set.
    public var horizontalAlignment: String?
    /// The vertical alignment (`top`, `center`, …), if set.
    public var verticalAlignment: String?
    /// Whether text wraps in the cell.
    public var wrapsText: Bool
    /// The indent level, if any.
    public var indent: Int?

    /// Whether the font is bold.
    public var isBold: Bool { font.isBold }

    /// The ARGB fill colour of a solid fill, if it is given as an RGB value.
    public var fillColor: String? {
        guard fill.patternType == "solid" else { return nil }
        return fill.foregroundColor?.rgb
    }

    /// Whether the number format shows dates or times.
    public var isDateFormat: Bool { NumberFormat.isDate(id: numberFormatId, code: formatCode) }
}
