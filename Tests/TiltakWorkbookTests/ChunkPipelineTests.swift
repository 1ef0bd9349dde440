import Testing

@testable import TiltakWorkbook

@Suite("Chunk pipeline")
struct ChunkPipelineTests {
    struct Stop: Error {}

    @Test(arguments: [0, 1, 2, 17])
    func consumesEveryChunkInOrder(chunks: Int) throws {
        var seen: [Int] = []
        var indices: [Int] = []
        try ChunkPipeline.run(chunks: chunks) { index in
            [index * 10, index * 10 + 1]
        } consume: { items, index in
            seen += items
            indices.append(index)
        }
        #expect(seen == (0..<chunks).flatMap { [$0 * 10, $0 * 10 + 1] })
        #expect(indices == Array(0..<chunks))
    }

    @Test func anErrorStopsTheRun() {
        var consumed = 0
        #expect(throws: Stop.self) {
            try ChunkPipeline.run(chunks: 5) { index in
                [index]
            } consume: { _, _ in
                consumed += 1
                if consumed == 2 { throw Stop() }
            }
        }
        #expect(consumed == 2)
    }
}
