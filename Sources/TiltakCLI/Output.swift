import Foundation
import TextLayout
import TiltakModel

/// Formatting shared by the commands' output.
enum Output {
    /// Plan text made safe for a terminal: control characters and escapes neutralised.
    static func clean(_ text: String) -> String { TerminalSafe.neutralise(text) }

    /// Parties of a cell as display names.
    static func names(_ cell: PartyCell, _ registry: PartyRegistry) -> String {
        cell.parties.map { registry.displayName($0) }.joined(separator: ", ")
    }

    /// A semicolon-separated CSV field, quoted when needed.
    static func csvField(_ value: String) -> String {
        if value.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}
