import XlsxWriter

/// The cell formats a workbook uses, created once per workbook.
struct WorkbookStyles {
    /// Bold column headers with a light fill and wrapped text.
    let header: Format
    /// Text, top-aligned and wrapped when longer than the column.
    let text: Format
    /// Wrapped text, top-aligned.
    let wrapped: Format
    /// Whole numbers with thousands separators.
    let amount: Format
    /// Whole numbers (years, counts) without separators.
    let integer: Format
    /// Years in a column of their own, centred, so they keep apart from the text beside them.
    let year: Format
    /// Bold section headings (themes, parties, groups).
    let heading: Format
    /// Bold section headings that wrap within their column, top-aligned.
    let wrappedHeading: Format
    /// The sheet title.
    let title: Format
    /// Bold labels in the overview.
    let label: Format
    /// Bold totals with thousands separators.
    let total: Format
    /// Editable text on a protected sheet.
    let editable: Format
    /// Green fill for active years in the schedule.
    let activeFill: Format
    /// Centred text (schedule marks).
    let centered: Format

    /// The paper the workbook's sheets print on.
    let paper: Paper

    /// Creates the formats in `workbook`, whose sheets print on `paper`.
    init(_ workbook: Workbook, paper: Paper = .a4) throws {
        self.paper = paper
        var headerStyle = FormatStyle(
            bold: true, verticalAlignment: .top, textWrap: true, backgroundColor: Color(rgb: 0xDD_EBF7),
            border: .thin)
        headerStyle.borderColor = Color(rgb: 0xA6_A6A6)
        header = try workbook.format(headerStyle)
        text = try workbook.format(FormatStyle(verticalAlignment: .top, textWrap: true))
        wrapped = try workbook.format(FormatStyle(verticalAlignment: .top, textWrap: true))
        amount = try workbook.format(FormatStyle(numberFormat: "#,##0", verticalAlignment: .top))
        integer = try workbook.format(FormatStyle(numberFormat: "0", verticalAlignment: .top))
        year = try workbook.format(
            FormatStyle(numberFormat: "0", horizontalAlignment: .center, verticalAlignment: .top))
        heading = try workbook.format(
            FormatStyle(bold: true, fontSize: 12, backgroundColor: Color(rgb: 0xF2_F2F2)))
        wrappedHeading = try workbook.format(
            FormatStyle(
                bold: true, fontSize: 12, verticalAlignment: .top, textWrap: true,
                backgroundColor: Color(rgb: 0xF2_F2F2)))
        title = try workbook.format(FormatStyle(bold: true, fontSize: 16))
        label = try workbook.format(FormatStyle(bold: true, verticalAlignment: .top))
        total = try workbook.format(FormatStyle(bold: true, numberFormat: "#,##0", border: .thin))
        editable = try workbook.format(
            FormatStyle(
                verticalAlignment: .top, textWrap: true, backgroundColor: Color(rgb: 0xFF_F2CC),
                unlocked: true))
        activeFill = try workbook.format(
            FormatStyle(fontColor: Color(rgb: 0x00_6100), backgroundColor: Color(rgb: 0xC6_EFCE)))
        centered = try workbook.format(FormatStyle(horizontalAlignment: .center, verticalAlignment: .top))
    }
}
