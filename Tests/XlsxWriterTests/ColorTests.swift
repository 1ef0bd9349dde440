import Testing
import XlsxWriter

@Suite struct ColorTests {
    @Test func hexComponentsAndRGBAgree() {
        let expected = Color(rgb: 0x1F_4E78)
        #expect(Color(hex: "#1F4E78") == expected)
        #expect(Color(hex: "1f4e78") == expected)
        #expect(Color(red: 0x1F, green: 0x4E, blue: 0x78) == expected)
        #expect(Color(rgb: 0xFF1F_4E78) == expected, "bits above the low 24 are ignored")
        #expect(expected.description == "#1F4E78")
        #expect(Color(rgb: 0x00_00FF).description == "#0000FF")
    }

    @Test(arguments: ["", "#", "1F4E7", "#1F4E789", "GG0000", "#-1F4E7", "1F 4E7"])
    func malformedHexIsNil(text: String) {
        #expect(Color(hex: text) == nil)
    }

    @Test(arguments: [
        (Color.black, "#000000"), (.white, "#FFFFFF"), (.red, "#FF0000"), (.green, "#008000"),
        (.blue, "#0000FF"), (.yellow, "#FFFF00"), (.orange, "#FF6600"), (.gray, "#808080"),
        (.silver, "#C0C0C0"), (.navy, "#000080"),
    ])
    func namedColours(color: Color, hex: String) {
        #expect(color.description == hex)
        #expect(Color(hex: hex) == color)
    }

    @Test func blackIsWrittenAsBlackNotAsUnset() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("black.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet()
        try sheet.writeString(
            row: 0, col: 0, "svart", format: try workbook.addFormat(FormatStyle(fontColor: .black)))
        try workbook.close()

        let fonts = try #require(element("fonts", in: try readPart(path, "xl/styles.xml")))
        #expect(fonts.contains("<color rgb=\"FF000000\"/>"))
    }
}
