import Foundation

/// A value shared between threads, read and written under a lock.
public final class LockedValue<Value: Sendable>: @unchecked Sendable {
    // @unchecked: `value` is only touched while `lock` is held.
    private let lock = NSLock()
    private var value: Value

    /// Creates the box holding `value`.
    public init(_ value: Value) {
        self.value = value
    }

    /// The current value.
    public func get() -> Value {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    /// Changes the value in place under the lock, so that no other thread's change comes between
    /// reading and writing it (as it could between ``get()`` and ``set(_:)``).
    public func update(_ change: (inout Value) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        change(&value)
    }

    /// Replaces the value.
    public func set(_ newValue: Value) {
        lock.lock()
        defer { lock.unlock() }
        value = newValue
    }
}
