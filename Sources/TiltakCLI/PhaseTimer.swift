import Dispatch

/// Prints how long each phase of a command took to standard error when `TILTAK_TIMINGS` is set.
///
/// For finding where time goes in a large export (`TILTAK_TIMINGS=1 tiltak export …`); the benchmark
/// script measures whole runs.
struct PhaseTimer {
    private let enabled: Bool
    private var last = DispatchTime.now().uptimeNanoseconds

    /// Creates a timer that is on when `TILTAK_TIMINGS` is set to anything but empty or `0`.
    init(environment: [String: String]) {
        let value = environment["TILTAK_TIMINGS"] ?? ""
        enabled = !value.isEmpty && value != "0"
    }

    /// Reports the time since the previous mark (or the timer's creation) as `phase`.
    mutating func mark(_ phase: String) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        let milliseconds = Double(now - last) / 1_000_000
        Console.error("tid: \(phase): \(Int(milliseconds.rounded())) ms")
        last = now
    }
}
