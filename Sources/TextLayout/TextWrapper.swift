/// Greedy word wrapping by display width.
///
/// - Lines break at breaking whitespace (space, tab, the typographic spaces); runs of it are
///   collapsed to one space, and whitespace at the start or end of a line is dropped, so no
///   output line has trailing spaces. No-break spaces (U+00A0, U+2007, U+202F) do not break,
///   so `"kr\u{A0}100"` stays together.
/// - Newlines in the text (`\n`, `\r\n`, `\r`, U+2028, U+2029, …) are kept as paragraph breaks:
///   each paragraph is wrapped on its own and an empty paragraph gives an empty line.
/// - A word wider than the line is broken by display width between grapheme clusters; it
///   first fills what is left of the current line, as CJK text without spaces needs.
/// - A single grapheme cluster wider than the line (a CJK character when the width is 1) gets
///   a line of its own, which is then wider than `width`; nothing is ever dropped.
///
/// Control characters are not treated specially; neutralise untrusted text with
/// ``TerminalSafe`` first.
public struct TextWrapper: Sendable {
    /// The maximum display width of a line, at least 1.
    public var width: Int

    /// A wrapper for lines of at most `width` columns; widths below 1 are treated as 1.
    public init(width: Int) {
        self.width = max(1, width)
    }

    /// The lines of `text` wrapped to ``width``; always at least one (possibly empty) line.
    public func wrap(_ text: String) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            wrapParagraph(paragraph, into: &lines)
        }
        return lines
    }

    /// The paragraphs of `text` as ``wrap(_:)`` would lay them out on unlimited width: one
    /// per paragraph, breaking whitespace collapsed to single spaces.
    public static func unwrappedParagraphs(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { paragraph in
            paragraph.split(whereSeparator: isBreakingSpace).joined(separator: " ")
        }
    }

    /// Whether `character` is whitespace at which a line may break.
    static func isBreakingSpace(_ character: Character) -> Bool {
        guard character.isWhitespace, !character.isNewline else { return false }
        switch character {
        case "\u{A0}", "\u{2007}", "\u{202F}", "\u{FEFF}":
            return false
        default:
            return true
        }
    }

    private func wrapParagraph(_ paragraph: Substring, into lines: inout [String]) {
        var line = ""
        var lineWidth = 0
        for var word in paragraph.split(whereSeparator: Self.isBreakingSpace) {
            var wordWidth = word.displayWidth
            if !line.isEmpty {
                if lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if wordWidth > width {
                    // A word that must be broken anyway first fills the rest of this line.
                    let head = Padding.prefix(of: String(word), fitting: width - lineWidth - 1)
                    if !head.isEmpty {
                        line += " " + head
                        word = word.dropFirst(head.count)
                        wordWidth = word.displayWidth
                    }
                }
                lines.append(line)
            }
            if wordWidth <= width {
                line = String(word)
                lineWidth = wordWidth
            } else {
                var pieces = breakWord(word)
                let last = pieces.removeLast()
                lines.append(contentsOf: pieces)
                line = last
                lineWidth = last.displayWidth
            }
        }
        lines.append(line)
    }

    /// `word` cut into pieces of at most ``width`` columns, never splitting a grapheme cluster;
    /// never empty.
    private func breakWord(_ word: Substring) -> [String] {
        var pieces: [String] = []
        var piece = ""
        var pieceWidth = 0
        for character in word {
            let characterWidth = character.displayWidth
            if pieceWidth + characterWidth > width, !piece.isEmpty {
                pieces.append(piece)
                piece = ""
                pieceWidth = 0
            }
            piece.append(character)
            pieceWidth += characterWidth
        }
        pieces.append(piece)
        return pieces
    }
}

/// The lines of `text` wrapped to `width` display columns; see ``TextWrapper``.
public func wrap(_ text: String, width: Int) -> [String] {
    TextWrapper(width: width).wrap(text)
}
