import Dispatch

/// Prepares the next chunk of rows on another thread while the current chunk is written.
///
/// libxlsxwriter takes one worksheet's cells on one thread; what Tiltak does before a cell reaches it
/// (party names joined, years, statuses, line lengths) is pure and can run beside it.
enum ChunkPipeline {
    /// Rows per chunk: big enough that handing over is rare, small enough to start writing early.
    static let chunkSize = 1_024

    /// Calls `consume` with the prepared items of `0..<count`, in order, chunk by chunk.
    ///
    /// `prepare` runs on another thread for the chunk after the one being consumed; it must only read
    /// shared state. An error from `consume` stops the run once the chunk in preparation is done.
    static func run<T: Sendable>(
        count: Int, prepare: @escaping @Sendable (Range<Int>) -> [T], consume: ([T], Range<Int>) throws -> Void
    ) throws {
        let chunks = stride(from: 0, to: count, by: chunkSize).map { $0..<min($0 + chunkSize, count) }
        guard let first = chunks.first else { return }
        var ready = prepare(first)
        for (index, chunk) in chunks.enumerated() {
            let next = Handover<T>()
            let done = DispatchGroup()
            if index + 1 < chunks.count {
                let following = chunks[index + 1]
                DispatchQueue.global(qos: .userInitiated).async(group: done) { next.items = prepare(following) }
            }
            defer { done.wait() }
            try consume(ready, chunk)
            done.wait()
            ready = next.items
        }
    }

    /// One chunk's items, written on the preparing thread before its group is left and read after waiting.
    private final class Handover<T: Sendable>: @unchecked Sendable {
        var items: [T] = []
    }
}
