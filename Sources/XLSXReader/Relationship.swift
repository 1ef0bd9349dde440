/// One relationship from an OPC `.rels` part: an id, a type URI and a target.
struct Relationship: Sendable, Equatable {
    /// The id other parts refer to, such as `rId3`.
    var id: String
    /// The relationship type URI.
    var type: String
    /// The target part, resolved to a package part name (or the raw URI when external).
    var target: String
    /// Whether the target is outside the package (a hyperlink, a linked file).
    var isExternal: Bool

    /// Whether the type is the given kind, such as `"worksheet"`; both transitional
    /// (`http://schemas.openxmlformats.org/...`) and strict (`http://purl.oclc.org/...`) type
    /// URIs match.
    func isKind(_ kind: String) -> Bool {
        type.hasSuffix("/" + kind)
    }

    /// The relationships listed in a parsed `.rels` part held by `sourcePart`.
    static func list(in root: XMLTree.Element, sourcePart: String) -> [Relationship] {
        root.children("Relationship").compactMap { element in
            guard let id = element.attribute("Id"), let target = element.attribute("Target") else {
                return nil
            }
            let isExternal = element.attribute("TargetMode") == "External"
            return Relationship(
                id: id, type: element.attribute("Type") ?? "",
                target: isExternal ? target : PackagePath.resolve(target, from: sourcePart),
                isExternal: isExternal)
        }
    }
}
