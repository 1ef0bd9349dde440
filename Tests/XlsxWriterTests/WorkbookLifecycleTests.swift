import Foundation
import Testing
import XlsxWriter

@Suite struct WorkbookLifecycleTests {
    @Test func handlesRefuseUseAfterClose() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("closed.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(name: "Tiltak")
        let format = try workbook.addFormat(FormatStyle(italic: true))
        let chart = try workbook.addChart(.column)
        let series = try chart.addSeries(values: "=Tiltak!$A$1:$A$3")
        try sheet.writeNumber(row: 0, col: 0, 1)
        try sheet.insertChart(row: 4, col: 2, chart)
        #expect(sheet.workbook === workbook && format.workbook === workbook)
        #expect(chart.workbook === workbook && series.chart.workbook === workbook)
        #expect(chart.type == .column && series.chart.type == .column)
        try workbook.close()
        #expect(FileManager.default.fileExists(atPath: path))

        let closedChecks: [() throws -> Void] = [
            { try workbook.close() },
            { try sheet.writeString(row: 0, col: 1, "late") },
            { try sheet.writeNumber(row: 0, col: 1, 2, format: format) },
            { try sheet.setLandscape() },
            { try sheet.protect() },
            { _ = try workbook.addWorksheet(name: "Sent") },
            { _ = try workbook.addFormat() },
            { _ = try workbook.format(FormatStyle(italic: true)) },
            { try chart.setTitle("late") },
            { try series.setName("late") },
            { try workbook.setProperties(DocumentProperties(title: "late")) },
        ]
        for check in closedChecks {
            #expect {
                try check()
            } throws: { error in
                (error as? XlsxError)?.code == .workbookClosed
            }
        }
    }

    @Test func deinitWithoutCloseWritesNoFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("abandoned.xlsx")
        do {
            let workbook = try Workbook(path: path, options: WorkbookOptions(tmpdir: directory.url.path))
            let sheet = try workbook.addWorksheet(name: "Tiltak")
            try sheet.writeString(row: 0, col: 0, "never written")
            try workbook.setProperties(DocumentProperties(title: "x"))
            _ = try sheet.addTable(
                CellRange(firstRow: 2, firstCol: 0, lastRow: 4, lastCol: 1),
                options: TableOptions(columns: [TableColumn(header: "A")]))
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path).isEmpty)
    }

    #if os(Linux)
        @Test func deinitClosesConstantMemoryTempFiles() throws {
            let directory = try TemporaryDirectory()
            func openTempFiles() throws -> [String] {
                try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").compactMap {
                    try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\($0)")
                }.filter { $0.hasPrefix(directory.url.path) }
            }
            do {
                let workbook = try Workbook(
                    path: directory.path("unused.xlsx"),
                    options: WorkbookOptions(constantMemory: true, tmpdir: directory.url.path))
                for index in 0..<3 {
                    try workbook.addWorksheet(name: "Ark \(index)").writeNumber(row: 0, col: 0, 1)
                }
                #expect(try openTempFiles().count == 3)
            }
            #expect(try openTempFiles().isEmpty)
            #expect(!FileManager.default.fileExists(atPath: directory.path("unused.xlsx")))
        }
    #endif

    @Test func constantMemoryModeWritesRows() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("constant.xlsx")
        let workbook = try Workbook(
            path: path,
            options: WorkbookOptions(constantMemory: true, tmpdir: directory.url.path, useZip64: true))
        let sheet = try workbook.addWorksheet(name: "Data")
        for row in 0..<100 {
            try sheet.writeString(row: row, col: 0, "Rad \(row + 1)")
            try sheet.writeNumber(row: row, col: 1, Double(row))
        }
        try workbook.close()
        let xml = try readPart(path, "xl/worksheets/sheet1.xml")
        #expect(xml.contains("<dimension ref=\"A1:B100\"/>"))
        #expect(xml.contains("<t>Rad 100</t>"))
    }

    @Test func formatCacheReusesEqualStyles() throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("cache.xlsx"))
        let first = try workbook.format(FormatStyle(bold: true))
        let second = try workbook.format(FormatStyle(bold: true))
        let other = try workbook.format(FormatStyle(italic: true))
        #expect(first.style == second.style)
        #expect(first.style != other.style)
        let sheet = try workbook.addWorksheet()
        try sheet.writeString(row: 0, col: 0, "a", format: first)
        try sheet.writeString(row: 1, col: 0, "b", format: second)
        try workbook.close()
        let styles = try readPart(workbook.path, "xl/styles.xml")
        #expect(styles.contains("<cellXfs count=\"2\">"), "one default + one bold xf: \(styles)")
    }

    @Test func sameInputsGiveByteIdenticalFiles() async throws {
        let directory = try TemporaryDirectory()
        func build(_ name: String) throws -> Data {
            let path = directory.path(name)
            let workbook = try Workbook(path: path)
            try workbook.setProperties(
                DocumentProperties(title: "Plan", author: "Tiltak", created: fixedDate))
            let sheet = try workbook.addWorksheet(name: "Oversikt")
            try sheet.writeString(row: 0, col: 0, "Tiltak")
            try sheet.writeFormula(row: 0, col: 1, "=1+1", cachedNumber: 2)
            let chart = try workbook.addChart(.pie)
            try chart.addSeries(values: "=Oversikt!$B$1:$B$1")
            try sheet.insertChart(row: 2, col: 0, chart)
            try workbook.close()
            return try Data(contentsOf: URL(fileURLWithPath: path))
        }
        let first = try build("first.xlsx")
        try await Task.sleep(nanoseconds: 1_100_000_000)
        let second = try build("second.xlsx")
        #expect(!first.isEmpty)
        #expect(first == second)
    }
}
