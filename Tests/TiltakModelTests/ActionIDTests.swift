import Testing
import TiltakModel

/// ``ActionID`` ordering: text parts alphabetically, number parts numerically.
@Suite struct ActionIDTests {
    @Test func numbersOrderNumerically() {
        #expect(ActionID("NK-2") < ActionID("NK-10"))
        #expect(!(ActionID("NK-10") < ActionID("NK-2")))
        #expect(ActionID("NK-9") < ActionID("NK-10"))
    }

    @Test func sorting() {
        let ids: [ActionID] = ["NK-10", "AO-3", "NK-2", "NK-1", "IN-01", "AO-12", "NK-02b", "NK-2a"]
        #expect(
            ids.sorted().map(\.rawValue) == [
                "AO-3", "AO-12", "IN-01", "NK-1", "NK-2", "NK-2a", "NK-02b", "NK-10",
            ])
    }

    @Test func leadingZerosCompareByValue() {
        #expect(!(ActionID("NK-02") < ActionID("NK-2")))
        #expect(!(ActionID("NK-2") < ActionID("NK-02")))
        #expect(ActionID("NK-02") != ActionID("NK-2"))
    }

    @Test func aPrefixComesFirst() {
        #expect(ActionID("NK") < ActionID("NK-1"))
        #expect(ActionID("NK-1") < ActionID("NK-1-1"))
    }

    @Test func spellings() {
        let id: ActionID = "KM-07"
        #expect(id.rawValue == "KM-07")
        #expect(id.description == "KM-07")
        #expect(ActionID(rawValue: "KM-07") == id)
        #expect(ActionID("KM-07") == id)
    }
}
