import TiltakLanguage
import Yams

/// A key written twice in one YAML mapping, as one problem naming where it is written again.
///
/// Yams stops at the first mapping with a duplicated key and says where that mapping's first use of
/// the key is; this finds the second use in the text: the next line with the key at the same column
/// before the mapping ends (a block mapping), or the key again on the same line (a flow mapping).
enum DuplicatedKey {
    /// The problem for the keys `keys` (as Yams names them) first written at `mark` in `text`.
    static func problem(keys: [String], at mark: Mark, in text: String, file: String) -> FileProblem {
        let key = keys.first ?? ""
        let message: PlanFileMessage = keys.count > 1 ? .duplicateKeys(keys) : .duplicateKey(key)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            Array($0.unicodeScalars)
        }
        guard let again = secondUse(of: key, firstAt: mark, in: lines) else {
            return FileProblem(file: file, line: mark.line, column: mark.column, field: key, message: message)
        }
        return FileProblem(
            file: file, line: again.line, column: again.column, field: key, message: message,
            hint: .firstOnLineHint(mark.line))
    }

    /// The 1-based line and column of the key's second use, if it can be found.
    static func secondUse(of key: String, firstAt mark: Mark, in lines: [[Unicode.Scalar]]) -> (
        line: Int, column: Int
    )? {
        let column = mark.column - 1
        guard mark.line >= 1, mark.line <= lines.count, column >= 0 else { return nil }
        let first = lines[mark.line - 1]
        // A flow mapping (the key comes after `{` or `,`): the key again after `,` on the same line.
        let before = first[..<min(column, first.count)].last { $0 != " " }
        var index = before == "{" || before == "," ? column + 1 : first.count
        while index < first.count {
            if first[index] == "," || first[index] == "{" {
                var start = index + 1
                while start < first.count, first[start] == " " { start += 1 }
                if isKey(key, at: start, in: first) { return (mark.line, start + 1) }
            }
            index += 1
        }
        // A block mapping: the next line with the key at the same column, before a line that starts
        // left of it (the mapping's end).
        for number in mark.line..<lines.count {
            let line = lines[number]
            guard let start = line.firstIndex(where: { $0 != " " }), line[start] != "#" else { continue }
            if start < column { return nil }
            if start == column, isKey(key, at: start, in: line) { return (number + 1, start + 1) }
        }
        return nil
    }

    /// Whether `line` holds `key` (plain or quoted) followed by a colon at `start`.
    static func isKey(_ key: String, at start: Int, in line: [Unicode.Scalar]) -> Bool {
        let scalars = Array(key.unicodeScalars)
        for quote in ["", "\"", "'"] {
            let spelled = Array(quote.unicodeScalars) + scalars + Array(quote.unicodeScalars)
            guard start + spelled.count <= line.count, Array(line[start..<start + spelled.count]) == spelled
            else { continue }
            var after = start + spelled.count
            while after < line.count, line[after] == " " { after += 1 }
            if after < line.count, line[after] == ":" { return true }
        }
        return false
    }
}
