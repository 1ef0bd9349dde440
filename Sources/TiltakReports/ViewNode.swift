import Mustache

/// A view model as the templates see it (a text report's, a web page's): a dictionary whose
/// nested dictionaries are nodes too, and whose root notes every name a template asks for that
/// nothing provides.
///
/// Mustache looks a name up from the innermost section's object out to the root, so a name
/// that reaches the root without being found is unknown everywhere: swift-mustache would render
/// it as empty, the renderer turns it into ``ReportError/unknownVariable(template:line:column:tag:name:)``.
public final class ViewNode: MustacheParent {
    /// The values by name: strings, booleans, numbers, nodes and arrays of them.
    private let values: [String: Any]
    /// Names looked up at the root and not found, in the order first asked for.
    public private(set) var misses: [String] = []
    private let isRoot: Bool

    /// A node for `values`; dictionaries inside are wrapped as nodes.
    public init(_ values: [String: Any], isRoot: Bool = false) {
        self.values = values.mapValues(ViewNode.wrap)
        self.isRoot = isRoot
    }

    public func child(named name: String) -> Any? {
        if let value = values[name] { return value }
        if isRoot, !misses.contains(name) { misses.append(name) }
        return nil
    }

    private static func wrap(_ value: Any) -> Any {
        switch value {
        case let dictionary as [String: Any]: return ViewNode(dictionary)
        case let array as [[String: Any]]: return array.map { ViewNode($0) }
        case let array as [Any]: return array.map(wrap)
        default: return value
        }
    }
}
