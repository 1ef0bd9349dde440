import Dispatch
import TiltakLanguage

/// Reports how long each phase of an operation took, for finding where time goes in a large export.
///
/// The command line turns it on with `TILTAK_TIMINGS`; the benchmark script measures whole runs.
struct PhaseTimer {
    private let report: ((String) -> Void)?
    private var last = DispatchTime.now().uptimeNanoseconds

    /// Creates a timer that passes each phase's line to `report`; off when `report` is `nil`.
    init(report: ((String) -> Void)?) {
        self.report = report
    }

    /// Reports the time since the previous mark (or the timer's creation) as `phase`.
    mutating func mark(_ phase: ExportPhase) {
        guard let report else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        let milliseconds = Double(now - last) / 1_000_000
        report(CommandMessage.timing(phase, milliseconds: Int(milliseconds.rounded())).message)
        last = now
    }
}
