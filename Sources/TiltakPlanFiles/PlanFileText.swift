import Foundation
import TiltakLanguage
import TiltakModel
import Yams

/// Edits to a plan file's text that leave every other byte as the secretariat wrote it: the
/// revision changed in place (`tiltak revise`), the `status:` blocks taken out (`tiltak migrate`).
///
/// Each edit is checked by reading the new text again: it must give the plan it is meant to give,
/// else the edit is refused (a layout the edit does not know is never half changed).
public enum PlanFileText {
    /// Why an edit was refused.
    public enum Failure: Error, Sendable {
        /// The text at `line` is laid out in a way the edit cannot change without touching other lines.
        case notEditable(line: Int, what: What)
        /// The text is not a plan file.
        case unreadable(PlanFileError)

        /// What was being edited.
        public enum What: Sendable {
            case revision
            case status
        }

        /// The problem, naming `file` and the line.
        public func problem(file: String) -> [FileProblem] {
            switch self {
            case .unreadable(let error): return error.problems
            case .notEditable(let line, .revision):
                return [
                    FileProblem(
                        file: file, line: line, field: "revision",
                        message: Message(LedgerMessage.revisionNotEditable(line: line)),
                        hint: Message(LedgerMessage.revisionNotEditableHint))
                ]
            case .notEditable(let line, .status):
                return [
                    FileProblem(
                        file: file, line: line, field: "status",
                        message: Message(LedgerMessage.statusNotMovable(line: line)),
                        hint: Message(LedgerMessage.statusNotMovableHint))
                ]
            }
        }
    }

    // MARK: - Revision

    /// `text` with the plan's revision replaced by `revision`: the value of `revision:` rewritten in
    /// place (as `{date: …, label: …}` when it is a flow mapping, its `date` and `label` values when it
    /// is a block mapping), or a line `revision: {…}` added before `focusAreas:` when there is none.
    ///
    /// - Parameter original: The plan `text` gives, when the caller has read it already.
    public static func replacingRevision(
        in text: String, with revision: Revision, file: String, original: Plan? = nil
    ) throws(Failure) -> String {
        var expected: Plan
        if let original { expected = original } else { expected = try read(text, file: file) }
        expected.revision = revision
        let (edited, line) = try edit(text, revision: revision, file: file)
        guard (try? read(edited, file: file)) == expected else {
            throw .notEditable(line: line, what: .revision)
        }
        return edited
    }

    /// `text` with its revision replaced (see ``replacingRevision(in:with:file:original:)``), unchecked,
    /// and the line of the revision; the YAML tree it was found in is let go before the check.
    private static func edit(_ text: String, revision: Revision, file: String) throws(Failure) -> (
        String, Int
    ) {
        let root = try compose(text, file: file)
        var lines = Lines(text)
        let flow = "{date: \(revision.date.iso), label: \(flowScalar(revision.label))}"
        if let (key, value) = root.mapping?.first(where: { $0.key.string == "revision" }) {
            let line = key.mark?.line ?? 1
            guard let start = value.mark.map(Position.init) else {
                throw .notEditable(line: line, what: .revision)
            }
            // Yams keeps no style: a flow mapping is one that starts with its bracket.
            if case .mapping = value, lines.scalar(at: start) == "{" {
                guard let end = lines.endOfFlow(from: start) else {
                    throw .notEditable(line: line, what: .revision)
                }
                lines.replace(from: start, to: end, with: flow)
            } else if case .mapping(let mapping) = value, let date = mapping["date"],
                let label = mapping["label"],
                let dateMark = date.mark.map(Position.init), let labelMark = label.mark.map(Position.init),
                dateMark.line != labelMark.line,
                let dateEnd = lines.endOfScalar(date), let labelEnd = lines.endOfScalar(label)
            {
                // The later one first, so the earlier one's position still holds.
                let edits = [
                    (dateMark, dateEnd, revision.date.iso),
                    (labelMark, labelEnd, blockScalar(revision.label)),
                ].sorted { $0.0.line > $1.0.line }
                for (from, to, replacement) in edits { lines.replace(from: from, to: to, with: replacement) }
            } else {
                throw .notEditable(line: line, what: .revision)
            }
        } else {
            guard let (key, _) = root.mapping?.first(where: { $0.key.string == "focusAreas" }),
                let mark = key.mark, mark.column == 1
            else { throw .notEditable(line: 1, what: .revision) }
            lines.insert("revision: \(flow)", before: mark.line)
        }
        return (lines.text, root.mapping?["revision"]?.mark?.line ?? 1)
    }

