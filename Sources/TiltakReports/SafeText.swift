import TextLayout

/// Plan text made fit for a report: control characters and terminal escapes neutralised
/// (``TerminalSafe``), line breaks made spaces and surrounding whitespace removed.
enum SafeText {
    /// `text` neutralised and trimmed, on one line.
    static func line(_ text: String) -> String {
        trimmed(TerminalSafe.neutralise(text))
    }

    /// `text` without leading and trailing whitespace.
    static func trimmed(_ text: some StringProtocol) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }

    /// `text` without trailing spaces.
    static func trimmedTrailing(_ text: some StringProtocol) -> String {
        guard let last = text.lastIndex(where: { $0 != " " }) else { return "" }
        return String(text[...last])
    }
}
