/// Runs independent jobs on all cores and returns their results in order.
public enum Parallel {
    /// The results of `jobs`, in order; the first error (by job order) is rethrown after all have run.
    public static func map<T: Sendable>(_ jobs: [@Sendable () throws -> T]) throws -> [T] {
        try ParallelChunks.map(jobs.count, minimumChunk: 1, cores: jobs.count) { range in
            range.map { index in Result { try jobs[index]() } }
        }.map { try $0.get() }
    }
}
