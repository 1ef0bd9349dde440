import Foundation
import TiltakModel

/// A plan whose actions are read on other threads while they are already being used, chunk by
/// chunk, in order: the heart of the export pipeline.
///
/// Reading a large table's cells (timeframes, party cells, remarks) is most of loading it. An export
/// that writes the actions row by row does not need to wait for all of them: it takes each chunk as
/// soon as it is read, while the following chunks are still being read. A stream made from a
/// finished plan has every chunk ready.
///
/// The pipeline's rules, in one place (it is hand-made because `Scripts/bench` shows it pays: it
/// keeps the Tiltak sheet of 100 000 actions within about 1.1× of the C program):
/// - **Readers** (``init(outline:count:workers:makeReader:read:)``: one thread per core but the
///   writer's, at low priority through ``HelperThread``) take the chunks in order, each the first one
///   not yet taken, and publish each under `condition`. They wait for nobody.
/// - **The row preparer** (`ChunkPipeline` in TiltakWorkbook) prepares chunk *n + 1*'s cells on a
///   helper thread while chunk *n* is written; it waits for the readers in ``actions(inChunk:)``.
/// - **The writer**, the one thread that calls libxlsxwriter and that everything else serves, waits
///   for the preparer's chunk, and calls ``finishUse()`` once its rows are written or the writing
///   stopped (deferred, so on every path).
/// - **Validation** (`ValidationGate` in TiltakOperations) waits for the whole plan (``plan()``) and,
///   when the council workbook is written alone, also for ``finishUse()``, so it takes the core the
///   writer leaves idle while libxlsxwriter compresses. Every file waits for validation after it is
///   complete and before it is renamed into place.
/// - ``finishUse()`` guarantees that every thread waiting in ``waitUntilUsed()`` is woken, whether
///   the writing succeeded or failed, so that no wait lasts forever.
public final class ActionStream: @unchecked Sendable {
    // @unchecked: `ready`, `whole` and `taken` are guarded by `condition`, `used` by `usedCondition`.
    /// Actions per chunk.
    public static let chunkSize = 1_024

    /// The plan without its actions: details, period, focus areas, party registry, status reports.
    public let outline: Plan
    /// How many actions the plan has.
    public let count: Int
    /// The index ranges of the chunks, in order.
    public let chunks: [Range<Int>]
    /// The headers of the columns the actions keep as they are (``Action/extras``), in order, known
    /// before any action is read: a sheet written row by row writes them in its header.
    public let extraHeaders: [String]

    private let condition = NSCondition()
    // Guarded by `condition`.
    private var ready: [[Action]?]
    private var whole: Plan?
    private var taken = 0
    // Guarded by `usedCondition`, apart from `condition` so that waiting for it is not woken by every chunk.
    private let usedCondition = NSCondition()
    private var used = false

    /// A stream over a finished plan.
    public init(plan: Plan) {
        var outline = plan
        outline.actions = []
        self.outline = outline
        count = plan.actions.count
        chunks = Self.ranges(plan.actions.count)
        extraHeaders = plan.extraHeaders
        ready = chunks.map { Array(plan.actions[$0]) }
        whole = plan
    }

    /// A stream whose `count` actions `read` makes, one chunk at a time, on `workers` threads of its own.
    ///
    /// The workers take the chunks in order, each the first one not yet taken, so that the chunk the
    /// caller waits for next is always being read. Each worker calls `makeReader` once, so a reader
    /// may remember what it has read (cells repeat) across its chunks.
    ///
    /// `extraHeaders` are the headers of the columns the actions keep as they are.
    package init<Reader>(
        outline: Plan, count: Int, workers: Int, extraHeaders: [String] = [],
        makeReader: @escaping @Sendable () -> Reader, read: @escaping @Sendable (inout Reader, Int) -> Action
    ) {
        self.outline = outline
        self.count = count
        self.extraHeaders = extraHeaders
        chunks = Self.ranges(count)
        ready = Array(repeating: nil, count: chunks.count)
        let chunks = self.chunks
        let workers = max(1, min(workers, chunks.count))
        for _ in 0..<workers {
            HelperThread.start { [self] in
                var reader = makeReader()
                while let index = takeChunk() {
                    let actions = chunks[index].map { read(&reader, $0) }
                    condition.lock()
                    ready[index] = actions
                    condition.broadcast()
                    condition.unlock()
                }
            }
        }
    }

    /// The next chunk for a worker to read, nil when all are taken.
    private func takeChunk() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        guard taken < chunks.count else { return nil }
        taken += 1
        return taken - 1
    }

    /// The actions of chunk `index`, once they are read.
    public func actions(inChunk index: Int) -> [Action] {
        condition.lock()
        defer { condition.unlock() }
        while ready[index] == nil { condition.wait() }
        return ready[index] ?? []
    }

    /// The whole plan, once every action is read.
    public func plan() -> Plan {
        condition.lock()
        if let whole {
            condition.unlock()
            return whole
        }
        condition.unlock()
        var plan = outline
        plan.actions.reserveCapacity(count)
        for index in chunks.indices { plan.actions += actions(inChunk: index) }
        condition.lock()
        defer { condition.unlock() }
        if let whole { return whole }
        whole = plan
        return plan
    }

    /// Says that the actions have been written (or that the writing stopped), so that work that can
    /// wait, such as validation, can start without taking a core from the writing.
    public func finishUse() {
        usedCondition.lock()
        used = true
        usedCondition.broadcast()
        usedCondition.unlock()
    }

    /// Waits until ``finishUse()`` has been called.
    public func waitUntilUsed() {
        usedCondition.lock()
        defer { usedCondition.unlock() }
        while !used { usedCondition.wait() }
    }

    private static func ranges(_ count: Int) -> [Range<Int>] {
        stride(from: 0, to: count, by: chunkSize).map { $0..<min($0 + chunkSize, count) }
    }
}
