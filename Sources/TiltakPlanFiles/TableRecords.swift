import TiltakModel

extension TableImporter {
    /// A row of a table that was not read from text (a sheet of a workbook): its number where it
    /// came from and its cells as strings.
    package struct Record: Sendable {
        /// The row's number in its source (a sheet's row number), named in messages.
        package var number: Int
        /// The row's cells, as strings, from its first column.
        package var cells: [String]

        /// Creates a record.
        package init(number: Int, cells: [String]) {
            self.number = number
            self.cells = cells
        }
    }

    /// Imports a table given as a header and records, through the same path as a CSV table: header
    /// words, `--columns` choices, section rows, kept columns, cost, financing and status columns.
    ///
    /// The records are written as delimited text and read back, so every rule of ``parseTable`` holds;
    /// the rows then carry the records' own numbers, which messages name as lines.
    package static func importRecords(
        header: [String], records: [Record], file: String, base: Plan?, choices: ColumnChoices = [:]
    ) throws(PlanFileError) -> Result {
        let width = max(header.count, records.map(\.cells.count).max() ?? 0)
        func line(_ cells: [String]) -> String {
            (cells + Array(repeating: "", count: width - cells.count)).map { cell in
                "\"" + cell.replacing("\"", with: "\"\"") + "\""
            }.joined(separator: ";")
        }
        let text = ([line(header)] + records.map { line($0.cells) }).joined(separator: "\n") + "\n"
        var table = try parseTable(text, delimiter: ";", file: file, choices: choices)
        for index in table.rows.indices {
            // Row `number` n is record n - 2 (the header is row 1).
            let number = records[table.rows[index].number - 2].number
            table.rows[index].line = number
            table.rows[index].number = number
        }
        let plan = try makePlan(rows: table.rows, file: file, base: base)
        return Result(plan: plan, encoding: .utf8, delimiter: ";", columns: table.columns)
    }
}