    // MARK: - Status

    /// `text` without its actions' `status:` blocks (each key with its value and the lines under it),
    /// and the reports they held.
    public static func removingStatus(from text: String, file: String) throws(Failure) -> (
        text: String, reports: [StatusReport]
    ) {
        let original = try read(text, file: file)
        guard !original.statusReports.isEmpty else { return (text, []) }
        let root = try compose(text, file: file)
        var lines = Lines(text)
        var blocks: [ClosedRange<Int>] = []
        for area in root.mapping?["focusAreas"]?.sequence ?? [] {
            for theme in area.mapping?["themes"]?.sequence ?? [] {
                for action in theme.mapping?["actions"]?.sequence ?? [] {
                    guard let (key, _) = action.mapping?.first(where: { $0.key.string == "status" }) else {
                        continue
                    }
                    guard let mark = key.mark.map(Position.init), let block = lines.block(of: mark) else {
                        throw .notEditable(line: key.mark?.line ?? 1, what: .status)
                    }
                    blocks.append(block)
                }
            }
        }
        for block in blocks.sorted(by: { $0.lowerBound > $1.lowerBound }) { lines.remove(block) }
        let edited = lines.text
        var expected = original
        expected.statusReports = []
        guard (try? read(edited, file: file)) == expected else {
            throw .notEditable(line: blocks.first?.lowerBound ?? 1, what: .status)
        }
        return (edited, original.statusReports)
    }

    // MARK: - Helpers

    static func read(_ text: String, file: String) throws(Failure) -> Plan {
        do {
            return try PlanFileReader.read(yaml: text, file: file)
        } catch {
            throw .unreadable(error)
        }
    }

    static func compose(_ text: String, file: String) throws(Failure) -> Node {
        do {
            guard let root = try Yams.compose(yaml: text, Resolver.basic) else {
                throw PlanFileError.invalid([FileProblem(file: file, message: .empty)])
            }
            return root
        } catch let error as PlanFileError {
            throw .unreadable(error)
        } catch {
            throw .unreadable(.invalid([FileProblem(file: file, message: .yamlFailure("\(error)"))]))
        }
    }

    /// A text as a plain scalar inside a flow mapping when it reads back as itself there, else double-quoted.
    static func flowScalar(_ value: String) -> String {
        let plain = PlainScalar()
        if plain.readsBack(value), !value.contains(where: { ",[]{}#:\"'".contains($0) }) { return value }
        return doubleQuoted(value)
    }

    /// A text as a plain scalar of a block mapping when it reads back as itself, else double-quoted.
    static func blockScalar(_ value: String) -> String {
        PlainScalar().readsBack(value) && !value.contains("#") ? value : doubleQuoted(value)
    }

    static func doubleQuoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

/// A place in a text: one-based line and column, the column counted in Unicode scalars (as libyaml's marks).
private struct Position {
    var line: Int
    var column: Int

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    init(_ mark: Mark) {
        self.init(line: mark.line, column: mark.column)
    }
}

/// A text as lines of Unicode scalars (libyaml's columns count scalars), each with its line break.
private struct Lines {
    /// The lines without their breaks.
    var lines: [[Unicode.Scalar]]
    /// Each line's break (`\n`, `\r\n`, or empty for the last line without one).
    var breaks: [String]

    init(_ text: String) {
        lines = []
        breaks = []
        var current: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if current.last == "\r" {
                    current.removeLast()
                    breaks.append("\r\n")
                } else {
                    breaks.append("\n")
                }
                lines.append(current)
                current = []
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty {
            lines.append(current)
            breaks.append("")
        }
    }

