/// A colour as XLSX styles store it: an ARGB value, or a theme or palette index with a tint.
public struct XLSXColor: Sendable, Hashable {
    /// The ARGB hex value, such as `FFFFFF00`, when given directly.
    public var rgb: String?
    /// The theme colour index, when the colour comes from the theme.
    public var theme: Int?
    /// The legacy palette index, when the colour comes from the palette.
    public var indexed: Int?
    /// The lightening (positive) or darkening (negative) applied to a theme colour.
    public var tint: Double?
    /// Whether this is the automatic (system) colour.
    public var isAutomatic: Bool

    /// A colour from its parsed attributes.
    public init(
        rgb: String? = nil, theme: Int? = nil, indexed: Int? = nil, tint: Double? = nil,
        isAutomatic: Bool = false
    ) {
        self.rgb = rgb
        self.theme = theme
        self.indexed = indexed
        self.tint = tint
        self.isAutomatic = isAutomatic
    }

    init(_ element: XMLTree.Element) {
        self.init(
            rgb: element.attribute("rgb")?.uppercased(), theme: element.intAttribute("theme"),
            indexed: element.intAttribute("indexed"), tint: element.doubleAttribute("tint"),
            isAutomatic: element.boolAttribute("auto", default: false))
    }
}
