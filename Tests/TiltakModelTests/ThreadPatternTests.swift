import Foundation
import Testing

@testable import TiltakModel

@Suite("Patterns compiled once per thread")
struct ThreadPatternTests {
    @Test func everyThreadMatchesWithItsOwnCopy() {
        let digits = ThreadPattern<Substring> { #/\d+/# }
        let found = LockedCounts()
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            let text = String(repeating: "a \(index) b ", count: 50)
            found.add(text.matches(of: digits.regex).count)
        }
        #expect(found.values == Array(repeating: 50, count: 8))
    }

    @Test func amountsAreReadTheSameOnManyThreads() {
        let expected = AmountReader.amounts(in: "Kostnad 1,5 mill. pr. år, kr 75 000,-").map(\.amount)
        #expect(expected == [1_500_000, 75_000])
        let found = LockedCounts()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let amounts = AmountReader.amounts(in: "Kostnad 1,5 mill. pr. år, kr 75 000,-").map(\.amount)
            found.add(amounts == expected ? 1 : 0)
        }
        #expect(found.values == Array(repeating: 1, count: 8))
    }
}

/// Counts collected from several threads.
private final class LockedCounts: @unchecked Sendable {
    // @unchecked: `counts` is only touched while `lock` is held.
    private let lock = NSLock()
    private var counts: [Int] = []

    func add(_ count: Int) {
        lock.lock()
        counts.append(count)
        lock.unlock()
    }

    var values: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return counts
    }
}
