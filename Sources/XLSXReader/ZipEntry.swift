import TiltakLanguage

/// One file in a ZIP archive, as its central directory lists it, checked against its local header.
struct ZipEntry: Sendable {
    /// The name as stored, decoded as UTF-8 (backslashes kept).
    var storedName: String
    /// The part name: backslashes read as slashes (some Windows tools write them).
    var partName: String
    /// The compression method: 0 stored, 8 deflated.
    var method: UInt16
    /// The CRC-32 of the unpacked bytes.
    var crc32: UInt32
    /// The packed size in bytes.
    var compressedSize: Int
    /// The unpacked size in bytes.
    var uncompressedSize: Int
    /// Where the packed bytes start in the archive, after the local header.
    var dataOffset: Int

    /// Whether the entry is a folder rather than a file.
    var isDirectory: Bool { partName.hasSuffix("/") }

    /// Why an entry named `name` may not be read, or nil when it may: a name that leaves the
    /// package (`../`), starts at a root (`/x`, `C:/x`) or is empty would make one program read a
    /// file another does not.
    static func refusal(ofName name: String) -> XLSXReaderMessage? {
        let path = name.replacingOccurrences(of: "\\", with: "/")
        if path.isEmpty { return .nameEmpty }
        if path.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\u{7F}" }) {
            return .nameHasControl
        }
        if path.hasPrefix("/") { return .nameAbsolute }
        let first = path.split(separator: "/", omittingEmptySubsequences: false).first ?? ""
        if first.count == 2, first.hasSuffix(":") { return .nameDriveLetter }
        var depth = 0
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                depth -= 1
                if depth < 0 { return .nameLeavesArchive }
            default: depth += 1
            }
        }
        if path.split(separator: "/").contains("..") { return .nameHasDotDot }
        return nil
    }

    /// The key two entries are the same part by: normalised, ignoring letter case as OPC does.
    var identity: String { PackagePath.normalise(partName).lowercased() }
}
