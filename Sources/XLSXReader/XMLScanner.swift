import Foundation
import TiltakLanguage

/// A pull parser for the XML of XLSX parts: start tags, end tags and text, one event at a time,
/// over the bytes of a part, without building anything the caller does not ask for.
///
/// It reads what XLSX parts hold — elements, attributes, character and entity references, CDATA,
/// comments and processing instructions — in UTF-8 (or UTF-16 and a few 8-bit encodings, converted
/// to UTF-8 first), and checks well-formedness: matching tags, quoted attributes given once, known
/// references, valid UTF-8 and XML characters, one root element. What XLSX parts may not hold is
/// refused: a document type declaration (so no entity expansion and no external entities), and
/// elements nested deeper than ``maximumDepth``. Texts and attribute values have no length limit;
/// attributes are checked in time linear in their number. Names, texts and values are byte ranges
/// until the caller turns one into a string.
///
/// Errors are ``XLSXReaderError/malformedXML(file:part:line:column:reason:)`` naming the line and
/// column (in characters) where the offending markup starts.
struct XMLScanner {
    /// What ``next()`` found.
    enum Event {
        /// A start tag (also for an empty-element tag, which is followed by its end event);
        /// ``name`` and ``attributes`` describe it.
        case startElement
        /// An end tag; ``name`` is the element's name.
        case endElement
        /// Character data (``textRange``), or a CDATA section (``textIsCDATA``).
        case text
        /// The end of the document, after the root element.
        case endOfDocument
    }

    /// An attribute of the current start tag, as byte ranges.
    struct Attribute {
        var name: Range<Int>
        var value: Range<Int>
    }

    /// The deepest nesting of elements read.
    static let maximumDepth = 256

    /// What the scanner keeps on the heap, in one object so that copying a scanner (which a
    /// debug build does for every call on one) costs one reference count, not one for each array.
    private final class State {
        /// The file name and part, for errors.
        let fileName: String
        let part: String
        /// The attributes of the current start tag: the first `attributeCount` (the array is
        /// reused from tag to tag).
        var attributes: [Attribute] = []
        var attributeCount = 0
        /// The names of the open elements.
        var open: [Range<Int>] = []

        init(fileName: String, part: String) {
            self.fileName = fileName
            self.part = part
        }
    }

    private let base: UnsafePointer<UInt8>
    /// The number of bytes.
    let count: Int
    private let state: State

    private var position = 0
    /// Where the current event's markup (or text) starts.
    private(set) var eventOffset = 0
    /// The qualified name of the current start or end tag.
    private(set) var name: Range<Int> = 0..<0
    /// The attributes of the current start tag.
    var attributes: ArraySlice<Attribute> { state.attributes[0..<state.attributeCount] }
    /// Whether the current start tag is an empty-element tag (`<x/>`).
    private(set) var isEmptyElement = false
    /// The current text event's bytes.
    private(set) var textRange: Range<Int> = 0..<0
    /// Whether the current text event is a CDATA section (no references in it).
    private(set) var textIsCDATA = false

    private var pendingEnd = false
    private var rootSeen = false
    private var lineMark = (offset: 0, line: 1)

    /// The number of open elements: after a start event it counts the new element (the root is
    /// at depth 1), after an end event it no longer counts the closed one.
    private(set) var depth = 0

    private init(base: UnsafePointer<UInt8>, count: Int, fileName: String, part: String) {
        self.base = base
        self.count = count
        self.state = State(fileName: fileName, part: part)
        if count >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF { position = 3 }
    }

