/// A fill from the `fills` list of the styles part.
public struct XLSXFill: Sendable, Hashable {
    /// The pattern, such as `solid`, `none` or `gray125`; `gradient` for gradient fills.
    public var patternType: String?
    /// The pattern's foreground colour: for a solid fill, the cell colour.
    public var foregroundColor: XLSXColor?
    /// The pattern's background colour.
    public var backgroundColor: XLSXColor?

    /// A fill with the given properties.
    public init(
        patternType: String? = nil, foregroundColor: XLSXColor? = nil, backgroundColor: XLSXColor? = nil
    ) {
        self.patternType = patternType
        self.foregroundColor = foregroundColor
        self.backgroundColor = backgroundColor
    }

    init(_ element: XMLTree.Element) {
        if let pattern = element.child("patternFill") {
            self.init(
                patternType: pattern.attribute("patternType"),
                foregroundColor: pattern.child("fgColor").map(XLSXColor.init),
                backgroundColor: pattern.child("bgColor").map(XLSXColor.init))
        } else if element.child("gradientFill") != nil {
            self.init(patternType: "gradient")
        } else {
            self.init()
        }
    }
}
