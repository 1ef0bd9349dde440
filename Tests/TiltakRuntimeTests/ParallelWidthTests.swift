import Foundation
import Testing
import TiltakRuntime

/// ``Parallel/map(_:width:finished:)``: results in job order, the first error by job order, every
/// job run once whatever the width, and no more jobs at a time than the width.
@Suite struct ParallelWidthTests {
    struct Failure: Error, Equatable { var index: Int }

    @Test(arguments: [1, 2, 3, 8, 100])
    func resultsComeInJobOrder(width: Int) throws {
        let runs = Counter()
        let finished = Counter()
        let jobs: [@Sendable () throws -> Int] = (0..<40).map { index in
            { @Sendable in
                _ = runs.increment()
                return index * index
            }
        }
        let results = try Parallel.map(jobs, width: width) { _ = finished.increment() }
        #expect(results == (0..<40).map { $0 * $0 })
        #expect(runs.increment() == 41)
        #expect(finished.increment() == 41)
    }

    @Test(arguments: [1, 2, 4])
    func theFirstErrorByJobOrderIsThrownAfterAllRan(width: Int) {
        let runs = Counter()
        let jobs: [@Sendable () throws -> Int] = (0..<10).map { index in
            { @Sendable in
                _ = runs.increment()
                if index == 3 || index == 7 { throw Failure(index: index) }
                return index
            }
        }
        #expect(throws: Failure(index: 3)) { try Parallel.map(jobs, width: width) }
        #expect(runs.increment() == 11)
    }

    @Test func widthOneRunsTheJobsOneAfterTheOtherOnTheCallingThread() throws {
        let caller = pthread_self()
        let order = LockedValue<[Int]>([])
        let jobs: [@Sendable () throws -> Bool] = (0..<5).map { index in
            { @Sendable in
                order.set(order.get() + [index])
                return pthread_equal(pthread_self(), caller) != 0
            }
        }
        #expect(try Parallel.map(jobs, width: 1) == Array(repeating: true, count: 5))
        #expect(order.get() == [0, 1, 2, 3, 4])
    }

    @Test func noMoreJobsRunAtATimeThanTheWidth() throws {
        let running = LockedValue(0)
        let most = LockedValue(0)
        let lock = NSLock()
        let jobs: [@Sendable () throws -> Void] = (0..<16).map { _ in
            { @Sendable in
                lock.lock()
                running.set(running.get() + 1)
                most.set(max(most.get(), running.get()))
                lock.unlock()
                usleep(2_000)
                lock.lock()
                running.set(running.get() - 1)
                lock.unlock()
            }
        }
        _ = try Parallel.map(jobs, width: 2)
        #expect(most.get() <= 2)
    }
}

/// ``ProgressLine``: silent before its delay, then rewritten in place at most once per interval
/// (the last step always), and cleared at the end; the clock is the test's.
@Suite struct ProgressLineTests {
    @Test func silentBeforeTheDelayThenThrottledThenCleared() {
        let clock = LockedValue(0.0)
        let output = LockedValue("")
        let line = ProgressLine(
            delay: 2, interval: 0.5, now: { clock.get() }, write: { output.set(output.get() + $0) },
            text: { done, total in "\(done)/\(total)" })
        line.update(1, of: 10)
        clock.set(1.9)
        line.update(2, of: 10)
        #expect(output.get().isEmpty)
        clock.set(2.0)
        line.update(3, of: 10)
        clock.set(2.2)
        line.update(4, of: 10)
        clock.set(2.6)
        line.update(5, of: 10)
        clock.set(2.7)
        line.update(10, of: 10)
        line.finish()
        #expect(output.get() == "\r3/10\u{1B}[K\r5/10\u{1B}[K\r10/10\u{1B}[K\r\u{1B}[K")
    }

    @Test func aQuickRunPrintsNothingAtAll() {
        let output = LockedValue("")
        let line = ProgressLine(
            delay: 2, now: { 0.5 }, write: { output.set(output.get() + $0) }, text: { "\($0)/\($1)" })
        line.update(1, of: 1)
        line.finish()
        #expect(output.get().isEmpty)
    }
}
