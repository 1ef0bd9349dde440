import Foundation

/// Writes one YAML document event by event, byte for byte as libyaml's emitter writes the same
/// events through Yams (`Yams.serialize(node:indent: 2, width: -1, allowUnicode: true)`).
///
/// The plan writer once built a tree of Yams nodes for the whole plan and had libyaml write it, which
/// took most of the time and gigabytes of memory for a plan of a million actions. This is the part
/// of libyaml's emitter that those nodes used — block and flow mappings and sequences, implicit
/// tags, plain, quoted and literal scalars, an indent of 2 and no line width — followed step by
/// step (`emitter.c`: the states, `yaml_emitter_analyze_scalar`, `yaml_emitter_select_scalar_style`
/// and the scalar writers), so that its output is the same for every value; the tests compare the two.
/// A start event is handled when the next event comes, which tells whether the collection is empty
/// (written `[]` or `{}`), as libyaml looks ahead.
struct YAMLEmitter {
    /// The style asked for a scalar; the emitter may choose another where this one cannot hold the
    /// text (as libyaml does).
    enum Style {
        /// Plain if the text allows it in its place, else single-quoted, else double-quoted.
        case any
        /// Double-quoted.
        case doubleQuoted
        /// A literal block (`|`), else double-quoted.
        case literal
    }

    /// What is written next.
    private enum Event {
        case scalar(String, Style)
        case sequenceStart(flow: Bool)
        case sequenceEnd
        case mappingStart(flow: Bool)
        case mappingEnd
        case documentEnd

        /// Whether this event, coming right after `start`, ends it at once.
        func ends(_ start: Event) -> Bool {
            switch (start, self) {
            case (.sequenceStart, .sequenceEnd), (.mappingStart, .mappingEnd): true
            default: false
            }
        }
    }

    /// libyaml's emitter states (`yaml_emitter_state_t`), those an implicit document reaches.
    private enum State {
        case documentContent, documentEnd, flowSequenceFirstItem, flowSequenceItem, flowMappingFirstKey
        case flowMappingKey, flowMappingSimpleValue, flowMappingValue, blockSequenceFirstItem
        case blockSequenceItem, blockMappingFirstKey, blockMappingKey, blockMappingSimpleValue
        case blockMappingValue
    }

    /// The style a scalar is written in.
    private enum Written {
        case plain, singleQuoted, doubleQuoted, literal
    }

    /// What libyaml finds in a scalar (`scalar_data`).
    private struct Analysis {
        var length = 0
        var multiline = false
        var flowPlainAllowed = false
        var blockPlainAllowed = true
        var singleQuotedAllowed = true
        var blockAllowed = false
    }

    private static let bestIndent = 2

    /// Takes the text in pieces, in order.
    private let output: (UnsafeRawBufferPointer) -> Void
    /// The text not yet handed to `output`.
    private var bytes: [UInt8] = []
    private var waiting: Event?

    private var state = State.documentContent
    private var states: [State] = []
    private var indent = -1
    private var indents: [Int] = []
    private var flowLevel = 0
    private var mappingContext = false
    private var simpleKeyContext = false
    private var column = 0
    private var whitespace = true
    private var indention = true
    private var openEnded = 0

    /// An emitter whose text starts with `prefix` (a comment, say), written as it is, and goes to
    /// `output` in pieces of about 64 KiB.
    init(prefix: String = "", output: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.output = output
        bytes.reserveCapacity(Self.flushSize + 4096)
        bytes.append(contentsOf: prefix.utf8)
    }

    // MARK: - Events

    /// Writes a scalar.
    mutating func scalar(_ text: String, _ style: Style = .any) { emit(.scalar(text, style)) }

    /// Starts a sequence, in flow style (`[a, b]`) or block style.
    mutating func sequenceStart(flow: Bool) { emit(.sequenceStart(flow: flow)) }

    /// Ends the sequence started last.
    mutating func sequenceEnd() { emit(.sequenceEnd) }

