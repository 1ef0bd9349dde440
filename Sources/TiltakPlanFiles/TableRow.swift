import TiltakModel
import TiltakRuntime

extension TableImporter {
    /// A data row with the line it starts on.
    package struct Row: Sendable {
        var line: Int
        var number: Int
        /// Where the row's cell texts are.
        var cells: Cells
        /// The section heading above the row (a row with text in its first cell only), if any.
        var section: String?

        /// Where a row's cell texts are.
        enum Cells: Sendable {
            /// Trimmed texts by ``TableField/position``; nil for columns the table does not have
            /// (also past the end of the list).
            case values([String?])
            /// A record of a table read from text, whose fields become strings when read.
            case fields(TableFields, record: Int)
        }

        /// A row of the given trimmed texts.
        package init(line: Int, number: Int, values: [String?]) {
            self.init(line: line, number: number, cells: .values(values))
        }

        init(line: Int, number: Int, cells: Cells, section: String? = nil) {
            self.line = line
            self.number = number
            self.cells = cells
            self.section = section
        }

        /// The trimmed text of `column`; nil when the table does not have the column.
        package subscript(_ column: Column) -> String? {
            switch cells {
            case .values(let values): column.position < values.count ? values[column.position] : nil
            case .fields(let table, let record): table.text(record, column)
            }
        }

        /// Whether `column` is missing or holds only white space.
        func isBlank(_ column: Column) -> Bool {
            switch cells {
            case .values: self[column]?.isEmpty ?? true
            case .fields(let table, let record): table.isBlank(record, column)
            }
        }

        /// A key for the text of `column` that is made without making a string where it can be: rows
        /// whose keys are equal have the same text (rows with the same text may have different keys).
        func key(_ column: Column) -> CellKey {
            switch cells {
            case .values: .text(ExactText(self[column] ?? ""))
            case .fields(let table, let record):
                table.fieldOfColumn[column.position].map {
                    .field(FieldText(table: table.table, record: record, field: $0))
                } ?? .text(ExactText(""))
            }
        }

        /// The row's cells as the action readers take them.
        func actionRow(id: ActionID) -> ActionRow {
            ActionRow(
                id: id.rawValue, focusArea: self[.focusArea] ?? "", theme: self[.theme] ?? "",
                text: self[.text] ?? "", timeframe: self[.timeframe] ?? "",
                responsible: self[.responsible] ?? "", involved: self[.involved] ?? "",
                remark: self[.remark] ?? "", financing: self[.financing] ?? "", cost: self[.cost] ?? "",
                extras: extras)
        }

        /// The row's non-blank cells of the columns kept as they are.
        var extras: [ExtraColumn] {
            guard case .fields(let table, let record) = cells, !table.extras.isEmpty else { return [] }
            return table.extras.compactMap { header, field in
                let value = table.table.field(record, field).trimmingWhitespace
                return value.isEmpty ? nil : ExtraColumn(header: header, value: value)
            }
        }
    }

    /// A table read from text, with the field that holds each column.
    final class TableFields: Sendable {
        let table: FieldTable
        /// The field of each column by ``TableField/position``; nil for columns the table does not have.
        let fieldOfColumn: [Int?]
        /// The columns kept as they are: their headers and fields.
        let extras: [(header: String, field: Int)]

        init(table: FieldTable, fieldOfColumn: [Int?], extras: [(header: String, field: Int)] = []) {
            self.table = table
            self.fieldOfColumn = fieldOfColumn
            self.extras = extras
        }

        func text(_ record: Int, _ column: Column) -> String? {
            fieldOfColumn[column.position].map { table.field(record, $0).trimmingWhitespace }
        }

        func isBlank(_ record: Int, _ column: Column) -> Bool {
            fieldOfColumn[column.position].map { table.isBlank(record, $0) } ?? true
        }
    }

    /// A cell's text as a key: a string, or a field of a table read from text, by its bytes.
    enum CellKey: Hashable {
        case text(ExactText)
        case field(FieldText)
    }

    /// A field of a table read from text, compared and hashed by its bytes as written.
    struct FieldText: Hashable {
        let table: FieldTable
        let record: Int
        let field: Int

        static func == (a: FieldText, b: FieldText) -> Bool {
            a.table === b.table && a.field == b.field
                && a.table.hasSameBytes(a.record, b.record, field: a.field)
        }

        func hash(into hasher: inout Hasher) {
            table.hashBytes(record, field, into: &hasher)
        }
    }
}
