import TiltakLanguage
import TiltakRuntime
import Yams

/// Walks a YAML node tree, reading typed values and collecting problems with their positions.
final class YAMLCursor {
    let file: String
    private(set) var problems: [FileProblem] = []

    init(file: String) {
        self.file = file
    }

    /// Records a problem at `node`.
    func problem(_ node: Node?, _ path: String, _ message: PlanFileMessage, hint: PlanFileMessage? = nil) {
        problems.append(
            FileProblem(
                file: file, line: node?.mark?.line, column: node?.mark?.column, field: path, message: message,
                hint: hint))
    }

    /// Records a problem at `node` with a message of its own (not one of the plan file's).
    func problem(_ node: Node?, _ path: String, message: Message, hint: Message? = nil) {
        problems.append(
            FileProblem(
                file: file, line: node?.mark?.line, column: node?.mark?.column, field: path, message: message,
                hint: hint))
    }

    /// The node as a mapping whose keys are all in `allowed`; unknown keys are problems.
    func mapping(_ node: Node?, _ path: String, allowed: [String], required: [String] = []) -> Node.Mapping? {
        guard let node else { return nil }
        guard case .mapping(let mapping) = node else {
            problem(node, path, .expectedMapping(keys: Array(allowed.prefix(4)), found: kind(of: node)))
            return nil
        }
        var seen: Set<String> = []
        for (key, _) in mapping {
            let name = key.string ?? ""
            if !allowed.contains(name) {
                let suggestion = YAMLCursor.closest(to: name, in: allowed)
                problem(
                    key, join(path, name), .unknownKey(name),
                    hint: suggestion.map { .didYouMeanHint(suggestion: $0, allowed: allowed) }
                        ?? .allowedKeysHint(allowed))
            } else if !seen.insert(name).inserted {
                problem(key, join(path, name), .duplicateKey(name))
            }
        }
        for name in required where mapping[name] == nil {
            problem(node, join(path, name), .missingKey(name))
        }
        return mapping
    }

    /// A string scalar (numbers and dates are read as their text).
    func string(_ node: Node?, _ path: String) -> String? {
        guard let node else { return nil }
        if case .scalar(let scalar) = node {
            if scalar.style == .plain,
                scalar.string == "~" || scalar.string == "null" || scalar.string.isEmpty
            {
                return ""
            }
            return scalar.string
        }
        problem(node, path, .expectedText(found: kind(of: node)))
        return nil
    }

    /// A whole number within `range`.
    func integer(_ node: Node?, _ path: String, in range: ClosedRange<Int>, what: Quantity) -> Int? {
        guard let text = string(node, path) else { return nil }
        guard let value = Int(text.trimmingWhitespace) else {
            problem(node, path, .expectedInteger(what, found: text))
            return nil
        }
        guard range.contains(value) else {
            problem(
                node, path, .impossibleValue(value, what, lowest: range.lowerBound, highest: range.upperBound)
            )
            return nil
        }
        return value
    }

    /// A decimal number.
    func decimal(_ node: Node?, _ path: String, what: Quantity) -> Double? {
        guard let text = string(node, path) else { return nil }
        guard let value = Double(text.trimmingWhitespace.replacingOccurrences(of: ",", with: ".")) else {
            problem(node, path, .expectedNumber(what, found: text))
            return nil
        }
        return value
    }

    /// A sequence's elements (a missing node is an empty list).
    func sequence(_ node: Node?, _ path: String) -> [Node] {
        guard let node else { return [] }
        if case .sequence(let sequence) = node { return Array(sequence) }
        if case .scalar(let scalar) = node,
            scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null"
        {
            return []
        }
        problem(node, path, .expectedList(found: kind(of: node)))
        return []
    }

    /// A list of strings; a single string is read as a one-element list.
    func strings(_ node: Node?, _ path: String) -> [String] {
        guard let node else { return [] }
        if case .scalar = node, let single = string(node, path) { return single.isEmpty ? [] : [single] }
        return sequence(node, path).enumerated().compactMap { string($1, "\(path)[\($0)]") }
    }

    func kind(of node: Node) -> YAMLNodeKind {
        switch node {
        case .scalar(let s): .text(s.string)
        case .mapping: .mapping
        case .sequence: .list
        case .alias: .alias
        }
    }

    func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The allowed word nearest to `word` by edit distance, if close enough to be a likely typo.
    static func closest(to word: String, in words: [String]) -> String? {
        let best = words.map { ($0, distance(word.lowercased(), $0.lowercased())) }.min { $0.1 < $1.1 }
        guard let best, best.1 <= max(2, word.count / 3) else { return nil }
        return best.0
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(
                    previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
