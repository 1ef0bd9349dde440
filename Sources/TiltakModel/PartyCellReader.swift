/// Reads the parties named in a responsible or involved cell.
///
/// Cells are split on `,`, `;`, `/`, `&`, `+`, line breaks, the words `og`/`and`/`samt` and the
/// phrases `i samarbeid med`/`saman med`, and then on runs of known names written with no
/// separator (`RR Kommune Næring`). A contact person (`RR v/ dagleg leiar`), a comment in
/// parentheses (`Gol kommune (pilot)`), a trailing `m.fl.` and a legal form (`AS`, `IKS`) are
/// not names. A municipality group word right after a municipality qualifies it
/// (`Nes og Gol kommunar` is Nes and Gol). A piece that is not wholly made of known names is
/// kept as one unregistered name. A question mark before, after or in parentheses by a name
/// makes the cell uncertain.
public struct PartyCellReader: Sendable {
    /// The registry names are matched against.
    public let registry: PartyRegistry

    /// Creates a reader over `registry`.
    public init(registry: PartyRegistry) {
        self.registry = registry
    }

    /// What one piece of a cell between hard separators names: its parties, and whether it was doubted.
    public struct Piece: Sendable {
        /// The parties named, in order.
        public var references: [PartyReference]
        /// Whether a question mark doubted it.
        public var doubted: Bool
    }

    /// Reads `text` into a party cell.
    public func read(_ text: String) -> PartyCell {
        read(text, piece: piece)
    }

    /// Reads `text` into a party cell, reading each piece with `piece` (the batch reader passes one
    /// that remembers pieces: cells are many combinations of few names).
    func read(_ text: String, piece: (String) -> Piece) -> PartyCell {
        let trimmed = text.trimmingWhitespace
        var cell = PartyCell(text: trimmed)
        guard !trimmed.isEmpty, !trimmed.allSatisfy({ $0 == "?" || $0.isWhitespace }) else {
            return cell
        }
        var found: [PartyReference] = []
        for text in PartyCellReader.split(trimmed) {
            let reading = piece(text)
            if reading.doubted { cell.isUncertain = true }
            for reference in reading.references where !found.contains(reference) {
                found.append(reference)
            }
        }
        cell.parties = found
        return cell
    }

    /// Reads one piece of a cell (text between hard separators).
    public func piece(_ text: String) -> Piece {
        let (name, doubted) = PartyCellReader.clean(text)
        return Piece(references: name.isEmpty ? [] : references(in: name), doubted: doubted)
    }

    /// A piece without question marks, stray parentheses and `m.fl.`; whether it was doubted.
    static func clean(_ piece: String) -> (name: String, doubted: Bool) {
        if isPlainName(piece) { return (piece, false) }
        var name = piece
        var doubted = false
        // "RR (?)": a parenthesis holding only question marks.
        while let open = name.firstIndex(of: "("),
            let close = name[open...].firstIndex(of: ")"),
            name[name.index(after: open)..<close].allSatisfy({ $0 == "?" || $0.isWhitespace })
        {
            doubted = doubted || name[open...close].contains("?")
            name.removeSubrange(open...close)
        }
        // "(RR" and "Viken)" from a cell wrapped in parentheses and split on commas.
        if name.hasPrefix("("), !name.contains(")") { name.removeFirst() }
        if name.hasSuffix(")"), !name.contains("(") { name.removeLast() }
        name = name.trimmingWhitespace
        while name.hasPrefix("?") || name.hasSuffix("?") {
            doubted = true
            name = name.trimmingCharacters(in: "? ")
        }
        var words = name.split(separator: " ").map(String.init)
        while let last = words.last, othersWords.contains(last.lowercased()) { words.removeLast() }
        if words.count >= 2,
            ["med fleire", "med flere"].contains(words.suffix(2).joined(separator: " ").lowercased())
        {
            words.removeLast(2)
        }
        return (words.joined(separator: " ").trimmingWhitespace, doubted)
    }

