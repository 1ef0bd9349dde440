/// An error reading an XLSX file, naming the file and, where it applies, the part and element.
///
/// The messages are in nynorsk, since they reach the users of Tiltak as they are.
public enum XLSXReaderError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file could not be read at all (missing, unreadable).
    case unreadable(file: String, reason: String)
    /// The file is not a ZIP archive, so cannot be an XLSX package.
    case notAZip(file: String)
    /// The ZIP archive is damaged, or an entry in it cannot be decompressed.
    case damagedArchive(file: String, part: String?, reason: String)
    /// An entry that may not be read: its name leaves the package, or names a part twice.
    case refusedEntry(file: String, entry: String, reason: String)
    /// The archive unpacks to more than the allowed number of bytes.
    case tooLarge(file: String, limit: Int)
    /// A part (or, with `part` nil, all parts together) unpacks to more than `limit` times its packed
    /// size: a ZIP bomb (see ``XLSXUnpackLimits``).
    case tooCompressed(file: String, part: String?, unpacked: Int, packed: Int, limit: Int)
    /// A part the workbook needs is not in the package.
    case missingPart(file: String, part: String)
    /// A part is not well-formed XML (or uses what an XLSX part may not, such as a DTD).
    case malformedXML(file: String, part: String, line: Int, column: Int, reason: String)
    /// A part is well-formed XML but its content is not what the format allows.
    case invalidContent(file: String, part: String, element: String, reason: String)
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

    /// What is wrong and where in the file, without the file's name; names and values taken from
    /// the file have their control characters replaced, so that the message is safe to print.
    public var reason: String {
        Self.printable(unsafeReason)
    }

    private var unsafeReason: String {
        switch self {
        case .unreadable(_, let reason):
            return "fila kan ikkje lesast: \(reason)"
        case .notAZip:
            return "fila er ikkje ei XLSX-fil (ho er ikkje eit ZIP-arkiv)"
        case .damagedArchive(_, let part, let reason):
            if let part {
                return "ZIP-arkivet er skadd: oppføringa «\(part)»: \(reason)"
            }
            return "ZIP-arkivet er skadd: \(reason)"
        case .refusedEntry(_, let entry, let reason):
            return "oppføringa «\(entry)» i ZIP-arkivet vert ikkje lesen: \(reason)"
        case .tooLarge(_, let limit):
            return
                "delane i fila pakkar seg ut til meir enn \(Self.size(limit)), grensa som vernar mot ZIP-bomber; fila vert ikkje lesen"
        case .tooCompressed(_, let part, let unpacked, let packed, let limit):
            let what = part.map { "delen «\($0)»" } ?? "delane i fila"
            return
                "\(what) pakkar seg ut til \(Self.size(unpacked)) frå \(Self.size(packed)), meir enn \(limit) gonger så mykje, grensa som vernar mot ZIP-bomber; fila vert ikkje lesen"
        case .missingPart(_, let part):
            return "delen «\(part)» manglar i arbeidsboka"
        case .malformedXML(_, let part, let line, let column, let reason):
            return "\(part) linje \(line), kolonne \(column): ugyldig XML: \(reason)"
        case .invalidContent(_, let part, let element, let reason):
            return "\(part), \(element): \(reason)"
        case .unknownSheet(_, let name, let available):
            let names = available.map { "«\($0)»" }.joined(separator: ", ")
            return
                "arbeidsboka har ikkje noko ark som heiter «\(name)» (arka: \(names.isEmpty ? "ingen" : names))"
        case .notAWorksheet(_, let sheet):
            return "arket «\(sheet)» er eit diagram- eller dialogark, ikkje eit rekneark"
        }
    }

    /// `bytes` for a message: `512 MiB (536870912 byte)`, or `4000 byte` under a mebibyte.
    private static func size(_ bytes: Int) -> String {
        let mebibytes = bytes / (1024 * 1024)
        return mebibytes > 0 ? "\(mebibytes) MiB (\(bytes) byte)" : "\(bytes) byte"
    }

    /// A one-line message naming the file and where in it the problem is.
    public var description: String {
        "\(file): \(reason)"
    }

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
