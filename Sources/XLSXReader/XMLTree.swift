import Foundation
import TiltakLanguage

/// A minimal in-memory XML tree, enough for the small parts of an XLSX package (workbook,
/// relationships, styles, tables, a worksheet's settings).
///
/// Element names are stored without their namespace prefix (`x:row` and `row` are both `row`),
/// since writers differ in the prefixes they use. Attributes keep their qualified names, and
/// ``Element/attribute(_:)`` also finds a prefixed attribute by its local name.
///
/// The elements are stored flat, in document order, in one ``Nodes`` value that the ``Element``s
/// refer to: building and dropping a tree never recurses, however it is nested (and
/// ``XMLScanner`` refuses nesting deeper than ``XMLScanner/maximumDepth`` anyway).
enum XMLTree {
    /// One element: its local name, attributes, child elements and the text directly inside it.
    struct Element: Sendable {
        /// The tree the element is in.
        let nodes: Nodes
        /// The element's position in document order.
        let index: Int

        /// The element name without namespace prefix.
        var name: String { nodes.names[index] }
        /// The attributes, keyed by qualified name (`r:id`, `xml:space`).
        var attributes: [String: String] { nodes.attributes[index] }
        /// The character data directly inside this element, concatenated; empty for an element
        /// that has child elements (XLSX puts text only in elements without children).
        var text: String { nodes.texts[index] }
        /// The line at which the element starts, for error messages.
        var line: Int { nodes.lines[index] }

        /// The child elements in document order.
        var children: [Element] {
            nodes.children(of: index).map { Element(nodes: nodes, index: $0) }
        }

        /// The value of an attribute by exact or local name (`"id"` finds `r:id`).
        func attribute(_ name: String) -> String? {
            let attributes = self.attributes
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
            nodes.children(of: index).first { nodes.names[$0] == name }.map {
                Element(nodes: nodes, index: $0)
            }
        }

        /// All child elements with the given local name.
        func children(_ name: String) -> [Element] {
            nodes.children(of: index).filter { nodes.names[$0] == name }.map {
                Element(nodes: nodes, index: $0)
            }
        }

        /// A short description for error messages, such as `<c r="B2">`, or `<row> på linje 3`.
        var tag: XLSXReaderMessage {
            if let reference = attributes["r"] { return .element("<\(name) r=\"\(reference)\">") }
            if let reference = attributes["name"] { return .element("<\(name) name=\"\(reference)\">") }
            return .elementOnLine("<\(name)>", line: line)
        }
    }

    /// The elements of one tree, flat in document order.
    final class Nodes: Sendable {
        let names: [String]
        let attributes: [[String: String]]
        let texts: [String]
        let lines: [Int]
        /// The children of element `i` are `childList[childStart[i]..<childStart[i + 1]]`.
        let childStart: [Int]
        let childList: [Int]

        init(names: [String], attributes: [[String: String]], texts: [String], lines: [Int], parents: [Int]) {
            self.names = names
            self.attributes = attributes
            self.texts = texts
            self.lines = lines
            // Children grouped by parent, each group in document order (a counting sort).
            var start = [Int](repeating: 0, count: names.count + 1)
            for parent in parents where parent >= 0 { start[parent + 1] += 1 }
            for index in 0..<names.count { start[index + 1] += start[index] }
            var next = start
            var list = [Int](repeating: 0, count: max(start[names.count], 0))
            for (child, parent) in parents.enumerated() where parent >= 0 {
                list[next[parent]] = child
                next[parent] += 1
            }
            childStart = start
            childList = list
        }

        func children(of index: Int) -> ArraySlice<Int> {
            childList[childStart[index]..<childStart[index + 1]]
        }
    }

    /// The most elements a tree holds: far more than the parts read as trees (the workbook, its
    /// relationships and styles, tables, a worksheet without its cells) have.
    static let maximumElements = 1_000_000

    /// Collects scanner events into a tree.
    struct Builder {
        /// The most elements taken before the part is refused.
        let maximumElements: Int
        private var names: [String] = []
        private var attributes: [[String: String]] = []
        private var texts: [String] = []
        private var lines: [Int] = []
        private var parents: [Int] = []
        private var hasChildren: [Bool] = []
        private var stack: [Int] = []

        /// A builder that refuses a part of more than `maximumElements` elements.
        init(maximumElements: Int = XMLTree.maximumElements) {
            self.maximumElements = maximumElements
        }

        /// Adds the element of the scanner's current start event.
        mutating func start(_ scanner: inout XMLScanner) throws(XLSXReaderError) {
            let index = names.count
            guard index < maximumElements else {
                throw scanner.invalid(
                    element: .element("<\(names.first ?? scanner.localName)>"),
                    .tooManyElements(maximumElements))
            }
            if let parent = stack.last {
                if !hasChildren[parent] {
                    hasChildren[parent] = true
                    texts[parent] = ""
                }
            }
            names.append(scanner.localName)
            attributes.append(try scanner.attributeDictionary())
            texts.append("")
            lines.append(scanner.line(at: scanner.eventOffset))
            parents.append(stack.last ?? -1)
            hasChildren.append(false)
            stack.append(index)
        }

        /// Adds the scanner's current text to the open element, unless it has child elements.
        mutating func text(_ scanner: inout XMLScanner) throws(XLSXReaderError) {
            guard let current = stack.last, !hasChildren[current] else { return }
            texts[current] += try scanner.text()
        }

        /// Closes the open element.
        mutating func end() {
            _ = stack.popLast()
        }

        /// Passes one scanner event on; false at the end of the document.
        mutating func take(_ event: XMLScanner.Event, from scanner: inout XMLScanner) throws(XLSXReaderError)
            -> Bool
        {
            switch event {
            case .startElement: try start(&scanner)
            case .text: try text(&scanner)
            case .endElement: end()
            case .endOfDocument: return false
            }
            return true
        }

        /// The root element (the first one started).
        func root() -> Element {
            Element(
                nodes: Nodes(
                    names: names, attributes: attributes, texts: texts, lines: lines, parents: parents),
                index: 0)
        }
    }

    /// Parses `data` (a part of `fileName`) into its root element; a part of more than
    /// `maximumElements` elements is refused.
    static func parse(
        _ data: Data, fileName: String, part: String, maximumElements: Int = XMLTree.maximumElements
    ) throws(XLSXReaderError) -> Element {
        try XMLScanner.scan(data, fileName: fileName, part: part) { (scanner) throws(XLSXReaderError) in
            var builder = Builder(maximumElements: maximumElements)
            while try builder.take(try scanner.next(), from: &scanner) {}
            return builder.root()
        }
    }

    /// An `xsd:boolean` value, or nil if not one.
    static func bool(_ value: String) -> Bool? {
        switch value.trimmingCharacters(in: .whitespaces).lowercased() {
        case "1", "true", "on": return true
        case "0", "false", "off": return false
        default: return nil
        }
    }
}
