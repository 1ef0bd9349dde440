import Dispatch
import Foundation

/// A progress line on a terminal (`Skriv filer: 120 av 720`), shown only once a run has taken
/// longer than a delay, rewritten in place and cleared at the end, so that a quick run prints
/// nothing and a long one is not silent.
///
/// The caller decides whether to show progress at all (a terminal on standard error, no
/// `--quiet`); in pipes and CI it makes none, and only the closing summary is printed.
public final class ProgressLine: @unchecked Sendable {
    // @unchecked: the mutable state is only touched while `lock` is held.
    private let lock = NSLock()
    private let delay: Double
    private let interval: Double
    private let now: @Sendable () -> Double
    private let write: @Sendable (String) -> Void
    private let text: @Sendable (Int, Int) -> String
    private let start: Double
    private var lastShown: Double?

    /// Starts the clock.
    ///
    /// - Parameters:
    ///   - delay: The seconds after which the line first shows.
    ///   - interval: The seconds between two updates of the line (the last step always shows).
    ///   - now: The clock, in seconds (monotonic by default; a test passes its own).
    ///   - write: Writes raw text to the terminal (standard error).
    ///   - text: The line for `done` of `total`, in the language of messages.
    public init(
        delay: Double = 2, interval: Double = 0.1,
        now: @escaping @Sendable () -> Double = { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 },
        write: @escaping @Sendable (String) -> Void,
        text: @escaping @Sendable (_ done: Int, _ total: Int) -> String
    ) {
        self.delay = delay
        self.interval = interval
        self.now = now
        self.write = write
        self.text = text
        start = now()
    }

    /// Shows `done` of `total`, if the delay has passed and the last update is old enough.
    public func update(_ done: Int, of total: Int) {
        lock.lock()
        defer { lock.unlock() }
        let time = now()
        guard time - start >= delay else { return }
        if let lastShown, time - lastShown < interval, done < total { return }
        lastShown = time
        write("\r\(text(done, total))\u{1B}[K")
    }

    /// Clears the line, if it was shown, so that what follows starts on an empty line.
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        guard lastShown != nil else { return }
        write("\r\u{1B}[K")
        lastShown = nil
    }
}
