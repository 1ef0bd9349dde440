import Foundation

/// Keeps the messages C libraries print to the C `stderr` stream (libxlsxwriter's `[ERROR] …` and
/// `[WARNING]: …` lines) off the terminal while a command runs; the command reports every failure
/// itself, in the language of messages, as a typed error.
///
/// libxlsxwriter has no setting for its messages: it calls `fprintf(stderr, …)`. While
/// ``silenced(_:)`` runs, the C library's `stderr` variable points to a stream on `/dev/null`
/// instead. File descriptor 2 is left alone, so what Swift writes to standard error (Tiltak's own
/// messages, written with `FileHandle.standardError` or `write(2)`) still shows, from any thread;
/// only C code that prints through `stderr` is silenced. Nested and concurrent calls share one
/// swap: the first to start silences, the last to end restores.
public enum LibraryMessages {
    private final class State: @unchecked Sendable {
        // @unchecked: every field is only touched while `lock` is held.
        let lock = NSLock()
        var depth = 0
        var saved: UnsafeMutablePointer<FILE>?
        lazy var null: UnsafeMutablePointer<FILE>? = fopen("/dev/null", "w")
        /// The C library's `stderr` variable, found by name (Swift 6 cannot refer to it directly).
        lazy var slot: UnsafeMutablePointer<UnsafeMutablePointer<FILE>?>? = dlsym(
            UnsafeMutableRawPointer(bitPattern: 0), "stderr"
        )?.assumingMemoryBound(to: UnsafeMutablePointer<FILE>?.self)
    }

    private static let state = State()

    /// Runs `body` with C libraries' messages on `stderr` discarded.
    public static func silenced<T>(_ body: () throws -> T) rethrows -> T {
        begin()
        defer { end() }
        return try body()
    }

    private static func begin() {
        state.lock.lock()
        defer { state.lock.unlock() }
        state.depth += 1
        guard state.depth == 1, let slot = state.slot, let null = state.null else { return }
        fflush(slot.pointee)
        state.saved = slot.pointee
        slot.pointee = null
    }

    private static func end() {
        state.lock.lock()
        defer { state.lock.unlock() }
        state.depth -= 1
        guard state.depth == 0, let slot = state.slot, let saved = state.saved else { return }
        fflush(slot.pointee)
        slot.pointee = saved
        state.saved = nil
    }
}