    /// Starts a mapping, in flow style (`{a: b}`) or block style.
    mutating func mappingStart(flow: Bool) { emit(.mappingStart(flow: flow)) }

    /// Ends the mapping started last.
    mutating func mappingEnd() { emit(.mappingEnd) }

    /// Ends the document and hands the rest of its text to the output.
    mutating func finish() {
        emit(.documentEnd)
        // DOCUMENT-END (implicit), then STREAM-END.
        writeIndent()
        if openEnded == 0 { openEnded = 1 }
        if openEnded == 2 {
            writeIndicator("...", needWhitespace: true, isWhitespace: false, isIndention: false)
            openEnded = 0
            writeIndent()
        }
        flush()
    }

    private mutating func emit(_ event: Event) {
        if let start = waiting {
            waiting = nil
            handle(start, nextIsEnd: event.ends(start))
        }
        switch event {
        case .sequenceStart, .mappingStart: waiting = event
        case .documentEnd: break
        default: handle(event, nextIsEnd: false)
        }
    }

    // MARK: - States (yaml_emitter_state_machine)

    private mutating func handle(_ event: Event, nextIsEnd empty: Bool) {
        switch state {
        case .documentContent:
            states.append(.documentEnd)
            node(event, mapping: false, simpleKey: false, empty: empty)
        case .documentEnd:
            break
        case .flowSequenceFirstItem, .flowSequenceItem:
            let first = state == .flowSequenceFirstItem
            if first {
                writeIndicator("[", needWhitespace: true, isWhitespace: true, isIndention: false)
                increaseIndent(flow: true, indentless: false)
                flowLevel += 1
            }
            if case .sequenceEnd = event {
                flowLevel -= 1
                popIndent()
                writeIndicator("]", needWhitespace: false, isWhitespace: false, isIndention: false)
                popState()
                return
            }
            if !first { writeIndicator(",", needWhitespace: false, isWhitespace: false, isIndention: false) }
            states.append(.flowSequenceItem)
            node(event, mapping: false, simpleKey: false, empty: empty)
        case .flowMappingFirstKey, .flowMappingKey:
            let first = state == .flowMappingFirstKey
            if first {
                writeIndicator("{", needWhitespace: true, isWhitespace: true, isIndention: false)
                increaseIndent(flow: true, indentless: false)
                flowLevel += 1
            }
            if case .mappingEnd = event {
                flowLevel -= 1
                popIndent()
                writeIndicator("}", needWhitespace: false, isWhitespace: false, isIndention: false)
                popState()
                return
            }
            if !first { writeIndicator(",", needWhitespace: false, isWhitespace: false, isIndention: false) }
            if isSimpleKey(event, empty: empty) {
                states.append(.flowMappingSimpleValue)
                node(event, mapping: true, simpleKey: true, empty: empty)
            } else {
                writeIndicator("?", needWhitespace: true, isWhitespace: false, isIndention: false)
                states.append(.flowMappingValue)
                node(event, mapping: true, simpleKey: false, empty: empty)
            }
        case .flowMappingSimpleValue:
            writeIndicator(":", needWhitespace: false, isWhitespace: false, isIndention: false)
            states.append(.flowMappingKey)
            node(event, mapping: true, simpleKey: false, empty: empty)
        case .flowMappingValue:
            writeIndicator(":", needWhitespace: true, isWhitespace: false, isIndention: false)
            states.append(.flowMappingKey)
            node(event, mapping: true, simpleKey: false, empty: empty)
        case .blockSequenceFirstItem, .blockSequenceItem:
            if state == .blockSequenceFirstItem {
                increaseIndent(flow: false, indentless: mappingContext && !indention)
            }
            if case .sequenceEnd = event {
                popIndent()
                popState()
                return
            }
            writeIndent()
            writeIndicator("-", needWhitespace: true, isWhitespace: false, isIndention: true)
            states.append(.blockSequenceItem)
            node(event, mapping: false, simpleKey: false, empty: empty)
        case .blockMappingFirstKey, .blockMappingKey:
            if state == .blockMappingFirstKey { increaseIndent(flow: false, indentless: false) }
            if case .mappingEnd = event {
                popIndent()
                popState()
                return
            }
            writeIndent()
            if isSimpleKey(event, empty: empty) {
                states.append(.blockMappingSimpleValue)
                node(event, mapping: true, simpleKey: true, empty: empty)
            } else {
                writeIndicator("?", needWhitespace: true, isWhitespace: false, isIndention: true)
                states.append(.blockMappingValue)
                node(event, mapping: true, simpleKey: false, empty: empty)
            }
        case .blockMappingSimpleValue:
            writeIndicator(":", needWhitespace: false, isWhitespace: false, isIndention: false)
            states.append(.blockMappingKey)
            node(event, mapping: true, simpleKey: false, empty: empty)
        case .blockMappingValue:
            writeIndent()
            writeIndicator(":", needWhitespace: true, isWhitespace: false, isIndention: true)
            states.append(.blockMappingKey)
            node(event, mapping: true, simpleKey: false, empty: empty)
        }
    }

