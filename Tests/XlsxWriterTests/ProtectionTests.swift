import Testing
import XlsxWriter

@Suite struct ProtectionTests {
    @Test func everyAllowanceIsWritten() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("allow.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(name: "Skjema")
        var options = ProtectionOptions(
            selectLockedCells: false, selectUnlockedCells: false, formatCells: true, formatColumns: true,
            formatRows: true, sort: true, autofilter: true)
        options.insertColumns = true
        options.insertRows = true
        options.insertHyperlinks = true
        options.deleteColumns = true
        options.deleteRows = true
        options.pivotTables = true
        options.editScenarios = true
        options.editObjects = true
        try sheet.protect(options: options)
        try workbook.close()

        let xml = try readPart(path, "xl/worksheets/sheet1.xml")
        let protection = try #require(element("sheetProtection", in: xml))
        #expect(!protection.contains("password="))
        #expect(protection.contains("sheet=\"1\""))
        #expect(!protection.contains("objects=") && !protection.contains("scenarios="))
        for allowed in [
            "formatCells", "formatColumns", "formatRows", "insertColumns", "insertRows", "insertHyperlinks",
            "deleteColumns", "deleteRows", "sort", "autoFilter", "pivotTables",
        ] {
            #expect(protection.contains("\(allowed)=\"0\""), "\(allowed) in \(protection)")
        }
        #expect(protection.contains("selectLockedCells=\"1\""))
        #expect(protection.contains("selectUnlockedCells=\"1\""))
    }

    @Test func defaultsProtectObjectsAndScenarios() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("default.xlsx")
        let workbook = try Workbook(path: path)
        try workbook.addWorksheet().protect(password: "")
        try workbook.close()

        let xml = try readPart(path, "xl/worksheets/sheet1.xml")
        #expect(
            element("sheetProtection", in: xml)
                == "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\"/>")
    }
}
