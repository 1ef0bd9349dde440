import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A minimal in-memory XML tree, enough for the parts of an XLSX package.
///
/// Element names are stored without their namespace prefix (`x:row` and `row` are both `row`),
/// since writers differ in the prefixes they use. Attributes keep their qualified names, and
/// ``Element/attribute(_:)`` also finds a prefixed attribute by its local name.
enum XMLTree {
    /// One element: its local name, attributes, child elements and the text directly inside it.
    struct Element: Sendable {
        /// The element name without namespace prefix.
        var name: String
        /// The attributes, keyed by qualified name (`r:id`, `xml:space`).
        var attributes: [String: String]
        /// The child elements in document order.
        var children: [Element]
        /// The character data directly inside this element, concatenated.
        var text: String
        /// The line at which the element starts, for error messages.
        var line: Int

        /// The value of an attribute by exact or local name (`"id"` finds `r:id`).
        func attribute(_ name: String) -> String? {
            if let value = attributes[name] { return value }
            let suffix = ":" + name
            for (key, value) in attributes where key.hasSuffix(suffix) && !key.hasPrefix("xmlns") {
                return value
            }
            return nil
        }

        /// An integer attribute, or nil if absent or not an integer.
        func intAttribute(_ name: String) -> Int? {
            attribute(name).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        }

        /// A floating-point attribute, or nil if absent or not a number.
        func doubleAttribute(_ name: String) -> Double? {
            attribute(name).flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        }

        /// An `xsd:boolean` attribute ("1"/"true" or "0"/"false"), or `default` if absent.
        func boolAttribute(_ name: String, default defaultValue: Bool) -> Bool {
            guard let value = attribute(name) else { return defaultValue }
            return XMLTree.bool(value) ?? defaultValue
        }

        /// The first child element with the given local name.
        func child(_ name: String) -> Element? {
            children.first { $0.name == name }
        }

        /// All child elements with the given local name.
        func children(_ name: String) -> [Element] {
            children.filter { $0.name == name }
        }

        /// A short description for error messages, such as `<c r="B2">`.
        var tag: String {
            if let reference = attributes["r"] { return "<\(name) r=\"\(reference)\">" }
            if let reference = attributes["name"] { return "<\(name) name=\"\(reference)\">" }
            return "<\(name)> at line \(line)"
        }
    }

    /// The outcome of a failed parse.
    struct ParseFailure: Error {
        var line: Int
        var column: Int
        var reason: String
    }

    /// Parses `data` into its root element.
    static func parse(_ data: Data) throws(ParseFailure) -> Element {
        let parser = XMLParser(data: data)
        let builder = TreeBuilder()
        parser.delegate = builder
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        let succeeded = parser.parse()
        if let failure = builder.failure {
            throw failure
        }
        guard succeeded, let root = builder.root else {
            let reason = parser.parserError.map(describe) ?? "no root element"
            throw ParseFailure(line: parser.lineNumber, column: parser.columnNumber, reason: reason)
        }
        return root
    }

    /// A readable reason for an `XMLParser` error, such as
    /// `opening and ending tags do not match (XML error 76)`.
    ///
    /// `XMLParser` error codes are libxml2's `xmlParserErrors` numbers on every platform; the
    /// common ones are named here, since `localizedDescription` says nothing on Linux.
    static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        guard nsError.domain == XMLParser.errorDomain else { return nsError.localizedDescription }
        let reasons: [Int: String] = [
            4: "document is empty", 5: "extra content at the end of the document",
            6: "invalid hexadecimal character reference", 7: "invalid decimal character reference",
            8: "invalid character reference", 9: "invalid character", 23: "entity reference without ';'",
            26: "undefined entity", 31: "unknown encoding", 32: "unsupported encoding",
            38: "'<' in attribute value", 39: "attribute value not quoted", 40: "attribute value not closed",
            41: "attribute without value", 42: "attribute given twice", 57: "XML declaration not finished",
            63: "CDATA section not finished", 65: "space required", 68: "name required", 73: "'>' required",
            76: "opening and ending tags do not match", 77: "element not closed", 85: "elements not balanced",
            86: "extra content",
        ]
        let reason = reasons[nsError.code] ?? "not well-formed"
        return "\(reason) (XML error \(nsError.code))"
    }

    /// An `xsd:boolean` value, or nil if not one.
    static func bool(_ value: String) -> Bool? {
        switch value.trimmingCharacters(in: .whitespaces).lowercased() {
        case "1", "true", "on": return true
        case "0", "false", "off": return false
        default: return nil
        }
    }

    /// The local part of a possibly prefixed XML name.
    static func localName(_ qualifiedName: String) -> String {
        guard let colon = qualifiedName.lastIndex(of: ":") else { return qualifiedName }
        return String(qualifiedName[qualifiedName.index(after: colon)...])
    }

    /// Collects SAX events into a tree of ``Element``s.
    private final class TreeBuilder: NSObject, XMLParserDelegate {
        var stack: [Element] = []
        var root: Element?
        var failure: ParseFailure?

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            stack.append(
                Element(
                    name: XMLTree.localName(elementName), attributes: attributeDict, children: [], text: "",
                    line: parser.lineNumber))
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?
        ) {
            guard let element = stack.popLast() else {
                failure = ParseFailure(
                    line: parser.lineNumber, column: parser.columnNumber,
                    reason: "unexpected end tag </\(elementName)>")
                parser.abortParsing()
                return
            }
            if stack.isEmpty {
                root = element
            } else {
                stack[stack.count - 1].children.append(element)
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            appendText(string)
        }

        func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
            appendText(whitespaceString)
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            appendText(String(decoding: CDATABlock, as: UTF8.self))
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            // The first error is the one to report; the position is where the parser found it.
            if failure == nil {
                failure = ParseFailure(
                    line: parser.lineNumber, column: parser.columnNumber, reason: XMLTree.describe(parseError)
                )
            }
        }

        private func appendText(_ string: String) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += string
        }
    }
}
