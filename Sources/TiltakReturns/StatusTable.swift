import Foundation
import TiltakLanguage
import TiltakModel
import TiltakPlanFiles
import TiltakRuntime

/// Reads a status table: a CSV file with the columns `ID;Status;Kommentar` (other columns are
/// ignored). Delimiter, encoding and line ends are detected as for plan tables.
public enum StatusTable {
    static let idSpellings = ["ID", "Nr", "Tiltaksnr", "Tiltak-ID", "Action ID"]
    static let statusSpellings = ["Status"]
    static let commentSpellings = ["Kommentar", "Kommentarar", "Kommentarer", "Comment", "Comments"]

    /// Reads the table at `path`.
    public static func read(path: String) throws(PlanFileError) -> ReturnedFile {
        let data = try SourceFile.bytes(of: path)
        let (text, _) = try TableText.decode(data, file: path)
        let delimiter = TableText.delimiter(of: text)
        let (header, records) = try TableText.records(text, delimiter: delimiter, file: path)

        func column(_ spellings: [String]) -> Int? {
            let keys = Set(spellings.map { NameKey.make($0) })
            return header.firstIndex { keys.contains(NameKey.make($0)) }
        }
        let idColumn = column(idSpellings)
        let statusColumn = column(statusSpellings)
        let commentColumn = column(commentSpellings)
        guard let idColumn, let statusColumn else {
            let missing = [idColumn == nil ? "ID" : nil, statusColumn == nil ? "Status" : nil].compactMap {
                $0
            }
            throw .invalid([
                FileProblem(
                    file: path, line: 1, part: .headerRow, message: .missingColumns(missing),
                    hint: .statusHeaderHint(found: header.joined(separator: "; ")))
            ])
        }
        var rows: [ReturnedFile.Row] = []
        var problems: [FileProblem] = []
        for record in records {
            let fields = record.fields
            let start = record.line
            if fields.allSatisfy({ $0.trimmingWhitespace.isEmpty }) { continue }
            if fields.count != header.count {
                problems.append(
                    FileProblem(
                        file: path, line: start, part: .row(start),
                        message: .raggedRow(fields: fields.count, header: header.count),
                        hint: .delimiterHint(delimiter == "\t" ? "tab" : String(delimiter))))
                continue
            }
            rows.append(
                ReturnedFile.Row(
                    number: start, id: fields[idColumn].trimmingWhitespace,
                    status: fields[statusColumn].trimmingWhitespace,
                    comment: commentColumn.map { fields[$0] } ?? "", protectedCells: [:]))
        }
        if !problems.isEmpty { throw .invalid(problems) }
        return ReturnedFile(path: path, isWorkbook: false, attribution: nil, rows: rows)
    }
}
