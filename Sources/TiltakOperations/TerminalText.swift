import TextLayout

/// Text from a plan made safe for the terminal that shows an operation's messages.
enum TerminalText {
    /// `text` with control characters and escapes neutralised.
    static func clean(_ text: String) -> String { TerminalSafe.neutralise(text) }
}
