/// Padding and truncation of text to an exact display width.
///
/// All widths are terminal columns as counted by ``DisplayWidth``, so CJK text and emoji pad
/// correctly, and truncation never splits a grapheme cluster.
public enum Padding {
    /// The ellipsis appended to truncated text.
    public static let ellipsis = "…"

    /// `text` padded with spaces to `width` columns; text already as wide or wider is unchanged.
    public static func pad(_ text: String, to width: Int, alignment: TextAlignment = .left) -> String {
        let extra = width - text.displayWidth
        guard extra > 0 else { return text }
        switch alignment {
        case .left:
            return text + spaces(extra)
        case .right:
            return spaces(extra) + text
        case .centre:
            let before = extra / 2
            return spaces(before) + text + spaces(extra - before)
        }
    }

    /// `text` cut to at most `width` columns, ending in `ellipsis` when anything was cut.
    ///
    /// Whitespace left before the ellipsis is dropped, so the result may be narrower than
    /// `width`. If even the ellipsis does not fit, as much of the text as fits is returned.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = Padding.ellipsis) -> String
    {
        guard width > 0 else { return "" }
        guard text.displayWidth > width else { return text }
        let ellipsisWidth = ellipsis.displayWidth
        guard ellipsisWidth <= width else { return prefix(of: text, fitting: width) }
        var kept = prefix(of: text, fitting: width - ellipsisWidth)
        while let last = kept.last, last.isWhitespace {
            kept.removeLast()
        }
        return kept + ellipsis
    }

    /// `text` truncated if too wide, then padded, so that it occupies exactly `width` columns.
    ///
    /// The one exception: a single character wider than `width` (a CJK character in a
    /// one-column field) cannot be shown at all, and an ellipsis is shown instead.
    public static func fit(
        _ text: String, to width: Int, alignment: TextAlignment = .left, ellipsis: String = Padding.ellipsis
    ) -> String {
        pad(truncate(text, to: width, ellipsis: ellipsis), to: width, alignment: alignment)
    }

    /// The longest prefix of `text`, in whole grapheme clusters, at most `width` columns wide.
    public static func prefix(of text: String, fitting width: Int) -> String {
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = character.displayWidth
            if used + characterWidth > width { break }
            result.append(character)
            used += characterWidth
        }
        return result
    }

    /// A run of `count` spaces (empty for zero or less).
    static func spaces(_ count: Int) -> String {
        count > 0 ? String(repeating: " ", count: count) : ""
    }
}

extension String {
    /// This string padded with spaces to `width` columns; see ``Padding/pad(_:to:alignment:)``.
    public func padded(to width: Int, alignment: TextAlignment = .left) -> String {
        Padding.pad(self, to: width, alignment: alignment)
    }

    /// This string cut to `width` columns with an ellipsis; see ``Padding/truncate(_:to:ellipsis:)``.
    public func truncated(to width: Int, ellipsis: String = Padding.ellipsis) -> String {
        Padding.truncate(self, to: width, ellipsis: ellipsis)
    }
}
