import TiltakLanguage

/// An error reading an XLSX file, naming the file and, where it applies, the part and element.
///
/// The messages come from the catalogue (``XLSXReaderMessage``), since they reach the users of
/// Tiltak as they are: ``description`` is in the language of messages, ``reason(_:)`` in any.
public enum XLSXReaderError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file could not be read at all (missing, unreadable).
    case unreadable(file: String, reason: XLSXReaderMessage)
    /// The file is not a ZIP archive, so cannot be an XLSX package.
    case notAZip(file: String)
    /// The ZIP archive is damaged, or an entry in it cannot be decompressed.
    case damagedArchive(file: String, part: String?, reason: XLSXReaderMessage)
    /// An entry that may not be read: its name leaves the package, or names a part twice.
    case refusedEntry(file: String, entry: String, reason: XLSXReaderMessage)
    /// The archive unpacks to more than the allowed number of bytes.
    case tooLarge(file: String, limit: Int)
    /// A part (or, with `part` nil, all parts together) unpacks to more than `limit` times its packed
    /// size: a ZIP bomb (see ``XLSXUnpackLimits``).
    case tooCompressed(file: String, part: String?, unpacked: Int, packed: Int, limit: Int)
    /// A part the workbook needs is not in the package.
    case missingPart(file: String, part: String)
    /// A part is not well-formed XML (or uses what an XLSX part may not, such as a DTD).
    case malformedXML(file: String, part: String, line: Int, column: Int, reason: XLSXReaderMessage)
    /// A part is well-formed XML but its content is not what the format allows.
    case invalidContent(file: String, part: String, element: XLSXReaderMessage, reason: XLSXReaderMessage)
    /// No sheet has the requested name (or index).
    case unknownSheet(file: String, name: String, available: [String])
    /// The sheet is a chart sheet or dialog sheet, which has no cells.
    case notAWorksheet(file: String, sheet: String)

    /// The file the error is about.
    public var file: String {
        switch self {
        case .unreadable(let file, _), .notAZip(let file), .damagedArchive(let file, _, _),
            .refusedEntry(let file, _, _), .tooLarge(let file, _), .tooCompressed(let file, _, _, _, _),
            .missingPart(let file, _),
            .malformedXML(let file, _, _, _, _), .invalidContent(let file, _, _, _),
            .unknownSheet(let file, _, _),
            .notAWorksheet(let file, _):
            return file
        }
    }

    /// What is wrong and where in the file, without the file's name, in the language of messages
    /// (see ``reason(_:)``).
    public var reason: String { reason(.messages) }

    /// What is wrong and where in the file, without the file's name, in `language`; names and
    /// values taken from the file have their control characters replaced, so that the message is
    /// safe to print.
    public func reason(_ language: Language) -> String {
        Self.printable(phrase.text(language))
    }

    /// The error as a phrase.
    public var phrase: XLSXReaderMessage {
        switch self {
        case .unreadable(_, let reason): .cannotRead(reason: reason)
        case .notAZip: .notAZip
        case .damagedArchive(_, let part, let reason): .archiveDamaged(entry: part, reason: reason)
        case .refusedEntry(_, let entry, let reason): .entryRefused(entry: entry, reason: reason)
        case .tooLarge(_, let limit): .tooLarge(limit: limit)
        case .missingPart(_, let part): .partMissing(part)
        case .tooCompressed(_, let part, let unpacked, let packed, let limit):
            .tooCompressed(part: part, unpacked: unpacked, packed: packed, limit: limit)
        case .malformedXML(_, let part, let line, let column, let reason):
            .malformed(part: part, line: line, column: column, reason: reason)
        case .invalidContent(_, let part, let element, let reason):
            .invalidContent(part: part, element: element, reason: reason)
        case .unknownSheet(_, let name, let available): .noSuchSheet(name, available: available)
        case .notAWorksheet(_, let sheet): .notAWorksheet(sheet)
        }
    }

    /// A one-line message naming the file and where in it the problem is, in `language`.
    public func text(_ language: Language) -> String {
        "\(file): \(reason(language))"
    }

    /// A one-line message naming the file and where in it the problem is.
    public var description: String { text(.messages) }

    /// `text` with control characters (C0 but tab, C1, DEL) and bidirectional controls replaced by U+FFFD.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnprintable) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isUnprintable(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(scalars)
    }

    private static func isUnprintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
