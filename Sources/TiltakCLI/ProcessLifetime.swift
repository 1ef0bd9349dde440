/// Keeps values until the process ends instead of freeing them.
///
/// A command that has finished its work is about to exit: freeing a large plan's hundred thousand
/// actions one allocation at a time takes longer than the system takes to reclaim the memory at
/// exit (a tenth of a second at 100 000 actions).
enum ProcessLifetime {
    /// Keeps `object` alive until the process ends (one reference that is never released).
    static func keep(_ object: AnyObject) {
        _ = Unmanaged.passRetained(object)
    }
}