    /// Whether `piece` has nothing for ``clean(_:)`` to remove: no parenthesis or question mark, no
    /// white space at its ends or doubled, and no "and others" at its end (most pieces: `Gol kommune`).
    static func isPlainName(_ piece: String) -> Bool {
        var previousWasSpace = true
        for byte in piece.utf8 {
            switch byte {
            case 0x28, 0x29, 0x3F, 0x09, 0x0A, 0x0D: return false
            case 0x20:
                if previousWasSpace { return false }
                previousWasSpace = true
            case 0x80...: return isPlainUnicode(piece)
            default: previousWasSpace = false
            }
        }
        return !previousWasSpace && !endsWithOthers(piece)
    }

    /// ``isPlainName(_:)`` for text with letters beyond ASCII: no other kind of white space either.
    private static func isPlainUnicode(_ piece: String) -> Bool {
        var previousWasSpace = true
        for scalar in piece.unicodeScalars {
            if scalar == " " {
                if previousWasSpace { return false }
                previousWasSpace = true
            } else if scalar.properties.isWhitespace || scalar == "(" || scalar == ")" || scalar == "?" {
                return false
            } else {
                previousWasSpace = false
            }
        }
        return !previousWasSpace && !endsWithOthers(piece)
    }

    /// Whether the last word of `piece` says "and others" (`m.fl.`, `med fleire`).
    private static func endsWithOthers(_ piece: String) -> Bool {
        let lastWord = piece.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return othersWords.contains(lastWord) || lastWord == "fleire" || lastWord == "flere"
    }

    /// "and others" after a list of names.
    private static let othersWords: Set<String> = [
        "m.fl.", "m.fl", "mfl", "mfl.", "m.m.", "mm", "osv", "osv.", "o.a.", "etc", "etc.",
    ]
    /// Words that join two names.
    private static let joinWords: Set<String> = ["og", "and", "samt"]
    /// The joining words with a space before and after, as searched for before splitting on them.
    private static let joiningWords: [StaticString] = [" og ", " and ", " samt "]
    /// Legal forms after a company name.
    private static let legalForms: Set<String> = ["as", "asa", "sa", "iks", "ks", "kf", "ba", "da", "ans"]

