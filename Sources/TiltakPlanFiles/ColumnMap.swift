import TiltakLanguage
import TiltakModel

/// The headers `--columns` chose for fields, by field (`focus-area=Hovudmål`).
public typealias ColumnChoices = [TableField: String]

/// Which column of a table holds which field, and which columns are kept as they are.
///
/// A `--columns` choice settles its field first; every other header is matched against the
/// fields' words. A header that names no field is kept per action under its header; a second header
/// naming a field already taken is an error (settle it with `--columns`, which keeps the other one).
public struct ColumnMap: Sendable {
    /// A field and the column it is read from.
    public struct Use: Sendable, Hashable {
        /// The field.
        public var column: TableField
        /// The column's header, as written.
        public var header: String
        /// The column's index (0-based).
        public var index: Int
    }

    /// A column kept as it is.
    public struct Kept: Sendable, Hashable {
        /// The column's header, as written (trimmed).
        public var header: String
        /// The column's index (0-based).
        public var index: Int
    }

    /// The fields the table has, in the table's order.
    public var uses: [Use]
    /// The columns kept as they are, in the table's order.
    public var extras: [Kept]

    /// Matches `header` against the fields; problems name `file` and line 1.
    init(header: [String], choices: ColumnChoices, file: String) throws(PlanFileError) {
        var problems: [FileProblem] = []
        var taken: [Int: TableField] = [:]
        for (column, wanted) in choices.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let key = HeaderKey.make(wanted)
            guard let index = header.firstIndex(where: { HeaderKey.make($0) == key }) else {
                problems.append(
                    FileProblem(
                        file: file, line: 1, field: wanted,
                        message: .chosenColumnMissing(field: column.option, header: wanted),
                        hint: .actionHeaderHint(found: header.joined(separator: "; "))))
                continue
            }
            taken[index] = column
        }
        var extras: [Kept] = []
        for (index, name) in header.enumerated() where taken[index] == nil {
            let trimmed = name.trimmingWhitespace
            if HeaderKey.make(trimmed).isEmpty { continue }
            guard let column = TableField.forHeader(trimmed), choices[column] == nil else {
                extras.append(Kept(header: trimmed, index: index))
                continue
            }
            if taken.values.contains(column) {
                problems.append(
                    FileProblem(
                        file: file, line: 1, column: index + 1, field: name,
                        message: .duplicateColumn(column.name), hint: .columnsHint))
                continue
            }
            taken[index] = column
        }
        uses = taken.sorted { $0.key < $1.key }.map {
            Use(column: $0.value, header: header[$0.key].trimmingWhitespace, index: $0.key)
        }
        self.extras = extras
        if index(of: .text) == nil {
            problems.append(missingProblem([.text], header: header, file: file))
        }
        if !problems.isEmpty { throw .invalid(problems) }
    }

    /// The index of the column `column` is read from, if the table has it.
    func index(of column: TableField) -> Int? {
        uses.first { $0.column == column }?.index
    }

    /// Every field's column index.
    var indices: [(TableField, Int)] { uses.map { ($0.column, $0.index) } }

    /// The problem of a header that lacks `columns`.
    func missingProblem(_ columns: [TableField], header: [String], file: String) -> FileProblem {
        FileProblem(
            file: file, line: 1, field: columns.map(\.name).joined(separator: ", "),
            message: .missingColumns(columns.map(\.name)),
            hint: .actionHeaderHint(found: header.joined(separator: "; ")))
    }

    /// Reads `--columns field=Header,field=Header`: each field by its option name (`focus-area`) or
    /// any of its header words; `nil` with the piece that could not be read.
    public static func choices(_ text: String) -> Result<ColumnChoices, ChoiceError> {
        var choices: ColumnChoices = [:]
        for piece in text.split(separator: ",") {
            let parts = piece.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, let column = TableField.named(String(parts[0])),
                !String(parts[1]).trimmingWhitespace.isEmpty
            else { return .failure(ChoiceError(piece: String(piece))) }
            choices[column] = String(parts[1]).trimmingWhitespace
        }
        return .success(choices)
    }

    /// A `--columns` piece that names no field or no header.
    public struct ChoiceError: Error, Sendable {
        /// The piece as written.
        public var piece: String
    }
}
