import Testing
import TiltakModel

/// A realism doubt says which cell raised it.
@Suite struct RealismDoubtTests {
    static func action(timeframe: String, remark: String = "", flagged: Bool = true) -> Action {
        Action(
            id: "IN-10", text: "Etablere lokal kommunal kollektivtilbod", focusArea: "IN", theme: "Transport",
            timeframe: TimeframeReader.read(timeframe), remark: remark, flags: flagged ? [.realismDoubt] : [])
    }

    @Test func theDoubtNamesTheCellThatRaisedIt() {
        // IN-10: the doubt is in the timeframe cell.
        let in10 = Self.action(timeframe: "?? Realistisk", remark: "Krev finansiering")
        #expect(in10.realismDoubtCells.map(\.field) == [.timeframe])
        #expect(in10.realismDoubtCells.map(\.text) == ["?? Realistisk"])
        let remark = Self.action(timeframe: "2022", remark: "Usikker på realisme")
        #expect(remark.realismDoubtCells.map(\.field) == [.remark])
        // An action without the flag names no cell.
        #expect(Self.action(timeframe: "?? Realistisk", flagged: false).realismDoubtCells.isEmpty)
    }
}
