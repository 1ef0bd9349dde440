/// An error reading an XLSX file, naming the file and, where it applies, the part and element.
public enum XLSXReaderError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file could not be read at all (missing, unreadable).
    case unreadable(file: String, reason: String)
    /// The file is not a ZIP archive, so cannot be an XLSX package.
    case notAZip(file: String)
    /// The ZIP archive is damaged, or an entry in it cannot be decompressed.
    case damagedArchive(file: String, part: String?, reason: String)
    /// The archive unpacks to more than the allowed number of bytes.
    case tooLarge(file: String, limit: Int)
    /// A part the workbook needs is not in the package.
    case missingPart(file: String, part: String)
    /// A part is not well-formed XML.
    case malformedXML(file: String, part: String, line: Int, column: Int, reason: String)
    /// A part is well-formed XML but its content is not what the format allows.
    case invalidContent(file: String, part: String, element: String, reason: String)
    /// No sheet has the requested name (or index).
    case unknownSheet(file: String, name: String, available: [String])
    /// The sheet is a chart sheet or dialog sheet, which has no cells.
    case notAWorksheet(file: String, sheet: String)

    /// A one-line message naming the file and where in it the problem is.
    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot read the file: \(reason)"
        case .notAZip(let file):
            return "\(file): not an XLSX file (it is not a ZIP archive)"
        case .damagedArchive(let file, let part, let reason):
            if let part {
                return "\(file): damaged archive entry '\(part)': \(reason)"
            }
            return "\(file): damaged archive: \(reason)"
        case .tooLarge(let file, let limit):
            return "\(file): unpacks to more than \(limit) bytes; refusing to read it"
        case .missingPart(let file, let part):
            return "\(file): missing part '\(part)'"
        case .malformedXML(let file, let part, let line, let column, let reason):
            return "\(file): \(part) line \(line), column \(column): malformed XML: \(reason)"
        case .invalidContent(let file, let part, let element, let reason):
            return "\(file): \(part), \(element): \(reason)"
        case .unknownSheet(let file, let name, let available):
            let names = available.map { "'\($0)'" }.joined(separator: ", ")
            return "\(file): no sheet named '\(name)' (sheets: \(names.isEmpty ? "none" : names))"
        case .notAWorksheet(let file, let sheet):
            return "\(file): sheet '\(sheet)' is a chart or dialog sheet, not a worksheet"
        }
    }
}