    /// The references in one separator-free piece.
    func references(in piece: String) -> [PartyReference] {
        if let party = registry.resolve(piece) { return [.registered(party.code)] }
        // "RR (leiar)", "Gol kommune (pilot)", "(RR)": a parenthesis comments on the name before it.
        if piece.utf8.contains(0x28), let open = piece.firstIndex(of: "("),
            let close = piece[open...].firstIndex(of: ")")
        {
            let outside = (String(piece[..<open]) + " " + String(piece[piece.index(after: close)...]))
                .trimmingWhitespace
            if outside.isEmpty {
                return references(in: String(piece[piece.index(after: open)..<close]).trimmingWhitespace)
            }
            let named = references(in: outside)
            return named.allSatisfy({ $0.code != nil }) ? named : [.unregistered(piece)]
        }
        // "Hallingdal Næringshage AS" (legal forms are two or three letters after the last space)
        if let space = piece.utf8.lastIndex(of: 0x20),
            piece.utf8.distance(from: space, to: piece.utf8.endIndex) <= 4
        {
            let words = piece.split(separator: " ")
            if words.count >= 2, let last = words.last,
                PartyCellReader.legalForms.contains(last.lowercased()),
                let party = registry.resolve(words.dropLast().joined(separator: " "))
            {
                return [.registered(party.code)]
            }
        }
        // The word "og" / "and" joins two names unless the whole piece is a name (checked above).
        if Self.joiningWords.contains(where: { Self.containsASCIICaseInsensitive(piece, $0) }) {
            let joined = piece.splitOnWords(Self.joinWords)
            if joined.count > 1 {
                return joined.flatMap { references(in: $0) }
            }
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
        // "Gol kommune", "Nes og Gol kommunar": a group word after a municipality qualifies it.
        return result.enumerated().filter { index, reference in
            guard index > 0, let code = reference.code,
                registry.party(code: code)?.kind == .municipalityGroup,
                let before = result[index - 1].code
            else { return true }
            return registry.party(code: before)?.kind != .municipality
        }.map(\.element)
    }

    /// `v/ dagleg leiar`: a contact person, compiled once per thread.
    private static let contactPattern = ThreadPattern<Substring> { #/(?i)\bv/[^,;&+|\n\r]*/# }
    /// `i samarbeid med`, `saman med`: joins two parties, compiled once per thread.
    private static let togetherPattern = ThreadPattern<Substring> {
        #/(?i)\s+(?:i samarbeid med|i samarbeid m/|saman med|sammen med|i lag med)\s+/#
    }

    /// Whether `text` holds `needle` (lower-case ASCII), ignoring the case of ASCII letters.
    static func containsASCIICaseInsensitive(_ text: String, _ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard let first = pattern.first else { return true }
        let utf8 = text.utf8
        var index = utf8.startIndex
        while let start = utf8[index...].firstIndex(where: { $0 | 0x20 == first }) {
            var candidate = start
            var matched = 0
            while matched < pattern.count, candidate < utf8.endIndex {
                let byte = utf8[candidate]
                let folded = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                if folded != pattern[matched] { break }
                matched += 1
                candidate = utf8.index(after: candidate)
            }
            if matched == pattern.count { return true }
            index = utf8.index(after: start)
        }
        return false
    }

    /// The hard separators between parties: `,` `;` `/` `&` `+` line breaks and `|`.
    private static let separatorBytes: Set<UInt8> = Set(",;/&+\n\r|".utf8)

    /// Splits a cell on the hard separators.
    static func split(_ text: String) -> [String] {
        // "RR v/ dagleg leiar": the contact person is no party.
        // The patterns are only tried on text holding their fixed letters (`v/`, `med`, `m/`).
        var text = text
        if text.utf8.contains(0x2F), text.contains(where: { $0 == "v" || $0 == "V" }) {
            text = text.replacing(contactPattern.regex, with: "")
        }
        // "RR i samarbeid med Viken", "RR saman med Viken"
        if text.utf8.count > 6,
            containsASCIICaseInsensitive(text, "med") || containsASCIICaseInsensitive(text, "m/")
        {
            text = text.replacing(togetherPattern.regex, with: ",")
        }
        // The separators are ASCII, so the text is cut at byte positions, which are character boundaries.
        var pieces: [String] = []
        var start = text.utf8.startIndex
        var index = start
        let end = text.utf8.endIndex
        while true {
            let atEnd = index == end
            if atEnd || separatorBytes.contains(text.utf8[index]) {
                if start < index {
                    let piece = String(text[start..<index]).trimmingWhitespace
                    if !piece.isEmpty { pieces.append(piece) }
                }
                if atEnd { break }
                start = text.utf8.index(after: index)
            }
            index = text.utf8.index(after: index)
        }
        return pieces
    }
}

extension String {
    /// The string without leading and trailing white space.
    public var trimmingWhitespace: String {
        // Fast path: text that starts and ends with a visible ASCII character has nothing to trim.
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first),
            (0x21...0x7E).contains(last)
        {
            return self
        }
        // Or with a first and last scalar that are not white space (`Ål`, `Bodø`).
        if let first = unicodeScalars.first, let last = unicodeScalars.last, !first.properties.isWhitespace,
            !last.properties.isWhitespace, first.value > 0x20, last.value > 0x20
        {
            return self
        }
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    /// Splits on whole words (case-insensitive; the words are ASCII), trimming the pieces.
    func splitOnWords(_ words: Set<String>) -> [String] {
        var pieces: [String] = []
        var current: [Substring] = []
        for word in split(separator: " ", omittingEmptySubsequences: true) {
            // A word with other letters (`Vågå`) is none of them: it is not folded and hashed.
            if word.utf8.allSatisfy({ $0 < 0x80 }), words.contains(word.lowercased()) {
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
