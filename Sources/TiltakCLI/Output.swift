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

    /// An amount in kroner, Norwegian style: `1 000 000`.
    static func kroner(_ amount: Int) -> String {
        let digits = String(abs(amount))
        var groups: [String] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(String(digits[start..<end]), at: 0)
            end = start
        }
        return (amount < 0 ? "-" : "") + groups.joined(separator: " ")
    }
}
