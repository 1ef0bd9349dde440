import Mustache

/// A page's view model as the HTML templates see it: a dictionary whose nested dictionaries are
/// nodes too, and whose root notes every name a template asks for that nothing provides (so that a
/// misspelt name in a template is an error, not an empty string).
final class SiteNode: MustacheParent {
    /// The values by name: strings, booleans, numbers, nodes and arrays of them.
    private let values: [String: Any]
    /// Names looked up at the root and not found, in the order first asked for.
    private(set) var misses: [String] = []
    private let isRoot: Bool

    /// A node for `values`; dictionaries inside are wrapped as nodes.
    init(_ values: [String: Any], isRoot: Bool = false) {
        self.values = values.mapValues(SiteNode.wrap)
        self.isRoot = isRoot
    }

    func child(named name: String) -> Any? {
        if let value = values[name] { return value }
        if isRoot, !misses.contains(name) { misses.append(name) }
        return nil
    }

    private static func wrap(_ value: Any) -> Any {
        switch value {
        case let dictionary as [String: Any]: return SiteNode(dictionary)
        case let array as [[String: Any]]: return array.map { SiteNode($0) }
        case let array as [Any]: return array.map(wrap)
        default: return value
        }
    }
}
