/// A font from the `fonts` list of the styles part.
public struct XLSXFont: Sendable, Hashable {
    /// The typeface, such as `Calibri`.
    public var name: String?
    /// The size in points.
    public var size: Double?
    /// Whether the font is bold.
    public var isBold: Bool
    /// Whether the font is italic.
    public var isItalic: Bool
    /// Whether the font is underlined (any underline style).
    public var isUnderlined: Bool
    /// Whether the font is struck through.
    public var isStrikethrough: Bool
    /// The font colour, if set.
    public var color: XLSXColor?

    /// A font with the given properties.
    public init(
        name: String? = nil, size: Double? = nil, isBold: Bool = false, isItalic: Bool = false,
        isUnderlined: Bool = false, isStrikethrough: Bool = false, color: XLSXColor? = nil
    ) {
        self.name = name
        self.size = size
        self.isBold = isBold
        self.isItalic = isItalic
        self.isUnderlined = isUnderlined
        self.isStrikethrough = isStrikethrough
        self.color = color
    }

    init(_ element: XMLTree.Element) {
        /// A flag element such as `<b/>` is on unless `val` says otherwise.
        func flag(_ name: String) -> Bool {
            guard let child = element.child(name) else { return false }
            return child.boolAttribute("val", default: true)
        }
        let underline = element.child("u")
        self.init(
            name: element.child("name")?.attribute("val"), size: element.child("sz")?.doubleAttribute("val"),
            isBold: flag("b"), isItalic: flag("i"),
            isUnderlined: underline != nil && underline?.attribute("val") != "none",
            isStrikethrough: flag("strike"),
            color: element.child("color").map(XLSXColor.init))
    }
}