    /// yaml_emitter_emit_node.
    private mutating func node(_ event: Event, mapping: Bool, simpleKey: Bool, empty: Bool) {
        mappingContext = mapping
        simpleKeyContext = simpleKey
        switch event {
        case .scalar(let text, let style):
            var text = text
            text.withUTF8 { emitScalar($0, style) }
        case .sequenceStart(let flow):
            state = flowLevel > 0 || flow || empty ? .flowSequenceFirstItem : .blockSequenceFirstItem
        case .mappingStart(let flow):
            state = flowLevel > 0 || flow || empty ? .flowMappingFirstKey : .blockMappingFirstKey
        case .sequenceEnd, .mappingEnd, .documentEnd:
            break
        }
    }

    /// yaml_emitter_check_simple_key: a scalar on one line of at most 128 bytes, or an empty collection.
    private func isSimpleKey(_ event: Event, empty: Bool) -> Bool {
        switch event {
        case .scalar(let text, _):
            var text = text
            return text.withUTF8 { !Self.analyse($0).multiline && $0.count <= 128 }
        case .sequenceStart, .mappingStart:
            return empty
        default:
            return false
        }
    }

    private mutating func increaseIndent(flow: Bool, indentless: Bool) {
        indents.append(indent)
        if indent < 0 {
            indent = flow ? Self.bestIndent : 0
        } else if !indentless {
            indent += Self.bestIndent
        }
    }

    private mutating func popIndent() { indent = indents.popLast() ?? -1 }

    private mutating func popState() { state = states.popLast() ?? .documentEnd }

    // MARK: - Scalars

    /// yaml_emitter_emit_scalar.
    private mutating func emitScalar(_ text: UnsafeBufferPointer<UInt8>, _ style: Style) {
        let analysis = Self.analyse(text)
        let written = select(style, analysis)
        increaseIndent(flow: true, indentless: false)
        switch written {
        case .plain: writePlain(text, multiline: analysis.multiline)
        case .singleQuoted: writeSingleQuoted(text)
        case .doubleQuoted: writeDoubleQuoted(text)
        case .literal: writeLiteral(text)
        }
        popIndent()
        popState()
    }

    /// yaml_emitter_select_scalar_style (implicit tags, not canonical).
    private func select(_ style: Style, _ analysis: Analysis) -> Written {
        var written: Written
        switch style {
        case .any: written = .plain
        case .doubleQuoted: written = .doubleQuoted
        case .literal: written = .literal
        }
        if simpleKeyContext && analysis.multiline { written = .doubleQuoted }
        if written == .plain {
            if (flowLevel > 0 && !analysis.flowPlainAllowed)
                || (flowLevel == 0 && !analysis.blockPlainAllowed)
            {
                written = .singleQuoted
            }
            if analysis.length == 0 && (flowLevel > 0 || simpleKeyContext) { written = .singleQuoted }
        }
        if written == .singleQuoted && !analysis.singleQuotedAllowed { written = .doubleQuoted }
        if written == .literal && (!analysis.blockAllowed || flowLevel > 0 || simpleKeyContext) {
            written = .doubleQuoted
        }
        return written
    }

