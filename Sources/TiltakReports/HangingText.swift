import TextLayout

/// A label at the left margin with text wrapped in a column beside it.
enum HangingText {
    /// `label` at the margin and `text` wrapped at `width` in the column at `indent`; a label too wide
    /// for that column gets a line of its own. No line ends in spaces.
    static func lines(_ label: String, text: String, indent: Int, width: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        var lines = TextWrapper(width: width - indent).wrap(text)
        var result: [String] = []
        if label.displayWidth + 1 <= indent {
            let first = lines.isEmpty ? "" : lines.removeFirst()
            result.append(SafeText.trimmedTrailing(label.padded(to: indent) + first))
        } else {
            result.append(label)
        }
        result += lines.map { $0.isEmpty ? "" : pad + $0 }
        return result
    }
}
