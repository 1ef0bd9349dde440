/// Keeps values until the process ends instead of freeing them.
///
/// A command that has finished its work is about to exit: freeing a large plan's hundred thousand
/// actions one allocation at a time takes longer than the system takes to reclaim the memory at
/// exit (a tenth of a second at 100 000 actions).
enum ProcessLifetime {
    // Only appended to from the command's own thread, just before it returns.
    nonisolated(unsafe) private static var kept: [Any] = []

    /// Keeps `value` alive until the process ends.
    static func keep(_ value: Any) {
        kept.append(value)
    }
}
