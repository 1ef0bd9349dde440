/// Reads the parties named in a responsible or involved cell.
///
/// Cells are split on `,`, `;`, `/`, `&`, `+`, line breaks and the words `og`/`and`, and then
/// on runs of known names written with no separator (`RR Kommune Næring`). A piece that is
/// not wholly made of known names is kept as one unregistered name.
public struct PartyCellReader: Sendable {
    /// The registry names are matched against.
    public let registry: PartyRegistry

    /// Creates a reader over `registry`.
    public init(registry: PartyRegistry) {
        self.registry = registry
    }

    /// Reads `text` into a party cell.
    public func read(_ text: String) -> PartyCell {
        let trimmed = text.trimmingWhitespace
        var cell = PartyCell(text: trimmed)
        guard !trimmed.isEmpty, !trimmed.allSatisfy({ $0 == "?" || $0.isWhitespace }) else {
            return cell
        }
        var found: [PartyReference] = []
        for piece in PartyCellReader.split(trimmed) {
            var name = piece
            if name.hasSuffix("?") {
                cell.isUncertain = true
                while name.hasSuffix("?") { name.removeLast() }
                name = name.trimmingWhitespace
            }
            if name.isEmpty { continue }
            for reference in references(in: name) where !found.contains(reference) {
                found.append(reference)
            }
        }
        cell.parties = found
        return cell
    }

    /// The references in one separator-free piece.
    func references(in piece: String) -> [PartyReference] {
        if let party = registry.resolve(piece) { return [.registered(party.code)] }
        // The word "og" / "and" joins two names unless the whole piece is a name (checked above).
        let joined = piece.splitOnWords(["og", "and", "samt"])
        if joined.count > 1 {
            return joined.flatMap { references(in: $0) }
        }
        if let run = matchRun(piece) { return run }
        return [.unregistered(piece)]
    }

    /// Covers the words of `piece` with known names, longest first; `nil` unless every word is covered.
    func matchRun(_ piece: String) -> [PartyReference]? {
        let words = piece.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
        guard words.count > 1 else { return nil }
        let longest = min(registry.longestNameWords + 1, words.count)
        var result: [PartyReference] = []
        var start = 0
        while start < words.count {
            var matched = false
            for length in stride(from: min(longest, words.count - start), through: 1, by: -1) {
                let candidate = words[start..<start + length].joined(separator: " ")
                if let party = registry.resolve(candidate) {
                    result.append(.registered(party.code))
                    start += length
                    matched = true
                    break
                }
            }
            if !matched { return nil }
        }
        return result
    }

    /// Splits a cell on the hard separators.
    static func split(_ text: String) -> [String] {
        let separators: Set<Character> = [",", ";", "/", "&", "+", "\n", "\r", "|"]
        return text.split(whereSeparator: { separators.contains($0) })
            .map { String($0).trimmingWhitespace }
            .filter { !$0.isEmpty }
    }
}

extension String {
    /// The string without leading and trailing white space.
    public var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    /// Splits on whole words (case-insensitive), trimming the pieces.
    func splitOnWords(_ words: Set<String>) -> [String] {
        var pieces: [String] = []
        var current: [Substring] = []
        for word in split(separator: " ", omittingEmptySubsequences: true) {
            if words.contains(word.lowercased()) {
                if !current.isEmpty { pieces.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(word)
            }
        }
        if !current.isEmpty { pieces.append(current.joined(separator: " ")) }
        return pieces
    }
}