    /// yaml_emitter_analyze_scalar (Unicode allowed).
    private static func analyse(_ text: UnsafeBufferPointer<UInt8>) -> Analysis {
        let count = text.count
        guard count > 0 else { return Analysis() }
        let view = Bytes(text)
        var blockIndicators = false
        var flowIndicators = false
        var lineBreaks = false
        var specialCharacters = false
        var leadingSpace = false
        var leadingBreak = false
        var trailingSpace = false
        var trailingBreak = false
        var breakSpace = false
        var spaceBreak = false
        var previousSpace = false
        var previousBreak = false

        if (view[0] == Byte.dash && view[1] == Byte.dash && view[2] == Byte.dash)
            || (view[0] == Byte.dot && view[1] == Byte.dot && view[2] == Byte.dot)
        {
            blockIndicators = true
            flowIndicators = true
        }
        var precededByWhitespace = true
        var followedByWhitespace = view.isBlankOrEnd(view.width(0))
        var position = 0
        while position < count {
            let byte = view[position]
            if position == 0 {
                if Byte.isLeadingIndicator(byte) {
                    flowIndicators = true
                    blockIndicators = true
                }
                if byte == Byte.question || byte == Byte.colon {
                    flowIndicators = true
                    if followedByWhitespace { blockIndicators = true }
                }
                if byte == Byte.dash && followedByWhitespace {
                    flowIndicators = true
                    blockIndicators = true
                }
            } else {
                if Byte.isFlowIndicator(byte) { flowIndicators = true }
                if byte == Byte.colon {
                    flowIndicators = true
                    if followedByWhitespace { blockIndicators = true }
                }
                if byte == Byte.hash && precededByWhitespace {
                    flowIndicators = true
                    blockIndicators = true
                }
            }
            if !view.isPrintable(position) { specialCharacters = true }
            let isBreak = view.isBreak(position)
            if isBreak { lineBreaks = true }
            let width = view.width(position)
            if byte == Byte.space {
                if position == 0 { leadingSpace = true }
                if position + width == count { trailingSpace = true }
                if previousBreak { breakSpace = true }
                previousSpace = true
                previousBreak = false
            } else if isBreak {
                if position == 0 { leadingBreak = true }
                if position + width == count { trailingBreak = true }
                if previousSpace { spaceBreak = true }
                previousSpace = false
                previousBreak = true
            } else {
                previousSpace = false
                previousBreak = false
            }
            precededByWhitespace = view.isBlankOrEnd(position)
            position += width
            if position < count { followedByWhitespace = view.isBlankOrEnd(position + view.width(position)) }
        }

        var analysis = Analysis(
            length: count, multiline: lineBreaks, flowPlainAllowed: true, blockPlainAllowed: true,
            singleQuotedAllowed: true, blockAllowed: true)
        if leadingSpace || leadingBreak || trailingSpace || trailingBreak {
            analysis.flowPlainAllowed = false
            analysis.blockPlainAllowed = false
        }
        if trailingSpace { analysis.blockAllowed = false }
        if breakSpace {
            analysis.flowPlainAllowed = false
            analysis.blockPlainAllowed = false
            analysis.singleQuotedAllowed = false
        }
        if spaceBreak || specialCharacters {
            analysis.flowPlainAllowed = false
            analysis.blockPlainAllowed = false
            analysis.singleQuotedAllowed = false
            analysis.blockAllowed = false
        }
        if lineBreaks {
            analysis.flowPlainAllowed = false
            analysis.blockPlainAllowed = false
        }
        if flowIndicators { analysis.flowPlainAllowed = false }
        if blockIndicators { analysis.blockPlainAllowed = false }
        return analysis
    }

