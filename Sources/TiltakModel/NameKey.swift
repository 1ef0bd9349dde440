import Foundation

/// Normalises names for matching: case-, space-, hyphen-, dot- and apostrophe-insensitive.
///
/// Norwegian letters æ, ø and å are kept apart from a, o and ae; other accents are folded
/// (`é` matches `e`). `Nærings-forum`, `Næringsforum` and `NÆRINGS FORUM` give the same key.
public enum NameKey {
    /// The matching key of `text`.
    public static func make(_ text: some StringProtocol) -> String {
        if let key = plainKey(text) { return key }
        var key = ""
        for character in String(text).precomposedStringWithCanonicalMapping.lowercased() {
            if ignored.contains(character) { continue }
            if character.isASCII || kept.contains(character) {
                key.append(character)
            } else {
                key += String(character).folding(options: [.diacriticInsensitive], locale: nil)
            }
        }
        return key
    }

    /// Folds text for keyword search: lower case, NFC, dashes and runs of white space made single spaces.
    public static func searchable(_ text: some StringProtocol) -> String {
        if let folded = plainSearchable(text) { return folded }
        var out = ""
        var lastWasSpace = true
        for character in String(text).precomposedStringWithCanonicalMapping.lowercased() {
            let c: Character = dashes.contains(character) ? "-" : character
            if c.isWhitespace {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else {
                out.append(c)
                lastWasSpace = false
            }
        }
        while out.last == " " { out.removeLast() }
        return out
    }

    // MARK: - Fast paths
    //
    // Text made only of ASCII without carriage returns and the letters æøåÆØÅ (almost every cell of a
    // Norwegian plan) is already in NFC, has one scalar per character and lower-cases letter by letter,
    // so it is folded without Foundation; the result is the same as the general path's.

    /// Whether `scalar` is one of æøåÆØÅ.
    @inline(__always)
    private static func isNorwegianLetter(_ value: UInt32) -> Bool {
        value == 0xE6 || value == 0xF8 || value == 0xE5 || value == 0xC6 || value == 0xD8 || value == 0xC5
    }

    /// ``make(_:)`` for plain text, `nil` for other text.
    private static func plainKey(_ text: some StringProtocol) -> String? {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x0D: return nil
                case 0x20, 0x09, 0x0A, 0x2D, 0x5F, 0x27, 0x60, 0x2E: continue  // ignored
                case 0x41...0x5A: scalars.append(Unicode.Scalar(value + 0x20)!)
                default: scalars.append(scalar)
                }
            } else if isNorwegianLetter(value) {
                scalars.append(value < 0xE0 ? Unicode.Scalar(value + 0x20)! : scalar)
            } else {
                return nil
            }
        }
        return String(scalars)
    }

    /// ``searchable(_:)`` for plain text, `nil` for other text.
    private static func plainSearchable(_ text: some StringProtocol) -> String? {
        var scalars = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x0D: return nil
                case 0x09...0x0C, 0x20:
                    if !lastWasSpace { scalars.append(" ") }
                    lastWasSpace = true
                    continue
                case 0x41...0x5A: scalars.append(Unicode.Scalar(value + 0x20)!)
                default: scalars.append(scalar)
                }
            } else if isNorwegianLetter(value) {
                scalars.append(value < 0xE0 ? Unicode.Scalar(value + 0x20)! : scalar)
            } else {
                return nil
            }
            lastWasSpace = false
        }
        var out = String(scalars)
        while out.last == " " { out.removeLast() }
        return out
    }

    private static let kept: Set<Character> = ["æ", "ø", "å"]
    private static let dashes: Set<Character> = ["‐", "‑", "‒", "–", "—", "−"]
    private static let ignored: Set<Character> = [
        " ", "\t", "\n", "\r", "\u{00A0}", "\u{202F}", "-", "‐", "‑", "‒", "–", "—", "_", "'", "’", "`", "´",
        ".",
    ]
}
