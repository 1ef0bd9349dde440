import Testing
import XlsxWriter

@Suite struct DataValidationTests {
    @Test(arguments: [
        (ValidationCriterion.between(1, 9), nil), (.notBetween(1, 9), "notBetween"), (.equalTo(1), "equal"),
        (.notEqualTo(1), "notEqual"), (.greaterThan(1), "greaterThan"), (.lessThan(1), "lessThan"),
        (.greaterThanOrEqualTo(1), "greaterThanOrEqual"), (.lessThanOrEqualTo(1), "lessThanOrEqual"),
    ])
    func criteria(criterion: ValidationCriterion, name: String?) throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("criteria.xlsx")
        let workbook = try Workbook(path: path)
        try workbook.addWorksheet().addDataValidation(
            DataValidation(.decimal(criterion)), to: CellRange(row: 0, col: 0))
        try workbook.close()

        let xml = try readPart(path, "xl/worksheets/sheet1.xml")
        let validation = try #require(element("dataValidation", in: xml))
        #expect(validation.contains("type=\"decimal\""))
        if let name {
            #expect(validation.contains("operator=\"\(name)\""))
        } else {
            #expect(!validation.contains("operator="), "between is the default operator")
        }
        #expect(validation.contains("<formula1>1</formula1>"))
    }

    @Test func textLengthCustomAndPromptOptions() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("rules.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(name: "Tiltak")
        var short = DataValidation(.textLength(.lessThanOrEqualTo(10)), errorStyle: .information)
        short.ignoreBlank = false
        try sheet.addDataValidation(short, to: CellRange(row: 0, col: 0))
        try sheet.addDataValidation(
            DataValidation(.custom(formula: "=ISNUMBER(B1)")), to: CellRange(row: 0, col: 1))
        var list = DataValidation(.listValues(["Ja", "Nei"]))
        list.dropdown = false
        try sheet.addDataValidation(list, to: CellRange(row: 0, col: 2))
        try sheet.addDataValidation(
            DataValidation(.any, inputMessage: "Fritekst"), to: CellRange(row: 0, col: 3))
        #expect(throws: XlsxError.self) {
            try sheet.addDataValidation(
                DataValidation(.wholeNumber(.greaterThan(.infinity))), to: CellRange(row: 1, col: 0))
        }
        #expect(throws: XlsxError.self) {
            try sheet.addDataValidation(DataValidation(.listValues([])), to: CellRange(row: 1, col: 0))
        }
        try workbook.close()

        let xml = try readPart(path, "xl/worksheets/sheet1.xml")
        let validations = try #require(element("dataValidations", in: xml))
        #expect(validations.contains("count=\"4\""))
        #expect(
            validations.contains(
                "<dataValidation type=\"textLength\" operator=\"lessThanOrEqual\" errorStyle=\"information\" showInputMessage=\"1\" showErrorMessage=\"1\" sqref=\"A1\"><formula1>10</formula1></dataValidation>"
            ))
        #expect(validations.contains("type=\"custom\""))
        #expect(validations.contains("<formula1>ISNUMBER(B1)</formula1>"))
        #expect(validations.contains("showDropDown=\"1\""), "Excel's attribute hides the dropdown")
        #expect(validations.contains("prompt=\"Fritekst\""))
    }
}
