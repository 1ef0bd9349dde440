import TiltakModel

/// Assigns ids to actions that have none: the next number in the pattern of the ids around them
/// (`1.2` → `1.3`, `A3` → `A4`), or the area code and the next free number (`NK-22`).
///
/// An id is read as a prefix and the number it ends with (`NK-21` is 21 after `NK-`, `2.3.1` is 1
/// after `2.3.`). The next number after a prefix is one more than the highest number any id in use
/// has after it; existing ids are never renumbered. The highest number of each prefix is kept as ids
/// come into use, so that numbering a plan's rows costs the same for each row however many there are.
public struct IDAssigner: Sendable {
    /// The highest number after each prefix (`NK-`) among the ids in use.
    private var highest: [String: Int] = [:]

    /// An assigner for a plan whose ids in use are `used`.
    public init(used: some Sequence<ActionID>) {
        for id in used { note(id) }
    }

    /// The next free id in `area`, which is from then on in use: after the area's code and a hyphen,
    /// with two digits at least (`NK-01`), or after a numbered area's code and a dot (`2.1`); but
    /// when a row of the same area above it has an id of another pattern that ends in a number
    /// (`sibling`: `1.2`, `A3`), after that id's prefix (`1.3`, `A4`), as many digits as it has when
    /// it pads them with zeros.
    public mutating func next(area: String, after sibling: ActionID? = nil) -> ActionID {
        if let sibling, let (prefix, digits) = Self.split(sibling.rawValue), !prefix.isEmpty,
            prefix != area + "-"
        {
            let number = (highest[prefix] ?? 0) + 1
            let text = String(number)
            let padded = sibling.rawValue.dropFirst(prefix.count).first == "0"
            let id = ActionID(
                prefix + String(repeating: "0", count: padded ? max(0, digits - text.count) : 0) + text)
            note(id)
            return id
        }
        // A numbered area (`2`, `2.3`) numbers its actions after a dot (`2.1`, `2.3.1`).
        let numbered = area.last?.isNumber == true && area.first?.isNumber == true
        let prefix = area + (numbered ? "." : "-")
        let number = (highest[prefix] ?? 0) + 1
        let id = ActionID(prefix + (number < 10 && !numbered ? "0\(number)" : "\(number)"))
        note(id)
        return id
    }

    /// Counts `id` as the number it ends with after the text before it: `KM-B-7` is 7 after `KM-B-`.
    private mutating func note(_ id: ActionID) {
        guard let (prefix, _) = Self.split(id.rawValue),
            let number = Int(id.rawValue.dropFirst(prefix.count))
        else { return }
        if let known = highest[prefix], known >= number { return }
        highest[prefix] = number
    }

    /// The text before the digits `text` ends with, and how many digits there are; `nil` when it
    /// does not end with a digit (or the number is too long to count).
    private static func split(_ text: String) -> (prefix: String, digits: Int)? {
        let digits = text.reversed().prefix { $0.isASCII && $0.isNumber }.count
        guard digits > 0, digits <= 18 else { return nil }
        return (String(text.dropLast(digits)), digits)
    }
}
