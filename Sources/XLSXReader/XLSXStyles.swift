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
