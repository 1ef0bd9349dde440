import Foundation

/// Regular expressions compiled once per thread.
///
/// `Regex` is not `Sendable` (it compiles its program lazily, on first use), so one value cannot be
/// shared by the threads that read a table's cells; compiling a literal anew for every cell is slow.
/// Each thread keeps its own compiled copy instead, in its thread dictionary.
enum ThreadPatterns {
    /// Holds a compiled regex in a thread dictionary.
    private final class Box<Output> {
        let regex: Regex<Output>

        init(_ regex: Regex<Output>) {
            self.regex = regex
        }
    }

    /// The calling thread's copy of the pattern named `key`, made by `make` on first use.
    static func pattern<Output>(_ key: String, _ make: () -> Regex<Output>) -> Regex<Output> {
        let dictionary = Thread.current.threadDictionary
        let name = "tiltak.pattern." + key
        if let box = dictionary[name] as? Box<Output> { return box.regex }
        let regex = make()
        dictionary[name] = Box(regex)
        return regex
    }
}
