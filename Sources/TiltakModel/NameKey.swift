import Foundation

/// Normalises names for matching: case-, space-, hyphen-, dot- and apostrophe-insensitive.
///
/// Norwegian letters æ, ø and å are kept apart from a, o and ae; other accents are folded
/// (`é` matches `e`). `Nærings-forum`, `Næringsforum` and `NÆRINGS FORUM` give the same key.
public enum NameKey {
    /// The matching key of `text`.
    public static func make(_ text: some StringProtocol) -> String {
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

    private static let kept: Set<Character> = ["æ", "ø", "å"]
    private static let dashes: Set<Character> = ["‐", "‑", "‒", "–", "—", "−"]
    private static let ignored: Set<Character> = [
        " ", "\t", "\n", "\r", "\u{00A0}", "\u{202F}", "-", "‐", "‑", "‒", "–", "—", "_", "'", "’", "`", "´",
        ".",
    ]
}
