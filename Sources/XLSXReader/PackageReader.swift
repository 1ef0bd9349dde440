import Foundation

/// Looks up and parses the parts of an unpacked package, turning failures into
/// ``XLSXReaderError``s that name the file and part.
struct PackageReader {
    /// The file name, for error messages.
    var fileName: String
    /// The parts by name.
    var parts: [String: Data]

    /// The stored name of a part: exact, then without a leading slash, percent-decoded, and
    /// ignoring letter case (OPC part names are case-insensitive); nil if there is none.
    func partName(_ path: String) -> String? {
        let normalised = PackagePath.normalise(path)
        if parts[normalised] != nil { return normalised }
        if let decoded = normalised.removingPercentEncoding, parts[decoded] != nil { return decoded }
        let lowered = normalised.lowercased()
        return parts.keys.first { $0.lowercased() == lowered }
    }

    /// The bytes of a part.
    func data(_ path: String) throws(XLSXReaderError) -> Data {
        guard let name = partName(path), let data = parts[name] else {
            throw .missingPart(file: fileName, part: PackagePath.normalise(path))
        }
        return data
    }

    /// The parsed root element of a part.
    func xml(_ path: String) throws(XLSXReaderError) -> XMLTree.Element {
        let bytes = try data(path)
        do {
            return try XMLTree.parse(bytes)
        } catch {
            throw .malformedXML(
                file: fileName, part: partName(path) ?? path, line: error.line, column: error.column,
                reason: error.reason)
        }
    }

    /// The relationships of a part (`""` for the package); empty if it has no `.rels` part.
    func relationships(of part: String) throws(XLSXReaderError) -> [Relationship] {
        let relsPath = PackagePath.relationshipsPart(of: part)
        guard partName(relsPath) != nil else { return [] }
        return Relationship.list(in: try xml(relsPath), sourcePart: part)
    }
}
