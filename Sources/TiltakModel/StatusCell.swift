/// A status cell as secretariats fill it in: a status word alone (`Pågår`), or followed by a
/// comment (`Pågår – vedtak i juni`, `Fullført (2022)`, `Utsett: ventar på midlar`).
public struct StatusCell: Hashable, Sendable {
    /// The status the cell names.
    public var status: ActionStatus
    /// What the cell says after the status word; empty when nothing.
    public var comment: String

    /// Characters that end a status word and start its comment.
    private static let separators: Set<Character> = ["–", "—", "-", ":", "(", ",", ";", ".", "/", "\n"]

    /// Reads `text`; `nil` when it does not start with a status word in any language.
    public init?(_ text: String) {
        let text = text.trimmingWhitespace
        if let status = ActionStatus(text: text) {
            self.status = status
            comment = ""
            return
        }
        var index = text.startIndex
        while let separator = text[index...].firstIndex(where: { Self.separators.contains($0) }) {
            if let status = ActionStatus(text: String(text[..<separator])) {
                self.status = status
                var rest = String(text[text.index(after: separator)...]).trimmingWhitespace
                if text[separator] == "(", rest.hasSuffix(")") {
                    rest = String(rest.dropLast()).trimmingWhitespace
                }
                comment = rest
                return
            }
            index = text.index(after: separator)
        }
        return nil
    }
}
