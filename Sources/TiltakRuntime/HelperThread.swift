import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Starts threads that help the thread writing the workbook: reading cells, preparing rows, validating.
///
/// The thread that calls libxlsxwriter is the one everything waits for; helpers run at the lowest
/// priority (nice 19 on Linux, where a thread's nice value is its own), so on a machine with few cores
/// they use what it leaves idle instead of taking turns with it. At nice 5 a helper that the scheduler
/// put on the writer's core still took a quarter of it.
public enum HelperThread {
    /// How much lower helpers run than the writing thread.
    static let niceness: Int32 = 19

    /// Runs `body` on a new thread of lower priority.
    public static func start(_ body: @escaping @Sendable () -> Void) {
        Thread {
            lowerPriority()
            body()
        }.start()
    }

    private static func lowerPriority() {
        #if os(Linux)
            // `who` 0 with PRIO_PROCESS is the calling thread on Linux. Failing leaves the default.
            let current = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, current + niceness)
        #endif
    }
}
