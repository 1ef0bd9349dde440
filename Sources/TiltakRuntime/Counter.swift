import Foundation

/// A count shared between threads, raised under a lock.
public final class Counter: @unchecked Sendable {
    // @unchecked: `value` is only touched while `lock` is held.
    private let lock = NSLock()
    private var value = 0

    /// Creates a count of zero.
    public init() {}

    /// Raises the count by one; the new count.
    public func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