    /// The text again, built as UTF-8 bytes (appending to a string's scalars copies it each time).
    var text: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lines.reduce(0) { $0 + $1.count + 2 })
        for (line, lineBreak) in zip(lines, breaks) {
            for scalar in line { UTF8.encode(scalar) { bytes.append($0) } }
            bytes.append(contentsOf: lineBreak.utf8)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The scalar at `position`, `nil` past the end of its line.
    func scalar(at position: Position) -> Unicode.Scalar? {
        let line = position.line - 1
        let column = position.column - 1
        guard line < lines.count, column < lines[line].count else { return nil }
        return lines[line][column]
    }

    /// The zero-based index of the first scalar that is not a space on line `index`, `nil` for a blank line.
    func indentation(_ index: Int) -> Int? {
        lines[index].firstIndex { $0 != " " && $0 != "\t" }
    }

    /// Where the flow collection starting at `start` ends: the mark just after its closing bracket,
    /// quotes and nesting followed; `nil` when it does not close on a line of its own.
    func endOfFlow(from start: Position) -> Position? {
        var depth = 0
        var quote: Unicode.Scalar?
        var line = start.line - 1
        var column = start.column - 1
        while line < lines.count {
            let scalars = lines[line]
            while column < scalars.count {
                let c = scalars[column]
                if let q = quote {
                    if c == "\\" && q == "\"" {
                        column += 1
                    } else if c == q {
                        if q == "'", column + 1 < scalars.count, scalars[column + 1] == "'" {
                            column += 1
                        } else {
                            quote = nil
                        }
                    }
                } else if c == "\"" || c == "'" {
                    quote = c
                } else if c == "{" || c == "[" {
                    depth += 1
                } else if c == "}" || c == "]" {
                    depth -= 1
                    if depth == 0 { return Position(line: line + 1, column: column + 2) }
                } else if c == "#", column == 0 || scalars[column - 1] == " " {
                    break
                }
                column += 1
            }
            line += 1
            column = 0
        }
        return nil
    }

    /// Where the one-line scalar `node` ends (the mark just after it); `nil` for a scalar over more lines.
    func endOfScalar(_ node: Node) -> Position? {
        guard case .scalar(let scalar) = node, let start = node.mark, !scalar.string.contains("\n") else {
            return nil
        }
        let scalars = lines[start.line - 1]
        var column = start.column - 1
        switch scalar.style {
        case .doubleQuoted, .singleQuoted:
            let q = scalars[column]
            column += 1
            while column < scalars.count {
                if scalars[column] == "\\" && q == "\"" {
                    column += 2
                    continue
                }
                if scalars[column] == q {
                    if q == "'", column + 1 < scalars.count, scalars[column + 1] == "'" {
                        column += 2
                        continue
                    }
                    return Position(line: start.line, column: column + 2)
                }
                column += 1
            }
            return nil
        case .plain:
            var end = scalars.count
            for i in column..<scalars.count where scalars[i] == "#" && i > column && scalars[i - 1] == " " {
                end = i
                break
            }
            while end > column, scalars[end - 1] == " " || scalars[end - 1] == "\t" { end -= 1 }
            return Position(line: start.line, column: end + 1)
        default:
            return nil
        }
    }

    /// Replaces the scalars from `from` up to `to` (both on one line or `to` on a later one) with `text`.
    mutating func replace(from: Position, to: Position, with text: String) {
        let first = from.line - 1
        let last = to.line - 1
        let head = Array(lines[first][..<(from.column - 1)])
        let tail = Array(lines[last][(to.column - 1)...])
        lines[first] = head + Array(text.unicodeScalars) + tail
        if last > first {
            breaks[first] = breaks[last]
            lines.removeSubrange((first + 1)...last)
            breaks.removeSubrange((first + 1)...last)
        }
    }

    /// Inserts `text` as a line before line `number` (one-based), with that line's break.
    mutating func insert(_ text: String, before number: Int) {
        let index = number - 1
        lines.insert(Array(text.unicodeScalars), at: index)
        breaks.insert(breaks[index].isEmpty ? "\n" : breaks[index], at: index)
    }

    /// The lines (zero-based) of the key at `mark` with its value: from the key's line to the last
    /// line indented deeper than the key (or a sequence entry at its column), blank and comment lines
    /// between them included, those at the end left out; `nil` when the key shares its line with
    /// text before it.
    func block(of mark: Position) -> ClosedRange<Int>? {
        let first = mark.line - 1
        let column = mark.column - 1
        guard first < lines.count, indentation(first) == column else { return nil }
        var last = first
        var index = first + 1
        while index < lines.count {
            guard let indent = indentation(index), lines[index][indent] != "#" else {
                index += 1
                continue
            }
            let deeper = indent > column
            let entry = indent == column && lines[index][indent] == "-"
            guard deeper || entry else { break }
            last = index
            index += 1
        }
        return first...last
    }

    /// Removes the lines `range` (zero-based).
    mutating func remove(_ range: ClosedRange<Int>) {
        lines.removeSubrange(range)
        breaks.removeSubrange(range)
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
