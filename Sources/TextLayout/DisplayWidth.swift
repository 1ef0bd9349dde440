/// The number of terminal columns a text occupies.
///
/// Width is counted per grapheme cluster (Swift `Character`), the unit a terminal draws:
///
/// - A cluster of nothing visible takes 0 columns: combining marks, zero-width space and
///   joiners, variation selectors, the byte-order mark, bidi controls and control characters.
///   (Control characters should be neutralised with ``TerminalSafe`` before display.)
/// - A cluster whose first visible character is East Asian Wide or Fullwidth (CJK, kana,
///   Hangul, fullwidth forms, most emoji) takes 2.
/// - An emoji sequence takes 2 whatever its first character's own width: an emoji followed by
///   the presentation selector U+FE0F, a keycap, a modifier base with a skin tone, a
///   zero-width-joiner sequence of emoji, and a flag (a pair of regional indicators).
/// - Everything else takes 1, including East Asian Ambiguous characters, the soft hyphen,
///   Norwegian `æøå` and decomposed forms such as `"a\u{30A}"`.
public enum DisplayWidth {
    /// The number of terminal columns `text` occupies.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for character in text {
            total += width(of: character)
        }
        return total
    }

    /// The number of terminal columns one grapheme cluster occupies: 0, 1 or 2.
    public static func width(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        // Fast path: printable ASCII is by far the most common case.
        if let first = scalars.first, scalars.count == 1, first.value >= 0x20, first.value < 0x7F {
            return 1
        }
        guard let baseIndex = scalars.firstIndex(where: isVisible) else { return 0 }
        let base = scalars[baseIndex]
        let rest = scalars[scalars.index(after: baseIndex)...]
        if isRegionalIndicator(base) {
            // A flag is two regional indicators; a lone one is drawn as a narrow letter.
            return rest.contains(where: isRegionalIndicator) ? 2 : 1
        }
        if EastAsianWideRanges.contains(base) || base.properties.isEmojiPresentation {
            return 2
        }
        if isEmojiSequence(base: base, rest: rest) {
            return 2
        }
        return 1
    }

    /// Whether `scalar` draws anything by itself.
    static func isVisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xAD:
            // The soft hyphen is a format character, but terminals draw it.
            return true
        case 0x1160...0x11FF, 0xD7B0...0xD7FF:
            // Hangul medial vowels and final consonants join the preceding initial consonant.
            return false
        default:
            break
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return false
        default:
            return true
        }
    }

    /// Whether `scalar` is one of the regional indicator letters that pair up into flags.
    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    /// Whether the cluster made of `base` followed by `rest` is drawn as one wide emoji.
    private static func isEmojiSequence(base: Unicode.Scalar, rest: String.UnicodeScalarView.SubSequence)
        -> Bool
    {
        let properties = base.properties
        guard properties.isEmoji else { return false }
        for scalar in rest {
            switch scalar.value {
            case 0xFE0F, 0x20E3:
                // Emoji presentation selector, or combining enclosing keycap.
                return true
            case 0x200D:
                // A zero-width-joiner sequence; the ASCII digits, `#` and `*` are Emoji but are
                // never drawn as pictures without U+FE0F.
                if base.isASCII { continue }
                return true
            default:
                if scalar.properties.isEmojiModifier, properties.isEmojiModifierBase {
                    return true
                }
            }
        }
        return false
    }
}

extension String {
    /// The number of terminal columns this string occupies; see ``DisplayWidth``.
    public var displayWidth: Int { DisplayWidth.of(self) }
}

extension Substring {
    /// The number of terminal columns this substring occupies; see ``DisplayWidth``.
    public var displayWidth: Int { DisplayWidth.of(self) }
}

extension Character {
    /// The number of terminal columns this grapheme cluster occupies: 0, 1 or 2.
    public var displayWidth: Int { DisplayWidth.width(of: self) }
}
