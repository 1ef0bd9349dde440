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

    /// The second UTF-8 byte of æøåÆØÅ (all start with 0xC3), lower-cased; `nil` for any other letter.
    @inline(__always)
    private static func norwegianLower(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x85, 0x86, 0x98: byte + 0x20  // Å Æ Ø
        case 0xA5, 0xA6, 0xB8: byte  // å æ ø
        default: nil
        }
    }

    /// ``make(_:)`` for plain text, `nil` for other text.
    private static func plainKey(_ text: some StringProtocol) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            if byte < 0x80 {
                switch byte {
                case 0x0D: return nil
                case 0x20, 0x09, 0x0A, 0x2D, 0x5F, 0x27, 0x60, 0x2E: continue  // ignored
                case 0x41...0x5A: bytes.append(byte + 0x20)
                default: bytes.append(byte)
                }
            } else if byte == 0xC3, let next = iterator.next(), let lower = norwegianLower(next) {
                bytes += [0xC3, lower]
            } else {
                return nil
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// ``searchable(_:)`` for plain text, `nil` for other text.
    private static func plainSearchable(_ text: some StringProtocol) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var lastWasSpace = true
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            if byte < 0x80 {
                switch byte {
                case 0x0D: return nil
                case 0x09...0x0C, 0x20:
                    if !lastWasSpace { bytes.append(0x20) }
                    lastWasSpace = true
                    continue
                case 0x41...0x5A: bytes.append(byte + 0x20)
                default: bytes.append(byte)
                }
            } else if byte == 0xC3, let next = iterator.next(), let lower = norwegianLower(next) {
                bytes += [0xC3, lower]
            } else {
                return nil
            }
            lastWasSpace = false
        }
        while bytes.last == 0x20 { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let kept: Set<Character> = ["æ", "ø", "å"]
    private static let dashes: Set<Character> = ["‐", "‑", "‒", "–", "—", "−"]
    private static let ignored: Set<Character> = [
        " ", "\t", "\n", "\r", "\u{00A0}", "\u{202F}", "-", "‐", "‑", "‒", "–", "—", "_", "'", "’", "`", "´",
        ".",
    ]
}