    /// yaml_emitter_write_plain_scalar (no line width: spaces are never broken).
    private mutating func writePlain(_ text: UnsafeBufferPointer<UInt8>, multiline: Bool) {
        let view = Bytes(text)
        if !whitespace && (text.count > 0 || flowLevel > 0) { put(Byte.space) }
        if !multiline {
            // Without line breaks every character is copied as it is.
            append(text)
            whitespace = false
            indention = false
            return
        }
        var breaks = false
        var position = 0
        while position < text.count {
            if view[position] == Byte.space {
                position = write(view, position)
            } else if view.isBreak(position) {
                if !breaks && view[position] == Byte.lineFeed { putBreak() }
                position = writeBreak(view, position)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                position = write(view, position)
                indention = false
                breaks = false
            }
        }
        whitespace = false
        indention = false
    }

    /// yaml_emitter_write_single_quoted_scalar (no line width).
    private mutating func writeSingleQuoted(_ text: UnsafeBufferPointer<UInt8>) {
        let view = Bytes(text)
        writeIndicator("'", needWhitespace: true, isWhitespace: false, isIndention: false)
        var breaks = false
        var position = 0
        while position < text.count {
            if view[position] == Byte.space {
                position = write(view, position)
            } else if view.isBreak(position) {
                if !breaks && view[position] == Byte.lineFeed { putBreak() }
                position = writeBreak(view, position)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                if view[position] == Byte.apostrophe { put(Byte.apostrophe) }
                position = write(view, position)
                indention = false
                breaks = false
            }
        }
        if breaks { writeIndent() }
        writeIndicator("'", needWhitespace: false, isWhitespace: false, isIndention: false)
        whitespace = false
        indention = false
    }

