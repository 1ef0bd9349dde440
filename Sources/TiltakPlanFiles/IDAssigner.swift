import TiltakModel
import TiltakRuntime

/// Assigns ids to actions that have none: the area code and the next free number (`NK-22`).
public enum IDAssigner {
    /// The next free id in `area` that is not in `used`; existing ids are never renumbered.
    public static func next(area: String, used: Set<ActionID>) -> ActionID {
        let prefix = area + "-"
        let highest =
            used.compactMap { id -> Int? in
                guard id.rawValue.hasPrefix(prefix) else { return nil }
                return Int(id.rawValue.dropFirst(prefix.count))
            }.max() ?? 0
        let number = highest + 1
        return ActionID(prefix + (number < 10 ? "0\(number)" : "\(number)"))
    }
}
