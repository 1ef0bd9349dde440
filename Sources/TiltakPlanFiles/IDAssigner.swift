import TiltakModel

/// Assigns ids to actions that have none: the area code and the next free number (`NK-22`).
///
/// The next number of an area is one more than the highest number any id in use has after the
/// area's code and a hyphen (`NK-21` → `NK-22`); existing ids are never renumbered. The highest
/// number of each prefix is kept as ids come into use, so that numbering a plan's rows costs the
/// same for each row however many there are.
public struct IDAssigner: Sendable {
    /// The highest number after each prefix (`NK-`) among the ids in use.
    private var highest: [String: Int] = [:]

    /// An assigner for a plan whose ids in use are `used`.
    public init(used: some Sequence<ActionID>) {
        for id in used { note(id) }
    }

    /// The next free id in `area`, which is from then on in use.
    public mutating func next(area: String) -> ActionID {
        let prefix = area + "-"
        let number = (highest[prefix] ?? 0) + 1
        let id = ActionID(prefix + (number < 10 ? "0\(number)" : "\(number)"))
        note(id)
        return id
    }

    /// Counts `id` for every prefix it can be read with: `KM-B-7` is number 7 after `KM-B-`.
    private mutating func note(_ id: ActionID) {
        let text = id.rawValue
        var index = text.startIndex
        while let hyphen = text[index...].firstIndex(of: "-") {
            index = text.index(after: hyphen)
            guard let number = Int(text[index...]) else { continue }
            let prefix = String(text[..<index])
            if let known = highest[prefix], known >= number { continue }
            highest[prefix] = number
        }
    }
}
