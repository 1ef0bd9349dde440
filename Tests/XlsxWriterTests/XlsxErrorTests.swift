import Foundation
import Testing
import XlsxWriter

@Suite struct XlsxErrorTests {
    @Test func duplicateSheetNameThrowsPreciseCode() throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("dup.xlsx"))
        _ = try workbook.addWorksheet(name: "Tiltak")
        let error = try #require(throws: XlsxError.self) {
            try workbook.addWorksheet(name: "TILTAK")
        }
        #expect(error.code == .sheetnameAlreadyUsed)
        #expect(error.message == "Worksheet name is already in use.")
        #expect(error.operation == "workbook_add_worksheet(TILTAK)")
        #expect(
            error.description.contains("workbook_add_worksheet(TILTAK): Worksheet name is already in use."))
    }

    @Test(arguments: [
        ("Plan [2024]", XlsxErrorCode.invalidSheetnameCharacter),
        ("a/b", .invalidSheetnameCharacter),
        ("'quoted'", .sheetnameStartEndApostrophe),
        (String(repeating: "x", count: 32), .sheetnameLengthExceeded),
    ])
    func invalidSheetNames(name: String, code: XlsxErrorCode) throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("invalid.xlsx"))
        let error = try #require(throws: XlsxError.self) { try workbook.addWorksheet(name: name) }
        #expect(error.code == code)
        #expect(error.operation.contains(name))
        #expect(!error.message.isEmpty)
    }

    @Test func outOfRangeCellsThrowBeforeReachingC() throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("range.xlsx"))
        let sheet = try workbook.addWorksheet(name: "Tiltak")
        for (row, col) in [(1_048_576, 0), (0, 16_384), (-1, 0), (0, -3)] {
            let error = try #require(throws: XlsxError.self) { try sheet.writeNumber(row: row, col: col, 1) }
            #expect(error.code == .worksheetIndexOutOfRange)
            #expect(error.operation.hasPrefix("worksheet_write_number(Tiltak!"))
        }
        try sheet.writeNumber(row: 1_048_575, col: 16_383, 1)
        let error = try #require(throws: XlsxError.self) { try sheet.writeNumber(row: 0, col: 0, .nan) }
        #expect(error.code == .parameterValidation)
        #expect(error.operation == "worksheet_write_number(Tiltak!A1)")
    }

    @Test func libraryErrorsCarryTheOperation() throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("lib.xlsx"))
        let sheet = try workbook.addWorksheet(name: "Tiltak")
        let tooLong = String(repeating: "x", count: 32_768)
        let error = try #require(throws: XlsxError.self) { try sheet.writeString(row: 1, col: 1, tooLong) }
        #expect(error.code == .maxStringLengthExceeded)
        #expect(error.operation == "worksheet_write_string(Tiltak!B2)")
        let nul = try #require(throws: XlsxError.self) { try sheet.writeString(row: 0, col: 0, "a\u{0}b") }
        #expect(nul.code == .parameterValidation)
    }

    @Test func limitsMatchTheLibrary() throws {
        #expect(ExcelLimits.maxRows == 1_048_576)
        #expect(ExcelLimits.maxColumns == 16_384)
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("limits.xlsx"))
        let sheet = try workbook.addWorksheet(name: "Tiltak")
        try sheet.writeNumber(row: ExcelLimits.maxRows - 1, col: ExcelLimits.maxColumns - 1, 1)
        let longest = String(repeating: "x", count: ExcelLimits.maxStringLength)
        try sheet.writeString(row: 0, col: 0, longest)
        let error = try #require(throws: XlsxError.self) {
            try sheet.writeString(row: 0, col: 1, longest + "x")
        }
        #expect(error.code == .maxStringLengthExceeded)
    }

    @Test func unwritablePathFailsOnCloseWithTheCause() throws {
        let workbook = try Workbook(path: "/nonexistent-dir/x.xlsx")
        try workbook.addWorksheet(name: "Tiltak").writeString(row: 0, col: 0, "x")
        let error = try #require(throws: XlsxError.self) { try workbook.close() }
        #expect(error.code == .creatingXlsxFile)
        #expect(error.message == "Error creating output xlsx file. Usually a permissions error.")
        #expect(error.operation == "workbook_close(/nonexistent-dir/x.xlsx)")
        #expect(error.detail?.contains("No such file or directory") == true, "\(error)")
        #expect(workbook.isClosed)
    }

    @Test func formatsFromAnotherWorkbookAreRejected() throws {
        let directory = try TemporaryDirectory()
        let first = try Workbook(path: directory.path("a.xlsx"))
        let second = try Workbook(path: directory.path("b.xlsx"))
        let foreign = try second.addFormat(FormatStyle(bold: true))
        let sheet = try first.addWorksheet()
        let error = try #require(throws: XlsxError.self) {
            try sheet.writeString(row: 0, col: 0, "x", format: foreign)
        }
        #expect(error.code == .parameterValidation)
        #expect(sheet.name == "Sheet1")
    }

    @Test func codesHaveLibraryMessages() {
        #expect(XlsxErrorCode.noError.message == "No error.")
        #expect(XlsxErrorCode.sheetnameAlreadyUsed.rawValue == 17)
        #expect(XlsxErrorCode(rawValue: 999).message.contains("Unknown"))
        #expect(XlsxErrorCode.workbookClosed.rawValue < 0)
        let error = XlsxError(code: .parameterValidation, operation: "caller(Tiltak!A1)", detail: "why")
        #expect(error.message == XlsxErrorCode.parameterValidation.message)
        #expect(error.description == "caller(Tiltak!A1): \(error.message) (why) [lxw_error 13]")
    }
}
