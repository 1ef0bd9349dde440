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

/// The cell styles of a workbook, read from `xl/styles.xml`.
public struct XLSXStyles: Sendable {
    /// The cell formats (`cellXfs`), indexed by a cell's style index.
    public var cellFormats: [XLSXCellFormat]
    /// The custom number formats by id.
    public var numberFormats: [Int: String]
    /// All fonts.
    public var fonts: [XLSXFont]
    /// All fills.
    public var fills: [XLSXFill]

    /// Styles with no formats (a workbook without a styles part).
    public init() {
        self.init(cellFormats: [], numberFormats: [:], fonts: [], fills: [])
    }

    /// Styles from their parts.
    public init(
        cellFormats: [XLSXCellFormat], numberFormats: [Int: String], fonts: [XLSXFont], fills: [XLSXFill]
    ) {
        self.cellFormats = cellFormats
        self.numberFormats = numberFormats
        self.fonts = fonts
        self.fills = fills
    }

    /// The format of a cell's style index (nil meaning style 0), or nil if out of range.
    public func format(at styleIndex: Int?) -> XLSXCellFormat? {
        let index = styleIndex ?? 0
        guard cellFormats.indices.contains(index) else { return nil }
        return cellFormats[index]
    }

    /// The format of `cell`, or nil if its style index is out of range.
    public func format(of cell: XLSXCell) -> XLSXCellFormat? {
        format(at: cell.styleIndex)
    }

    /// Styles parsed from the root `<styleSheet>` element.
    init(_ root: XMLTree.Element) {
        var numberFormats: [Int: String] = [:]
        for element in root.child("numFmts")?.children("numFmt") ?? [] {
            if let id = element.intAttribute("numFmtId"), let code = element.attribute("formatCode") {
                numberFormats[id] = code
            }
        }
        let fonts = (root.child("fonts")?.children("font") ?? []).map(XLSXFont.init)
        let fills = (root.child("fills")?.children("fill") ?? []).map(XLSXFill.init)
        let formats = (root.child("cellXfs")?.children("xf") ?? []).map { xf -> XLSXCellFormat in
            let numberFormatId = xf.intAttribute("numFmtId") ?? 0
            let fontId = xf.intAttribute("fontId") ?? 0
            let fillId = xf.intAttribute("fillId") ?? 0
            let protection = xf.child("protection")
            let alignment = xf.child("alignment")
            return XLSXCellFormat(
                numberFormatId: numberFormatId,
                formatCode: numberFormats[numberFormatId] ?? NumberFormat.builtIn[numberFormatId],
                font: fonts.indices.contains(fontId) ? fonts[fontId] : XLSXFont(),
                fill: fills.indices.contains(fillId) ? fills[fillId] : XLSXFill(), fontId: fontId,
                fillId: fillId,
                borderId: xf.intAttribute("borderId") ?? 0,
                isLocked: protection?.boolAttribute("locked", default: true) ?? true,
                isFormulaHidden: protection?.boolAttribute("hidden", default: false) ?? false,
                horizontalAlignment: alignment?.attribute("horizontal"),
                verticalAlignment: alignment?.attribute("vertical"),
                wrapsText: alignment?.boolAttribute("wrapText", default: false) ?? false,
                indent: alignment?.intAttribute("indent"))
        }
        self.init(cellFormats: formats, numberFormats: numberFormats, fonts: fonts, fills: fills)
    }
}
