import Dispatch
import Foundation

/// Maps a long run of independent items on every core, in contiguous chunks, keeping their order.
public enum ParallelChunks {
    /// Below this many items a job is not split: starting threads would cost more than it saves.
    public static let minimumChunk = 2_048

    /// The results of `transform` over `0..<count`, in order.
    ///
    /// `transform` is called once per chunk with the chunk's range and returns one result per index;
    /// chunks run at the same time, so it must only read shared state. Each chunk may keep its own
    /// caches (the action reader remembers cells it has read).
    public static func map<T: Sendable>(
        _ count: Int, minimumChunk: Int = minimumChunk,
        cores: Int = ProcessInfo.processInfo.activeProcessorCount,
        _ transform: @Sendable (Range<Int>) -> [T]
    ) -> [T] {
        let chunks = max(1, min(cores, count / max(1, minimumChunk)))
        if chunks == 1 { return transform(0..<count) }
        let size = (count + chunks - 1) / chunks
        let results = Results<T>(chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = chunk * size..<min(count, (chunk + 1) * size)
            results.set(chunk, transform(range))
        }
        return results.joined()
    }

    /// Chunk results written from several threads under a lock.
    private final class Results<T: Sendable>: @unchecked Sendable {
        // @unchecked: `parts` is only touched while `lock` is held.
        private var parts: [[T]]
        private let lock = NSLock()

        init(_ count: Int) { parts = Array(repeating: [], count: count) }

        func set(_ index: Int, _ part: [T]) {
            lock.lock()
            parts[index] = part
            lock.unlock()
        }

        func joined() -> [T] {
            lock.lock()
            defer { lock.unlock() }
            return Array(parts.joined())
        }
    }
}
