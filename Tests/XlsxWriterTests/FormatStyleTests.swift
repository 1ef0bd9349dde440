import Testing
import XlsxWriter

@Suite struct FormatStyleTests {
    @Test func fontFillBorderAndAlignmentProperties() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("styles.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet()
        var style = FormatStyle(horizontalAlignment: .centerAcross, verticalAlignment: .center)
        style.fontName = "Arial"
        style.underline = .double
        style.strikeout = true
        style.shrinkToFit = true
        style.rotation = 45
        style.pattern = .lightDown
        style.backgroundColor = .yellow
        style.patternColor = .navy
        style.topBorder = .thick
        style.bottomBorder = .double
        style.leftBorder = .dashed
        style.rightBorder = .hair
        style.borderColor = .gray
        try sheet.writeString(row: 0, col: 0, "Stil", format: try workbook.addFormat(style))
        var stacked = FormatStyle()
        stacked.rotation = 270
        try sheet.writeString(row: 1, col: 0, "Loddrett", format: try workbook.addFormat(stacked))
        var tilted = FormatStyle()
        tilted.rotation = 100
        #expect(throws: XlsxError.self) { try workbook.addFormat(tilted) }
        var longFont = FormatStyle()
        longFont.fontName = String(repeating: "x", count: 128)
        #expect {
            try workbook.addFormat(longFont)
        } throws: { ($0 as? XlsxError)?.code == .stringLengthExceeded128 }
        try workbook.close()

        let styles = try readPart(path, "xl/styles.xml")
        let fonts = try #require(element("fonts", in: styles))
        #expect(fonts.contains("<strike/><u val=\"double\"/>"))
        #expect(fonts.contains("<name val=\"Arial\"/>"))
        let fills = try #require(element("fills", in: styles))
        #expect(
            fills.contains(
                "<patternFill patternType=\"lightDown\"><fgColor rgb=\"FF000080\"/><bgColor rgb=\"FFFFFF00\"/></patternFill>"
            ))
        let borders = try #require(element("borders", in: styles))
        #expect(borders.contains("<left style=\"dashed\"><color rgb=\"FF808080\"/></left>"))
        #expect(borders.contains("<right style=\"hair\"><color rgb=\"FF808080\"/></right>"))
        #expect(borders.contains("<top style=\"thick\"><color rgb=\"FF808080\"/></top>"))
        #expect(borders.contains("<bottom style=\"double\"><color rgb=\"FF808080\"/></bottom>"))
        let cellXfs = try #require(element("cellXfs", in: styles))
        #expect(
            cellXfs.contains(
                "<alignment horizontal=\"centerContinuous\" vertical=\"center\" textRotation=\"45\" shrinkToFit=\"1\"/>"
            ))
        #expect(cellXfs.contains("<alignment textRotation=\"255\"/>"))
    }
}
