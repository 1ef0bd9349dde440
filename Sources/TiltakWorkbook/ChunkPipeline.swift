import Dispatch
import Foundation
import TiltakRuntime

/// Prepares the next chunk of rows on another thread while the current chunk is written.
///
/// libxlsxwriter takes one worksheet's cells on one thread; what Tiltak does before a cell reaches it
/// (party names joined, years, statuses, line lengths) is pure and can run beside it. Its place in
/// the export pipeline, and who waits for whom, is described at `ActionStream`.
enum ChunkPipeline {
    /// Calls `consume` with `prepare(0)`, `prepare(1)`, … `prepare(chunks - 1)`, in order.
    ///
    /// `prepare` runs on a thread of its own for the chunk after the one being consumed (not on the
    /// dispatch pool, whose threads may all be busy writing other files); it must only read shared
    /// state. An error from `consume` stops the run once the chunk in preparation is done.
    static func run<T: Sendable>(
        chunks: Int, prepare: @escaping @Sendable (Int) -> [T], consume: ([T], Int) throws -> Void
    ) throws {
        guard chunks > 0 else { return }
        var ready = prepare(0)
        for index in 0..<chunks {
            let next = Handover<T>()
            let done = DispatchGroup()
            if index + 1 < chunks {
                done.enter()
                HelperThread.start {
                    next.items = prepare(index + 1)
                    done.leave()
                }
            }
            defer { done.wait() }
            try consume(ready, index)
            done.wait()
            ready = next.items
        }
    }

    /// One chunk's items, written on the preparing thread before its group is left and read after waiting.
    private final class Handover<T: Sendable>: @unchecked Sendable {
        // @unchecked: written only before the chunk's group is left, read only after waiting on it.
        var items: [T] = []
    }
}