    /// yaml_emitter_write_double_quoted_scalar (Unicode allowed, no line width).
    private mutating func writeDoubleQuoted(_ text: UnsafeBufferPointer<UInt8>) {
        let view = Bytes(text)
        writeIndicator("\"", needWhitespace: true, isWhitespace: false, isIndention: false)
        var position = 0
        // Where the characters copied as they are start.
        var run = 0
        while position < text.count {
            let byte = view[position]
            if !view.isPrintable(position) || view.isByteOrderMark(position) || view.isBreak(position)
                || byte == Byte.quote || byte == Byte.backslash
            {
                append(UnsafeBufferPointer(rebasing: text[run..<position]))
                let width = view.width(position)
                var value: UInt32 =
                    switch width {
                    case 1: UInt32(byte & 0x7F)
                    case 2: UInt32(byte & 0x1F)
                    case 3: UInt32(byte & 0x0F)
                    case 4: UInt32(byte & 0x07)
                    default: 0
                    }
                if width > 1 {
                    for offset in 1..<width { value = (value << 6) + UInt32(view[position + offset] & 0x3F) }
                }
                position += max(width, 1)
                put(Byte.backslash)
                switch value {
                case 0x00: put(UInt8(ascii: "0"))
                case 0x07: put(UInt8(ascii: "a"))
                case 0x08: put(UInt8(ascii: "b"))
                case 0x09: put(UInt8(ascii: "t"))
                case 0x0A: put(UInt8(ascii: "n"))
                case 0x0B: put(UInt8(ascii: "v"))
                case 0x0C: put(UInt8(ascii: "f"))
                case 0x0D: put(UInt8(ascii: "r"))
                case 0x1B: put(UInt8(ascii: "e"))
                case 0x22: put(Byte.quote)
                case 0x5C: put(Byte.backslash)
                case 0x85: put(UInt8(ascii: "N"))
                case 0xA0: put(UInt8(ascii: "_"))
                case 0x2028: put(UInt8(ascii: "L"))
                case 0x2029: put(UInt8(ascii: "P"))
                default:
                    let digits: Int
                    if value <= 0xFF {
                        put(UInt8(ascii: "x"))
                        digits = 2
                    } else if value <= 0xFFFF {
                        put(UInt8(ascii: "u"))
                        digits = 4
                    } else {
                        put(UInt8(ascii: "U"))
                        digits = 8
                    }
                    for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
                        let digit = UInt8((value >> UInt32(shift)) & 0x0F)
                        put(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "A") + digit - 10)
                    }
                }
                run = position
            } else {
                position += max(view.width(position), 1)
            }
        }
        append(UnsafeBufferPointer(rebasing: text[run..<min(position, text.count)]))
        writeIndicator("\"", needWhitespace: false, isWhitespace: false, isIndention: false)
        whitespace = false
        indention = false
    }

    /// yaml_emitter_write_literal_scalar, with yaml_emitter_write_block_scalar_hints.
    private mutating func writeLiteral(_ text: UnsafeBufferPointer<UInt8>) {
        let view = Bytes(text)
        writeIndicator("|", needWhitespace: true, isWhitespace: false, isIndention: false)
        // The hints: an indentation indicator when the text starts with white space, and the chomping.
        if view[0] == Byte.space || view.isBreak(0) {
            writeIndicator(
                String(Self.bestIndent), needWhitespace: false, isWhitespace: false, isIndention: false)
        }
        openEnded = 0
        var chomp: String?
        if text.isEmpty {
            chomp = "-"
        } else {
            var last = text.count - 1
            while last > 0 && view[last] & 0xC0 == 0x80 { last -= 1 }
            if !view.isBreak(last) {
                chomp = "-"
            } else if last == 0 {
                chomp = "+"
                openEnded = 2
            } else {
                var previous = last - 1
                while previous > 0 && view[previous] & 0xC0 == 0x80 { previous -= 1 }
                if view.isBreak(previous) {
                    chomp = "+"
                    openEnded = 2
                }
            }
        }
        if let chomp { writeIndicator(chomp, needWhitespace: false, isWhitespace: false, isIndention: false) }
        putBreak()
        indention = true
        whitespace = true
        var breaks = true
        var position = 0
        while position < text.count {
            if view.isBreak(position) {
                position = writeBreak(view, position)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                position = write(view, position)
                indention = false
                breaks = false
            }
        }
    }

    // MARK: - Writing

    private static let flushSize = 1 << 16

    private mutating func writeIndent() {
        let indent = max(self.indent, 0)
        if !indention || column > indent || (column == indent && !whitespace) { putBreak() }
        while column < indent { put(Byte.space) }
        whitespace = true
        indention = true
    }

    private mutating func writeIndicator(
        _ indicator: String, needWhitespace: Bool, isWhitespace: Bool, isIndention: Bool
    ) {
        if needWhitespace && !whitespace { put(Byte.space) }
        for byte in indicator.utf8 { put(byte) }
        whitespace = isWhitespace
        indention = indention && isIndention
    }

    private mutating func put(_ byte: UInt8) {
        bytes.append(byte)
        column += 1
    }

    private mutating func putBreak() {
        bytes.append(Byte.lineFeed)
        column = 0
        if bytes.count >= Self.flushSize { flush() }
    }

    /// Copies `text`, characters none of which is a line break, as they are (WRITE for each).
    private mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: text)
        for byte in text where byte & 0xC0 != 0x80 { column += 1 }
        if bytes.count >= Self.flushSize { flush() }
    }

    /// Copies the character at `position` (WRITE); returns the position after it.
    private mutating func write(_ view: Bytes, _ position: Int) -> Int {
        let end = position + max(view.width(position), 1)
        for index in position..<end { bytes.append(view[index]) }
        column += 1
        if bytes.count >= Self.flushSize { flush() }
        return end
    }

    /// Copies the line break at `position` (WRITE_BREAK); returns the position after it.
    private mutating func writeBreak(_ view: Bytes, _ position: Int) -> Int {
        if view[position] == Byte.lineFeed {
            putBreak()
            return position + 1
        }
        let end = position + max(view.width(position), 1)
        for index in position..<end { bytes.append(view[index]) }
        column = 0
        return end
    }

    private mutating func flush() {
        bytes.withUnsafeBytes { output($0) }
        bytes.removeAll(keepingCapacity: true)
    }

    /// The bytes of a scalar, read as libyaml reads them: a NUL past the end.
    private struct Bytes {
        let buffer: UnsafeBufferPointer<UInt8>

        init(_ buffer: UnsafeBufferPointer<UInt8>) { self.buffer = buffer }

        subscript(_ index: Int) -> UInt8 { index < buffer.count ? buffer[index] : 0 }

        /// WIDTH_AT: the length of the UTF-8 sequence starting at `index`.
        func width(_ index: Int) -> Int {
            let byte = self[index]
            if byte & 0x80 == 0 { return 1 }
            if byte & 0xE0 == 0xC0 { return 2 }
            if byte & 0xF0 == 0xE0 { return 3 }
            if byte & 0xF8 == 0xF0 { return 4 }
            return 0
        }

        /// IS_BREAK_AT: CR, LF, NEL, LS or PS.
        func isBreak(_ index: Int) -> Bool {
            let byte = self[index]
            if byte == Byte.carriageReturn || byte == Byte.lineFeed { return true }
            if byte == 0xC2 { return self[index + 1] == 0x85 }
            if byte == 0xE2 {
                return self[index + 1] == 0x80 && (self[index + 2] == 0xA8 || self[index + 2] == 0xA9)
            }
            return false
        }

        /// IS_BLANKZ_AT: space, tab, a line break or NUL.
        func isBlankOrEnd(_ index: Int) -> Bool {
            let byte = self[index]
            return byte == Byte.space || byte == Byte.tab || byte == 0 || isBreak(index)
        }

        /// IS_BOM_AT.
        func isByteOrderMark(_ index: Int) -> Bool {
            self[index] == 0xEF && self[index + 1] == 0xBB && self[index + 2] == 0xBF
        }

        /// IS_PRINTABLE_AT.
        func isPrintable(_ index: Int) -> Bool {
            let byte = self[index]
            switch byte {
            case 0x0A, 0x20...0x7E, 0xC3..<0xED, 0xEE: return true
            case 0xC2: return self[index + 1] >= 0xA0
            case 0xED: return self[index + 1] < 0xA0
            case 0xEF:
                let next = self[index + 1]
                let third = self[index + 2]
                return !(next == 0xBB && third == 0xBF) && !(next == 0xBF && (third == 0xBE || third == 0xBF))
            default: return false
            }
        }
    }

    /// The bytes the emitter looks for.
    private enum Byte {
        static let space = UInt8(ascii: " ")
        static let tab = UInt8(ascii: "\t")
        static let lineFeed = UInt8(ascii: "\n")
        static let carriageReturn = UInt8(ascii: "\r")
        static let dash = UInt8(ascii: "-")
        static let dot = UInt8(ascii: ".")
        static let question = UInt8(ascii: "?")
        static let colon = UInt8(ascii: ":")
        static let hash = UInt8(ascii: "#")
        static let apostrophe = UInt8(ascii: "'")
        static let quote = UInt8(ascii: "\"")
        static let backslash = UInt8(ascii: "\\")

        /// Characters that may not start a plain scalar: `#,[]{}&*!|>'"%@` and the backquote.
        static func isLeadingIndicator(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "#"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
                UInt8(ascii: "{"),
                UInt8(ascii: "}"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
                UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"),
                UInt8(ascii: "@"),
                UInt8(ascii: "`"):
                true
            default: false
            }
        }

        /// Characters that end a plain scalar in flow context: `,?[]{}`.
        static func isFlowIndicator(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: "?"), UInt8(ascii: "["), UInt8(ascii: "]"),
                UInt8(ascii: "{"),
                UInt8(ascii: "}"):
                true
            default: false
            }
        }
    }
}
