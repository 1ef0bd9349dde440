import Yams

/// Whether a text may be written as a plain YAML scalar: whether it reads back, unquoted, as the
/// very same text.
///
/// The answer is that of `Yams.load(yaml: text) as? String == text` for a text without line breaks
/// (a line break always asks for quotes), which is what the plan writer asked YAML for every value
/// until that took most of the time of writing a large plan. Most texts are decided from their
/// characters: one that starts with a letter and has no comment (` #`), no `: ` and no control
/// characters reads back as itself unless it is one of YAML's words for booleans and null, and whole
/// numbers and texts with white space at either end never do. The rest (dates, other numbers,
/// indicators, tabs, control characters) are asked of YAML, once per distinct text.
final class PlainScalar {
    /// The answers YAML gave, by text.
    private var asked: [String: Bool] = [:]

    /// The most answers kept: a plan's unusual texts are few and repeat (timeframes, dates).
    static let cacheLimit = 50_000

    /// Whether `text` may be written plain.
    func readsBack(_ text: String) -> Bool {
        if let known = Self.decided(text) { return known }
        if let known = asked[text] { return known }
        let answer = Self.askYAML(text)
        if asked.count < Self.cacheLimit { asked[text] = answer }
        return answer
    }

    /// What YAML reads `text` as, the way the writer once asked it (in UTF-8, without looking at
    /// the environment for another encoding on each call).
    static func askYAML(_ text: String) -> Bool {
        !text.isEmpty && (try? Yams.load(yaml: text, .default, .default, .utf8) as? String) == text
            && !text.contains(where: { $0.isNewline })
    }

    /// The answer when the characters of `text` alone settle it, else nil.
    static func decided(_ text: String) -> Bool? {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return false }
        if isBlank(first) || isBlank(last) { return false }
        if isWholeNumber(text) { return false }
        guard isLetter(first) else { return nil }
        var previous: Unicode.Scalar = first
        for scalar in scalars {
            let value = scalar.value
            if isLineBreak(value) { return false }
            // Control characters, tabs, byte order marks and non-characters: YAML decides.
            if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFEFF || value == 0xFFFE
                || value == 0xFFFF
            {
                return nil
            }
            // A comment, or a mapping.
            if (scalar == "#" && previous == " ") || (scalar == " " && previous == ":") { return nil }
            previous = scalar
        }
        if last == ":" { return nil }
        if reservedWords.contains(text) { return nil }
        return true
    }

    /// The words YAML reads as booleans or null (Yams' resolver) that start with a letter.
    private static let reservedWords: Set<String> = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On",
        "ON", "off", "Off", "OFF", "null", "Null", "NULL",
    ]

    /// An ASCII letter, or a character past Latin-1's controls (`Å`, `ø`, `–`, …) that cannot begin
    /// any YAML indicator.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: true
        case 0xA0...: !isLineBreak(scalar.value) && scalar.value != 0xFEFF && scalar.value < 0xFFFE
        default: false
        }
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t"
    }

    /// The characters Swift calls newlines (`Character.isNewline`).
    private static func isLineBreak(_ value: UInt32) -> Bool {
        (0x0A...0x0D).contains(value) || value == 0x85 || value == 0x2028 || value == 0x2029
    }

    /// `0` or a number of up to 18 digits not starting with 0: YAML reads it as an integer.
    private static func isWholeNumber(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, utf8.count <= 18, (0x30...0x39).contains(first) else { return false }
        if first == 0x30 { return utf8.count == 1 }
        return utf8.allSatisfy { (0x30...0x39).contains($0) }
    }
}
