import Foundation
import TiltakLayout
import TiltakModel
import TiltakPlanFiles
import TiltakRuntime
import XLSXReader

/// A file a party sent back: rows of id, status and comment, and for a task workbook the cells it
/// was given and where it says it belongs.
public struct ReturnedFile: Sendable {
    /// What a task workbook's hidden `Om` sheet says it was made for.
    public struct Attribution: Sendable, Hashable {
        public var planID: String
        public var revisionDate: String
        public var municipalityCode: String
        public var municipalityName: String

        public init(planID: String, revisionDate: String, municipalityCode: String, municipalityName: String)
        {
            self.planID = planID
            self.revisionDate = revisionDate
            self.municipalityCode = municipalityCode
            self.municipalityName = municipalityName
        }
    }

    /// One data row.
    public struct Row: Sendable, Hashable {
        /// The row number in the sheet or table (the header is row 1).
        public var number: Int
        public var id: String
        public var status: String
        public var comment: String
        /// The protected cells of a task workbook's row by column caption (`Tiltak`, `Rolle`, …).
        public var protectedCells: [String: String]

        public init(
            number: Int, id: String, status: String, comment: String, protectedCells: [String: String] = [:]
        ) {
            self.number = number
            self.id = id
            self.status = status
            self.comment = comment
            self.protectedCells = protectedCells
        }
    }

    /// The path as the user gave it.
    public var path: String
    /// Whether it is a task workbook (else a CSV table).
    public var isWorkbook: Bool
    /// For a task workbook: its `Om` sheet.
    public var attribution: Attribution?
    /// Data rows, blank rows left out.
    public var rows: [Row]

    public init(path: String, isWorkbook: Bool, attribution: Attribution?, rows: [Row]) {
        self.path = path
        self.isWorkbook = isWorkbook
        self.attribution = attribution
        self.rows = rows
    }

    /// The file name, used as the reports' source.
    public var fileName: String { URL(fileURLWithPath: path).lastPathComponent }
}

/// Reads a returned task workbook (`kommunar/<Kommune>.xlsx` as `tiltak export` wrote it, after
/// Excel, LibreOffice or another program saved it again: shared or inline strings alike).
public enum ReturnedWorkbook {
    /// The task sheet.
    public static let taskSheet = "Oppgåver"
    /// The hidden attribution sheet.
    public static let attributionSheet = "Om"
    /// The task sheet's protected columns, as ``TaskRowCells`` computes them.
    public static let protectedColumns = TaskRowCells.headers

    /// Whether `path` names a workbook rather than a table.
    public static func isWorkbook(_ path: String) -> Bool {
        ["xlsx", "xlsm"].contains(URL(fileURLWithPath: path).pathExtension.lowercased())
    }

    /// Reads the workbook at `path`.
    public static func read(path: String) throws(PlanFileError) -> ReturnedFile {
        let data = try SourceFile.bytes(of: path)
        let document: XLSXDocument
        let sheet: XLSXSheet
        do {
            document = try XLSXDocument(data: data, fileName: URL(fileURLWithPath: path).lastPathComponent)
        } catch {
            throw .invalid([
                FileProblem(
                    file: path, message: "Fila kan ikkje lesast som XLSX-arbeidsbok: \(error).",
                    hint: "lagre fila som Excel-arbeidsbok (.xlsx)")
            ])
        }
        guard document.sheetInfo(named: attributionSheet) != nil else {
            throw .invalid([
                FileProblem(
                    file: path, field: attributionSheet,
                    message:
                        "Arbeidsboka har ikkje det gøymde arket «Om», så ho er ikkje ei oppgåvebok frå «tiltak export».",
                    hint: "send inn oppgåveboka kommunen fekk, eller ein CSV-tabell med --party")
            ])
        }
        let about: XLSXSheet
        do {
            about = try document.sheet(named: attributionSheet)
            sheet = try document.sheet(named: taskSheet)
        } catch {
            throw .invalid([FileProblem(file: path, message: "\(error)")])
        }
        var facts: [String: String] = [:]
        for row in 1...max(about.maxRow, 1) {
            let label = about.cell(row: row, column: 1)?.string ?? ""
            if !label.isEmpty {
                facts[label] = (about.cell(row: row, column: 2)?.string ?? "").trimmingWhitespace
            }
        }
        let attribution = ReturnedFile.Attribution(
            planID: facts["Plan-ID"] ?? "", revisionDate: facts["Revisjonsdato"] ?? "",
            municipalityCode: facts["Kommunekode"] ?? "", municipalityName: facts["Kommune"] ?? "")

        var columns: [String: Int] = [:]
        for column in 1...max(sheet.maxColumn, 1) {
            let caption = (sheet.cell(row: 1, column: column)?.string ?? "").trimmingWhitespace
            if !caption.isEmpty, columns[caption] == nil { columns[caption] = column }
        }
        let missing = ["ID", "Status", "Kommentar"].filter { columns[$0] == nil }
        if !missing.isEmpty {
            throw .invalid([
                FileProblem(
                    file: path, line: 1, field: taskSheet,
                    message:
                        "Arket «\(taskSheet)» manglar kolonne \(missing.map { "«\($0)»" }.joined(separator: ", "))."
                )
            ])
        }
        func text(_ row: Int, _ caption: String) -> String {
            guard let column = columns[caption] else { return "" }
            return sheet.cell(row: row, column: column)?.string ?? ""
        }
        var rows: [ReturnedFile.Row] = []
        if sheet.maxRow >= 2 {
            for number in 2...sheet.maxRow {
                let values = (1...max(sheet.maxColumn, 1)).map {
                    sheet.cell(row: number, column: $0)?.string ?? ""
                }
                if values.allSatisfy({ $0.trimmingWhitespace.isEmpty }) { continue }
                var protected: [String: String] = [:]
                for caption in protectedColumns where columns[caption] != nil {
                    protected[caption] = text(number, caption)
                }
                rows.append(
                    ReturnedFile.Row(
                        number: number, id: text(number, "ID").trimmingWhitespace,
                        status: text(number, "Status").trimmingWhitespace, comment: text(number, "Kommentar"),
                        protectedCells: protected))
            }
        }
        return ReturnedFile(path: path, isWorkbook: true, attribution: attribution, rows: rows)
    }
}
