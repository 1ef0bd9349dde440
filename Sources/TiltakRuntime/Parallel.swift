import Dispatch
import Foundation

/// Runs independent jobs on all cores and returns their results in order.
public enum Parallel {
    /// The results of `jobs`, in order; the first error (by job order) is rethrown after all have run.
    public static func map<T: Sendable>(_ jobs: [@Sendable () throws -> T]) throws -> [T] {
        try ParallelChunks.map(jobs.count, minimumChunk: 1, cores: jobs.count) { range in
            range.map { index in Result { try jobs[index]() } }
        }.map { try $0.get() }
    }

    /// The results of `jobs`, in order, running at most `width` of them at a time (1: one after
    /// the other on the calling thread); each worker takes the next job not yet started, so a long
    /// job does not hold up the others. `finished` is called after each job, from the thread that
    /// ran it. The first error (by job order) is rethrown after all have run.
    public static func map<T: Sendable>(
        _ jobs: [@Sendable () throws -> T], width: Int, finished: (@Sendable () -> Void)? = nil
    ) throws -> [T] {
        let workers = max(1, min(width, jobs.count))
        let results = Slots<Result<T, any Error>>(jobs.count)
        let next = NextIndex()
        let work: @Sendable (Int) -> Void = { _ in
            while let index = next.take(below: jobs.count) {
                let result = Result { try jobs[index]() }
                results.set(index, result)
                finished?()
            }
        }
        if workers == 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: work)
        }
        return try results.values().map { result in
            guard let result else { preconditionFailure("every job runs") }
            return try result.get()
        }
    }

    /// One result per job, written from several threads under a lock.
    private final class Slots<Value: Sendable>: @unchecked Sendable {
        // @unchecked: `slots` is only touched while `lock` is held.
        private var slots: [Value?]
        private let lock = NSLock()

        init(_ count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Value) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        func values() -> [Value?] {
            lock.lock()
            defer { lock.unlock() }
            return slots
        }
    }

    /// The next job index to start, handed out once each under a lock.
    private final class NextIndex: @unchecked Sendable {
        // @unchecked: `value` is only touched while `lock` is held.
        private var value = 0
        private let lock = NSLock()

        /// The next index, or `nil` once `count` have been handed out.
        func take(below count: Int) -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard value < count else { return nil }
            value += 1
            return value - 1
        }
    }
}
