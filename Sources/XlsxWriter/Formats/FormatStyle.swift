internal import CXlsxWriter

/// The appearance of a cell format, as a value; `Workbook.addFormat(_:)` turns it into a `Format`.
///
/// Unset (nil / false) properties keep Excel's defaults. Cells are locked and visible by
/// default; `unlocked` and `hidden` only take effect on a protected worksheet.
public struct FormatStyle: Hashable, Sendable {
    /// Bold font.
    public var bold = false
    /// Italic font.
    public var italic = false
    /// Underline style.
    public var underline: Underline?
    /// Strike-through font.
    public var strikeout = false
    /// Font name (at most 127 UTF-8 bytes); nil keeps Calibri.
    public var fontName: String?
    /// Font size in points, 1…409; nil keeps 11.
    public var fontSize: Double?
    /// Font colour.
    public var fontColor: Color?
    /// Number format such as "0.00", "#,##0 kr" or "dd.mm.yyyy" (at most 127 UTF-8 bytes).
    public var numberFormat: String?
    /// Horizontal alignment.
    public var horizontalAlignment: HorizontalAlignment?
    /// Vertical alignment.
    public var verticalAlignment: VerticalAlignment?
    /// Wrap text within the cell.
    public var textWrap = false
    /// Shrink text to fit the cell.
    public var shrinkToFit = false
    /// Indentation level, 0…250.
    public var indent = 0
    /// Text rotation in degrees, -90…90, or 270 for stacked text.
    public var rotation: Int?
    /// Cell background colour; on its own it gives a solid fill.
    public var backgroundColor: Color?
    /// Pattern foreground colour, for non-solid patterns.
    public var patternColor: Color?
    /// Fill pattern.
    public var pattern: FillPattern?
    /// Border on all four sides; the per-side properties override it.
    public var border: BorderStyle?
    /// Top border.
    public var topBorder: BorderStyle?
    /// Bottom border.
    public var bottomBorder: BorderStyle?
    /// Left border.
    public var leftBorder: BorderStyle?
    /// Right border.
    public var rightBorder: BorderStyle?
    /// Colour of all borders.
    public var borderColor: Color?
    /// Let users edit the cell when the sheet is protected (`format_set_unlocked`).
    public var unlocked = false
    /// Hide the formula when the sheet is protected (`format_set_hidden`).
    public var hidden = false

    /// Creates a style; pass the properties you need, the rest stay at Excel's defaults.
    public init(
        bold: Bool = false, italic: Bool = false, fontSize: Double? = nil, fontColor: Color? = nil,
        numberFormat: String? = nil, horizontalAlignment: HorizontalAlignment? = nil,
        verticalAlignment: VerticalAlignment? = nil, textWrap: Bool = false, indent: Int = 0,
        backgroundColor: Color? = nil, border: BorderStyle? = nil, unlocked: Bool = false,
        hidden: Bool = false
    ) {
        self.bold = bold
        self.italic = italic
        self.fontSize = fontSize
        self.fontColor = fontColor
        self.numberFormat = numberFormat
        self.horizontalAlignment = horizontalAlignment
        self.verticalAlignment = verticalAlignment
        self.textWrap = textWrap
        self.indent = indent
        self.backgroundColor = backgroundColor
        self.border = border
        self.unlocked = unlocked
        self.hidden = hidden
    }

    /// Applies the style to a fresh `lxw_format`, validating ranges first.
    func apply(to format: UnsafeMutablePointer<lxw_format>) throws {
        let operation = "workbook_add_format"
        if let fontSize {
            format_set_font_size(
                format, try ExcelLimits.number(fontSize, in: 1...409, "font size", operation))
        }
        let indentLevel: UInt8 = try ExcelLimits.integer(indent, in: 0...250, "indent", operation)
        var angle: Int16?
        if let rotation {
            guard (-90...90).contains(rotation) || rotation == 270 else {
                throw XlsxError.invalid(operation, "rotation \(rotation) must be -90…90 or 270")
            }
            angle = Int16(exactly: rotation)
        }
        if let fontName {
            try Self.checkField(fontName, "font name", operation)
            try CString.with(fontName, operation) { format_set_font_name(format, $0) }
        }
        if let numberFormat {
            try Self.checkField(numberFormat, "number format", operation)
            try CString.with(numberFormat, operation) { format_set_num_format(format, $0) }
        }
        if bold { format_set_bold(format) }
        if italic { format_set_italic(format) }
        if let underline { format_set_underline(format, underline.lxwValue) }
        if strikeout { format_set_font_strikeout(format) }
        if let fontColor { format_set_font_color(format, fontColor.lxwColor) }
        if let horizontalAlignment { format_set_align(format, horizontalAlignment.lxwValue) }
        if let verticalAlignment { format_set_align(format, verticalAlignment.lxwValue) }
        if textWrap { format_set_text_wrap(format) }
        if shrinkToFit { format_set_shrink(format) }
        if indentLevel > 0 { format_set_indent(format, indentLevel) }
        if let angle { format_set_rotation(format, angle) }
        if let pattern { format_set_pattern(format, pattern.lxwValue) }
        if let backgroundColor { format_set_bg_color(format, backgroundColor.lxwColor) }
        if let patternColor { format_set_fg_color(format, patternColor.lxwColor) }
        if let border { format_set_border(format, border.lxwValue) }
        if let topBorder { format_set_top(format, topBorder.lxwValue) }
        if let bottomBorder { format_set_bottom(format, bottomBorder.lxwValue) }
        if let leftBorder { format_set_left(format, leftBorder.lxwValue) }
        if let rightBorder { format_set_right(format, rightBorder.lxwValue) }
        if let borderColor { format_set_border_color(format, borderColor.lxwColor) }
        if unlocked { format_set_unlocked(format) }
        if hidden { format_set_hidden(format) }
    }

    /// `lxw_format` stores names and number formats in 128-byte arrays and truncates silently.
    private static func checkField(_ value: String, _ name: String, _ operation: String) throws {
        if value.utf8.count > 127 {
            throw XlsxError(
                code: .stringLengthExceeded128, operation: operation,
                detail: "\(name) is \(value.utf8.count) bytes; the limit is 127")
        }
    }
}
