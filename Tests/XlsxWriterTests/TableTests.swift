import Testing
import XlsxWriter

@Suite struct TableTests {
    @Test func totalRowWithEveryFunctionAndHighlightedColumns() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("totals.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(name: "Kostnad")
        let functions: [(TableTotalFunction, String, Int)] = [
            (.average, "average", 101), (.countNumbers, "countNums", 102), (.count, "count", 103),
            (.max, "max", 104), (.min, "min", 105), (.standardDeviation, "stdDev", 107), (.sum, "sum", 109),
            (.variance, "var", 110),
        ]
        var columns = [TableColumn(header: "Tiltak", totalString: "Sum")]
        for (index, (function, _, _)) in functions.enumerated() {
            columns.append(TableColumn(header: "K\(index + 1)", totalFunction: function))
        }
        try sheet.addTable(
            CellRange(firstRow: 0, firstCol: 0, lastRow: 4, lastCol: functions.count),
            options: TableOptions(
                style: TableStyle(.dark, 2), bandedRows: false, bandedColumns: true, firstColumn: true,
                lastColumn: true, totalRow: true, columns: columns))
        try workbook.close()

        let table = try readPart(path, "xl/tables/table1.xml")
        #expect(table.contains("ref=\"A1:I5\""))
        #expect(table.contains("totalsRowCount=\"1\""))
        #expect(table.contains("<autoFilter ref=\"A1:I4\"/>"))
        #expect(table.contains("<tableColumn id=\"1\" name=\"Tiltak\" totalsRowLabel=\"Sum\"/>"))
        for (index, (_, name, _)) in functions.enumerated() {
            #expect(
                table.contains(
                    "<tableColumn id=\"\(index + 2)\" name=\"K\(index + 1)\" totalsRowFunction=\"\(name)\"/>")
            )
        }
        let style = try #require(element("tableStyleInfo", in: table))
        #expect(style.contains("name=\"TableStyleDark2\""))
        #expect(style.contains("showFirstColumn=\"1\" showLastColumn=\"1\""))
        #expect(style.contains("showRowStripes=\"0\" showColumnStripes=\"1\""))
        let xml = try readPart(path, "xl/worksheets/sheet1.xml")
        // The label is a shared string in the total row.
        #expect(try #require(cell("A5", in: xml)).contains("t=\"s\""))
        #expect(try readPart(path, "xl/sharedStrings.xml").contains("<t>Sum</t>"))
        for (index, (_, _, code)) in functions.enumerated() {
            let reference = try CellReference.a1(row: 4, col: index + 1)
            #expect(
                try #require(cell(reference, in: xml)).contains("<f>SUBTOTAL(\(code),[K\(index + 1)])</f>"))
        }
    }

    @Test func calculatedColumnWithFormats() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("formula.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(name: "Tiltak")
        let bold = try workbook.addFormat(FormatStyle(bold: true))
        let amount = try workbook.addFormat(FormatStyle(numberFormat: "#,##0"))
        try sheet.addTable(
            CellRange(firstRow: 0, firstCol: 0, lastRow: 2, lastCol: 1),
            options: TableOptions(columns: [
                TableColumn(header: "Antall"),
                TableColumn(header: "Dobbel", formula: "=[@Antall]*2", headerFormat: bold, format: amount),
            ]))
        try workbook.close()

        let table = try readPart(path, "xl/tables/table1.xml")
        // libxlsxwriter writes "@" in the Excel 2007 form, "[#This Row],".
        #expect(table.contains("<calculatedColumnFormula>[[#This Row],Antall]*2</calculatedColumnFormula>"))
        let xml = try readPart(path, "xl/worksheets/sheet1.xml")
        #expect(try #require(cell("B1", in: xml)).contains("s=\"1\""), "header format")
        let b2 = try #require(cell("B2", in: xml))
        #expect(b2.contains("s=\"2\"") && b2.contains("<f>[[#This Row],Antall]*2</f>"), "\(b2)")
    }

    @Test func tableWithoutStyleOrHeaderRow() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("plain.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet()
        try sheet.addTable(
            CellRange(firstRow: 0, firstCol: 0, lastRow: 2, lastCol: 1),
            options: TableOptions(style: .none, headerRow: false, autofilter: false))
        #expect(throws: XlsxError.self) {
            try sheet.addTable(
                CellRange(firstRow: 5, firstCol: 0, lastRow: 7, lastCol: 1),
                options: TableOptions(style: TableStyle(.dark, 12)))
        }
        try workbook.close()

        let table = try readPart(path, "xl/tables/table1.xml")
        #expect(table.contains("headerRowCount=\"0\""))
        #expect(!table.contains("<autoFilter"))
        let style = try #require(element("tableStyleInfo", in: table))
        #expect(!style.contains("name="))
    }
}
