import Testing

@testable import TiltakRuntime

@Suite("Parallel chunks")
struct ParallelChunksTests {
    @Test(arguments: [0, 1, 2_047, 2_048, 4_096, 10_001])
    func resultsKeepTheirOrder(count: Int) {
        let result = ParallelChunks.map(count, cores: 4) { range in range.map { $0 * 2 } }
        #expect(result == (0..<count).map { $0 * 2 })
    }

    @Test func smallJobsRunAsOneChunk() {
        let chunks = ParallelChunks.map(ParallelChunks.minimumChunk * 2 - 1, cores: 8) { range in [range] }
        #expect(chunks.count == 1)
    }
}
