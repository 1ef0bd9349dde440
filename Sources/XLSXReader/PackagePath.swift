/// Part names inside an OPC package (the ZIP container of an XLSX file).
///
/// Part names are stored without a leading slash (`xl/workbook.xml`), as ZIP entry names are.
enum PackagePath {
    /// The part a relationship target points to, resolved against the part that holds the
    /// relationship: absolute targets (`/xl/worksheets/sheet1.xml`) from the package root,
    /// relative ones (`worksheets/sheet1.xml`, `../media/image1.png`) from the source part's folder.
    static func resolve(_ target: String, from sourcePart: String) -> String {
        let target = target.replacingOccurrences(of: "\\", with: "/")
        if target.hasPrefix("/") {
            return normalise(String(target.dropFirst()))
        }
        return normalise(directory(of: sourcePart) + target)
    }

    /// The relationships part of `part`: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`, and
    /// the package itself (`""`) → `_rels/.rels`.
    static func relationshipsPart(of part: String) -> String {
        directory(of: part) + "_rels/" + fileName(of: part) + ".rels"
    }

    /// The folder of a part, with a trailing slash, or `""` at the root.
    static func directory(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }

    /// The last path segment of a part.
    static func fileName(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return part }
        return String(part[part.index(after: slash)...])
    }

    /// `path` with `.` and `..` segments and empty segments removed.
    static func normalise(_ path: String) -> String {
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".":
                continue
            case "..":
                _ = segments.popLast()
            default:
                segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }
}
