import Dispatch
import Foundation

/// Runs independent jobs on all cores and returns their results in order.
enum Parallel {
    /// The results of `jobs`, in order; the first error (by job order) is rethrown after all have run.
    static func map<T: Sendable>(_ jobs: [@Sendable () throws -> T]) throws -> [T] {
        let box = ResultBox<T>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            box.set(index, Result { try jobs[index]() })
        }
        return try box.values()
    }

    /// Results written from several threads under a lock.
    private final class ResultBox<T: Sendable>: @unchecked Sendable {
        private var results: [Result<T, Error>?]
        private let lock = NSLock()

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ result: Result<T, Error>) {
            lock.lock()
            results[index] = result
            lock.unlock()
        }

        func values() throws -> [T] {
            try results.map { result in
                guard let result else { throw CancellationError() }
                return try result.get()
            }
        }
    }
}