    /// Runs `body` with a scanner over `data` (converted to UTF-8 first when it declares or starts
    /// like another encoding).
    static func scan<Value>(
        _ data: Data, fileName: String, part: String,
        _ body: (inout XMLScanner) throws(XLSXReaderError) -> Value
    ) throws(XLSXReaderError) -> Value {
        let utf8 = try XMLEncoding.utf8(data, fileName: fileName, part: part)
        let outcome: Result<Value, XLSXReaderError> = utf8.withUnsafeBytes { raw in
            guard let address = raw.baseAddress, raw.count > 0 else {
                return .failure(
                    .malformedXML(
                        file: fileName, part: part, line: 1, column: 1, reason: .emptyDocument))
            }
            var scanner = XMLScanner(
                base: address.assumingMemoryBound(to: UInt8.self), count: raw.count, fileName: fileName,
                part: part)
            do throws(XLSXReaderError) {
                return .success(try body(&scanner))
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    // MARK: - Events

    /// The next event.
    mutating func next() throws(XLSXReaderError) -> Event {
        if pendingEnd {
            pendingEnd = false
            name = state.open.removeLast()
            depth -= 1
            return .endElement
        }
        while true {
            guard position < count else {
                if let last = state.open.last {
                    throw failure(at: count, .endsBeforeClosing(shown(last)))
                }
                if !rootSeen { throw failure(at: count, .emptyDocument) }
                return .endOfDocument
            }
            if base[position] != Byte.lessThan {
                let start = position
                position = find(Byte.lessThan, from: position) ?? count
                if depth == 0 {
                    if let text = firstNonWhitespace(start..<position) {
                        throw failure(
                            at: text, rootSeen ? .contentAfterRoot : .textBeforeRoot)
                    }
                    continue
                }
                eventOffset = start
                textRange = start..<position
                textIsCDATA = false
                return .text
            }
            eventOffset = position
            guard position + 1 < count else { throw failure(at: position, .endsInMarkup) }
            switch base[position + 1] {
            case Byte.slash:
                return try endTag()
            case Byte.question:
                guard let end = find("?>", from: position + 2) else {
                    throw failure(at: position, .unterminatedProcessingInstruction)
                }
                position = end + 2
            case Byte.exclamation:
                if hasPrefix("<!--", at: position) {
                    guard let end = find("-->", from: position + 4) else {
                        throw failure(at: position, .unterminatedComment)
                    }
                    position = end + 3
                } else if hasPrefix("<![CDATA[", at: position) {
                    guard depth > 0 else { throw failure(at: position, .cdataOutsideRoot) }
                    guard let end = find("]]>", from: position + 9) else {
                        throw failure(at: position, .unterminatedCDATA)
                    }
                    textRange = position + 9..<end
                    textIsCDATA = true
                    position = end + 3
                    return .text
                } else if hasPrefix("<!DOCTYPE", at: position) {
                    throw failure(
                        at: position, .doctypeNotAllowed)
                } else {
                    throw failure(at: position, .unknownMarkup)
                }
            default:
                return try startTag()
            }
        }
    }

    private mutating func startTag() throws(XLSXReaderError) -> Event {
        if depth == 0 && rootSeen { throw failure(at: position, .contentAfterRoot) }
        position += 1
        let nameRange = try scanName(what: .element)
        state.attributeCount = 0
        while true {
            let hadSpace = skipWhitespace()
            guard position < count else {
                throw failure(at: eventOffset, .endsInTag(shown(nameRange)))
            }
            let byte = base[position]
            if byte == Byte.greaterThan {
                position += 1
                isEmptyElement = false
                break
            }
            if byte == Byte.slash {
                guard position + 1 < count, base[position + 1] == Byte.greaterThan else {
                    throw failure(at: position, .slashWithoutGreaterThan(shown(nameRange)))
                }
                position += 2
                isEmptyElement = true
                break
            }
            guard hadSpace else {
                throw failure(
                    at: position, .spaceMissingBeforeAttribute(shown(nameRange)))
            }
            let attributeName = try scanName(what: .attribute)
            skipWhitespace()
            guard position < count, base[position] == Byte.equals else {
                throw failure(at: position, .attributeWithoutValue(shown(attributeName)))
            }
            position += 1
            skipWhitespace()
            guard position < count, base[position] == Byte.quote || base[position] == Byte.apostrophe else {
                throw failure(at: position, .unquotedAttributeValue)
            }
            let valueStart = position + 1
            guard let valueEnd = find(base[position], from: valueStart) else {
                throw failure(at: position, .unterminatedAttributeValue)
            }
            if let lessThan = find(Byte.lessThan, from: valueStart, to: valueEnd) {
                throw failure(at: lessThan, .lessThanInAttributeValue)
            }
            let attribute = Attribute(name: attributeName, value: valueStart..<valueEnd)
            if state.attributeCount < state.attributes.count {
                state.attributes[state.attributeCount] = attribute
            } else {
                state.attributes.append(attribute)
            }
            state.attributeCount += 1
            position = valueEnd + 1
        }
        try checkUniqueAttributes()
        guard depth < Self.maximumDepth else {
            throw failure(at: eventOffset, .nestedTooDeep(Self.maximumDepth))
        }
        name = nameRange
        state.open.append(nameRange)
        depth += 1
        rootSeen = true
        pendingEnd = isEmptyElement
        return .startElement
    }

    private mutating func endTag() throws(XLSXReaderError) -> Event {
        position += 2
        let nameRange = try scanName(what: .element)
        skipWhitespace()
        guard position < count, base[position] == Byte.greaterThan else {
            throw failure(at: position, .endTagWithoutGreaterThan(shown(nameRange)))
        }
        guard let last = state.open.last else {
            throw failure(at: eventOffset, .endTagWithoutElement(shown(nameRange)))
        }
        guard equal(last, nameRange) else {
            throw failure(
                at: eventOffset,
                .endTagMismatch(shown(nameRange), open: shown(last)))
        }
        position += 1
        name = state.open.removeLast()
        depth -= 1
        return .endElement
    }

    /// Refuses an attribute given twice: pairwise for a few, through a set for many.
    private func checkUniqueAttributes() throws(XLSXReaderError) {
        let attributes = state.attributes
        let count = state.attributeCount
        guard count > 1 else { return }
        if count <= 16 {
            for i in 1..<count {
                for j in 0..<i where equal(attributes[i].name, attributes[j].name) {
                    throw duplicate(attributes[i])
                }
            }
            return
        }
        var seen = Set<String>(minimumCapacity: count)
        for index in 0..<count where !seen.insert(string(attributes[index].name)).inserted {
            throw duplicate(attributes[index])
        }
    }

    private func duplicate(_ attribute: Attribute) -> XLSXReaderError {
        failure(
            at: attribute.name.lowerBound,
            .duplicateAttribute(shown(attribute.name)))
    }

    // MARK: - Names and attributes

    /// Whether the current tag's local name (without prefix) is `local`.
    func isNamed(_ local: StaticString) -> Bool {
        localNameEquals(name, local)
    }

    /// The current tag's local name.
    var localName: String {
        var start = name.lowerBound
        var index = name.upperBound
        while index > name.lowerBound {
            index -= 1
            if base[index] == Byte.colon {
                start = index + 1
                break
            }
        }
        return string(start..<name.upperBound)
    }

    /// The current start tag's attribute by exact name, else by local name (`id` finds `r:id`,
    /// never an `xmlns:` declaration).
    func attribute(_ local: StaticString) -> Attribute? {
        var byLocalName: Attribute?
        let attributes = state.attributes
        for index in 0..<state.attributeCount {
            let attribute = attributes[index]
            if equal(attribute.name, local) { return attribute }
            if byLocalName == nil, localNameEquals(attribute.name, local),
                !hasPrefix("xmlns", in: attribute.name)
            {
                byLocalName = attribute
            }
        }
        return byLocalName
    }

    /// The value of the current start tag's attribute (see ``attribute(_:)``), decoded.
    func attributeValue(_ local: StaticString) throws(XLSXReaderError) -> String? {
        guard let attribute = attribute(local) else { return nil }
        return try value(attribute)
    }

    /// The current start tag's attributes by qualified name.
    func attributeDictionary() throws(XLSXReaderError) -> [String: String] {
        let attributes = state.attributes
        var result = [String: String](minimumCapacity: state.attributeCount)
        for attribute in attributes[0..<state.attributeCount] {
            result[string(attribute.name)] = try value(attribute)
        }
        return result
    }

    /// An attribute's value with references decoded and white space normalised as XML does.
    func value(_ attribute: Attribute) throws(XLSXReaderError) -> String {
        try decode(attribute.value, isAttribute: true)
    }

    /// The current text event's characters: references decoded and line ends normalised, except
    /// in a CDATA section.
    func text() throws(XLSXReaderError) -> String {
        if textIsCDATA {
            try validate(textRange)
            return string(textRange)
        }
        return try decode(textRange, isAttribute: false)
    }

    // MARK: - Positions

    /// The line (from 1) of `offset`; faster for offsets that do not go back.
    mutating func line(at offset: Int) -> Int {
        if offset < lineMark.offset { lineMark = (0, 1) }
        var line = lineMark.line
        var index = lineMark.offset
        while let newline = find(Byte.newline, from: index, to: offset) {
            line += 1
            index = newline + 1
        }
        lineMark = (offset, line)
        return line
    }

    /// The line and column (in characters, from 1) of `offset`.
    func location(of offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        while let newline = find(Byte.newline, from: lineStart, to: offset) {
            line += 1
            lineStart = newline + 1
        }
        var column = 1
        var index = lineStart
        while index < offset {
            if base[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return (line, column)
    }

    /// An error for well-formed content the reader will not take, in `element`.
    func invalid(element: XLSXReaderMessage, _ reason: XLSXReaderMessage) -> XLSXReaderError {
        .invalidContent(file: state.fileName, part: state.part, element: element, reason: reason)
    }

    /// A malformed-XML error at `offset`.
    func failure(at offset: Int, _ reason: XLSXReaderMessage) -> XLSXReaderError {
        let (line, column) = location(of: min(offset, count))
        return .malformedXML(
            file: state.fileName, part: state.part, line: line, column: column, reason: reason)
    }

    // MARK: - Bytes

    /// A name for a message: at most 40 bytes of it.
    private func shown(_ range: Range<Int>) -> String {
        guard range.upperBound - range.lowerBound > 40 else { return string(range) }
        return String(string(range.lowerBound..<range.lowerBound + 40).prefix(36)) + "…"
    }

    /// The bytes of `range` as a string, without decoding anything (names; checked text).
    func string(_ range: Range<Int>) -> String {
        String(
            decoding: UnsafeBufferPointer(
                start: base + range.lowerBound, count: range.upperBound - range.lowerBound),
            as: UTF8.self)
    }

    /// The kinds of name a tag has.
    private enum NameKind {
        case element
        case attribute
    }

    private mutating func scanName(what: NameKind) throws(XLSXReaderError) -> Range<Int> {
        let start = position
        guard position < count, Byte.isNameStart(base[position]) else {
            let found = position < count ? string(position..<min(position + 1, count)) : nil
            throw failure(
                at: position,
                what == .element ? .expectedElementName(found: found) : .expectedAttributeName(found: found))
        }
        position += 1
        while position < count, Byte.isName(base[position]) { position += 1 }
        return start..<position
    }

    @discardableResult
    private mutating func skipWhitespace() -> Bool {
        let start = position
        while position < count, Byte.isWhitespace(base[position]) { position += 1 }
        return position > start
    }

    private func firstNonWhitespace(_ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound {
            if !Byte.isWhitespace(base[index]) { return index }
            index += 1
        }
        return nil
    }

    /// The offset of the next `byte` in `from..<to` (to the end when `to` is nil).
    private func find(_ byte: UInt8, from: Int, to: Int? = nil) -> Int? {
        let end = to ?? count
        guard from < end else { return nil }
        guard let found = memchr(base + from, Int32(byte), end - from) else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    /// The offset of the next occurrence of `literal` from `from`.
    private func find(_ literal: StaticString, from: Int) -> Int? {
        let length = literal.utf8CodeUnitCount
        var index = from
        while let candidate = find(literal.utf8Start[0], from: index) {
            guard candidate + length <= count else { return nil }
            if memcmp(base + candidate, literal.utf8Start, length) == 0 { return candidate }
            index = candidate + 1
        }
        return nil
    }

    private func hasPrefix(_ literal: StaticString, at offset: Int) -> Bool {
        let length = literal.utf8CodeUnitCount
        return offset + length <= count && memcmp(base + offset, literal.utf8Start, length) == 0
    }

    private func hasPrefix(_ literal: StaticString, in range: Range<Int>) -> Bool {
        range.upperBound - range.lowerBound >= literal.utf8CodeUnitCount
            && hasPrefix(literal, at: range.lowerBound)
    }

    private func equal(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        let length = a.upperBound - a.lowerBound
        return length == b.upperBound - b.lowerBound
            && memcmp(base + a.lowerBound, base + b.lowerBound, length) == 0
    }

    private func equal(_ range: Range<Int>, _ literal: StaticString) -> Bool {
        let length = range.upperBound - range.lowerBound
        return length == literal.utf8CodeUnitCount
            && memcmp(base + range.lowerBound, literal.utf8Start, length) == 0
    }

    /// Whether the part of `range` after its last colon is `local`.
    private func localNameEquals(_ range: Range<Int>, _ local: StaticString) -> Bool {
        let length = local.utf8CodeUnitCount
        guard range.upperBound - range.lowerBound >= length else { return false }
        let start = range.upperBound - length
        guard memcmp(base + start, local.utf8Start, length) == 0 else { return false }
        return start == range.lowerBound || base[start - 1] == Byte.colon
    }

    // MARK: - Decoding

    /// Checks that `range` is UTF-8 holding only characters XML allows.
    private func validate(_ range: Range<Int>) throws(XLSXReaderError) {
        let offset = XMLCharacters.firstInvalid(base, range)
        if offset >= 0 {
            throw failure(at: offset, XMLCharacters.reason(base, offset, end: range.upperBound))
        }
    }

    /// The characters of `range` with references decoded, and line ends (and in attribute values
    /// tabs and line ends) normalised as XML does.
    private func decode(_ range: Range<Int>, isAttribute: Bool) throws(XLSXReaderError) -> String {
        // Most values are a few ASCII bytes with nothing to decode.
        let length = range.upperBound - range.lowerBound
        if length <= 64 {
            var index = range.lowerBound
            var plain = true
            while index < range.upperBound {
                let byte = base[index]
                if byte < 0x20 || byte >= 0x7F || byte == Byte.ampersand {
                    plain = false
                    break
                }
                index += 1
            }
            if plain { return string(range) }
        }
        try validate(range)
        let needsWork =
            find(Byte.ampersand, from: range.lowerBound, to: range.upperBound) != nil
            || find(Byte.carriageReturn, from: range.lowerBound, to: range.upperBound) != nil
            || (isAttribute
                && (find(Byte.newline, from: range.lowerBound, to: range.upperBound) != nil
                    || find(Byte.tab, from: range.lowerBound, to: range.upperBound) != nil))
        guard needsWork else { return string(range) }
        // Every reference is at least as long as the UTF-8 it stands for.
        var problem: (offset: Int, reason: XLSXReaderMessage)?
        let result = String(unsafeUninitializedCapacity: length) { output in
            var written = 0
            var index = range.lowerBound
            while index < range.upperBound {
                let byte = base[index]
                switch byte {
                case Byte.ampersand:
                    switch reference(at: index, end: range.upperBound) {
                    case .success(let (scalar, length)):
                        if let encoded = UTF8.encode(scalar) {
                            for unit in encoded {
                                output[written] = unit
                                written += 1
                            }
                        }
                        index += length
                    case .failure(let failure):
                        problem = (index, failure.reason)
                        return written
                    }
                case Byte.carriageReturn:
                    output[written] = isAttribute ? Byte.space : Byte.newline
                    written += 1
                    index += 1
                    if index < range.upperBound, base[index] == Byte.newline { index += 1 }
                case Byte.newline, Byte.tab:
                    output[written] = isAttribute ? Byte.space : byte
                    written += 1
                    index += 1
                default:
                    output[written] = byte
                    written += 1
                    index += 1
                }
            }
            return written
        }
        if let problem { throw failure(at: problem.offset, problem.reason) }
        return result
    }

    /// Why a reference could not be read.
    private struct ReferenceFailure: Error {
        var reason: XLSXReaderMessage
    }

    /// The character the reference at `offset` stands for, and the reference's length in bytes.
    private func reference(at offset: Int, end: Int) -> Swift.Result<(Unicode.Scalar, Int), ReferenceFailure>
    {
        guard let semicolon = find(Byte.semicolon, from: offset + 1, to: min(end, offset + 32)) else {
            return .failure(ReferenceFailure(reason: .entityWithoutSemicolon))
        }
        let body = offset + 1..<semicolon
        let text = string(body)
        let length = semicolon + 1 - offset
        switch text {
        case "lt": return .success(("<", length))
        case "gt": return .success((">", length))
        case "amp": return .success(("&", length))
        case "quot": return .success(("\"", length))
        case "apos": return .success(("'", length))
        default: break
        }
        guard text.hasPrefix("#") else {
            if text.isEmpty || text.contains(where: { $0 == " " || $0 == "&" || $0 == "<" }) {
                return .failure(ReferenceFailure(reason: .entityWithoutSemicolon))
            }
            return .failure(ReferenceFailure(reason: .unknownEntity(text)))
        }
        let digits = text.dropFirst()
        let isHex = digits.hasPrefix("x")
        let number = isHex ? digits.dropFirst() : digits
        let value: UInt32? =
            number.allSatisfy({ isHex ? $0.isHexDigit : $0.isASCII && $0.isNumber })
            ? UInt32(number, radix: isHex ? 16 : 10) : nil
        guard let value, let scalar = Unicode.Scalar(value), XMLCharacters.isAllowed(value) else {
            return .failure(ReferenceFailure(reason: .invalidCharacterReference(text)))
        }
        return .success((scalar, length))
    }
}

/// The bytes the scanner looks for.
enum Byte {
    static let tab: UInt8 = 0x09
    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let exclamation: UInt8 = 0x21
    static let quote: UInt8 = 0x22
    static let ampersand: UInt8 = 0x26
    static let apostrophe: UInt8 = 0x27
    static let slash: UInt8 = 0x2F
    static let colon: UInt8 = 0x3A
    static let semicolon: UInt8 = 0x3B
    static let lessThan: UInt8 = 0x3C
    static let equals: UInt8 = 0x3D
    static let greaterThan: UInt8 = 0x3E
    static let question: UInt8 = 0x3F

    /// XML white space.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == newline || byte == tab || byte == carriageReturn
    }

    /// A byte that may start a name: a letter, `_`, `:` or any byte of a non-ASCII character.
    static func isNameStart(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F || byte == colon
    }

    /// A byte that may continue a name: also digits, `-` and `.`.
    static func isName(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E
    }
}
