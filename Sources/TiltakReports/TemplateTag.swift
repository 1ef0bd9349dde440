import Foundation

/// Finds Mustache tags in template text, for error messages that point at them.
enum TemplateTag {
    /// A tag found in a template: its text and where it starts (1-based).
    struct Location: Equatable {
        var tag: String
        var line: Int
        var column: Int
    }

    /// The tag in `line` that column `column` (1-based) is in or just after; the first tag of
    /// the line when none starts before it; the rest of the line from an unclosed `{{`.
    static func tag(inLine line: String, atColumn column: Int) -> String {
        let characters = Array(line)
        let tags = tags(in: characters)
        let before = tags.last { $0.start < column }
        guard let chosen = before ?? tags.first else { return "" }
        return String(characters[chosen.start..<chosen.end]).trimmingCharacters(in: [" ", "\r"])
    }

    /// The first tag in `text` that uses `name` as a variable or section name.
    static func locate(name: String, in text: String) -> Location? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let characters = Array(line)
            for tag in tags(in: characters) {
                let content = String(characters[tag.start..<tag.end])
                if usedName(in: content) == name {
                    return Location(tag: content, line: index + 1, column: tag.start + 1)
                }
            }
        }
        return nil
    }

    /// The name a tag looks up: `{{name}}`, `{{{name}}}`, `{{&name}}`, `{{#name}}`, `{{^name}}`;
    /// `nil` for closing tags, partials, comments and pragmas.
    static func usedName(in tag: String) -> String? {
        var inner = Substring(tag)
        guard inner.hasPrefix("{{") else { return nil }
        inner = inner.dropFirst(2)
        if inner.hasSuffix("}}") { inner = inner.dropLast(2) }
        if inner.hasPrefix("{") {
            inner = inner.dropFirst()
            if inner.hasSuffix("}") { inner = inner.dropLast() }
        }
        inner = inner.drop { $0 == " " }
        if let sigil = inner.first, "&#^".contains(sigil) {
            inner = inner.dropFirst()
        } else if let sigil = inner.first, "/!>%=<$".contains(sigil) {
            return nil
        }
        let name = inner.trimmingCharacters(in: [" "])
        return name.isEmpty ? nil : name
    }

    /// The tags of a line as character offsets, `start..<end`; an unclosed tag runs to the end.
    fileprivate static func tags(in characters: [Character]) -> [(start: Int, end: Int)] {
        var result: [(start: Int, end: Int)] = []
        var index = 0
        while index + 1 < characters.count {
            guard characters[index] == "{", characters[index + 1] == "{" else {
                index += 1
                continue
            }
            var end = index + 2
            var closed = false
            while end + 1 < characters.count {
                if characters[end] == "}", characters[end + 1] == "}" {
                    end += 2
                    if end < characters.count, characters[end] == "}" { end += 1 }
                    closed = true
                    break
                }
                end += 1
            }
            if !closed { end = characters.count }
            result.append((index, end))
            index = end
        }
        return result
    }
}

extension TemplateTag {
    /// The partials a template includes (`{{>name}}`), with where they are.
    static func partials(in text: String) -> [(name: String, location: Location)] {
        var result: [(name: String, location: Location)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let characters = Array(line)
            for tag in tags(in: characters) {
                let content = String(characters[tag.start..<tag.end])
                var inner = Substring(content.dropFirst(2))
                if inner.hasSuffix("}}") { inner = inner.dropLast(2) }
                inner = inner.drop { $0 == " " }
                guard inner.first == ">" else { continue }
                let name = inner.dropFirst().trimmingCharacters(in: [" "])
                guard !name.isEmpty else { continue }
                result.append((name, Location(tag: content, line: index + 1, column: tag.start + 1)))
            }
        }
        return result
    }
}
