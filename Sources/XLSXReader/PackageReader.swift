import Foundation

/// Looks up, unpacks and parses the parts of a package, turning failures into
/// ``XLSXReaderError``s that name the file and part.
///
/// A part is unpacked when it is asked for and dropped when its caller is done with it, so that
/// no more than one unpacked part (and what is read from it) is held at a time.
struct PackageReader {
    /// The archive.
    var archive: ZipArchive

    /// The file name, for error messages.
    var fileName: String { archive.fileName }

    /// The names of all parts, normalised.
    var partNames: [String] { Array(archive.byName.keys) }

    /// The stored name of a part: exact, then without a leading slash, percent-decoded, and
    /// ignoring letter case (OPC part names are case-insensitive); nil if there is none.
    func partName(_ path: String) -> String? {
        entryIndex(path).map { PackagePath.normalise(archive.entries[$0].partName) }
    }

    private func entryIndex(_ path: String) -> Int? {
        let normalised = PackagePath.normalise(path)
        if let index = archive.byName[normalised] { return index }
        if let decoded = normalised.removingPercentEncoding, let index = archive.byName[decoded] {
            return index
        }
        return archive.byFoldedName[normalised.lowercased()]
    }

    /// The unpacked bytes of a part.
    func data(_ path: String) throws(XLSXReaderError) -> Data {
        guard let index = entryIndex(path) else {
            throw .missingPart(file: fileName, part: PackagePath.normalise(path))
        }
        return try archive.contents(of: archive.entries[index])
    }

    /// The parsed root element of a part.
    func xml(_ path: String) throws(XLSXReaderError) -> XMLTree.Element {
        let bytes = try data(path)
        return try XMLTree.parse(bytes, fileName: fileName, part: partName(path) ?? path)
    }

    /// The relationships of a part (`""` for the package); empty if it has no `.rels` part.
    func relationships(of part: String) throws(XLSXReaderError) -> [Relationship] {
        let relsPath = PackagePath.relationshipsPart(of: part)
        guard partName(relsPath) != nil else { return [] }
        return Relationship.list(in: try xml(relsPath), sourcePart: part)
    }
}
