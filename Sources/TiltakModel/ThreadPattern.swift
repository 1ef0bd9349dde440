#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A regular expression compiled once per thread.
///
/// `Regex` is not `Sendable` (it compiles its program lazily, on first use), so one value cannot be
/// shared by the threads that read a table's cells, and compiling a literal anew for every cell is
/// slow. Each thread keeps its own compiled copy instead, in thread-specific storage, which costs one
/// `pthread_getspecific` per use.
final class ThreadPattern<Output>: @unchecked Sendable {
    // @unchecked: `key` and `make` never change after init; each thread's copy is reached only by
    // that thread, through its own thread-specific slot.
    private let key: pthread_key_t
    private let make: @Sendable () -> Regex<Output>

    /// Holds one thread's compiled copy.
    private final class Box {
        let regex: Regex<Output>

        init(_ regex: Regex<Output>) {
            self.regex = regex
        }
    }

    /// A pattern that `make` compiles, once on each thread that uses it.
    init(_ make: @escaping @Sendable () -> Regex<Output>) {
        var key = pthread_key_t()
        // Each thread's copy is released when the thread ends.
        pthread_key_create(&key) { pointer in
            guard let pointer else { return }
            Unmanaged<AnyObject>.fromOpaque(pointer).release()
        }
        self.key = key
        self.make = make
    }

    /// The calling thread's compiled copy.
    var regex: Regex<Output> {
        if let pointer = pthread_getspecific(key) {
            return Unmanaged<Box>.fromOpaque(pointer).takeUnretainedValue().regex
        }
        let box = Box(make())
        pthread_setspecific(key, Unmanaged.passRetained(box).toOpaque())
        return box.regex
    }
}
