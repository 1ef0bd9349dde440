import Testing
import TiltakModel

/// One action row of the seed plan as transcribed in the fixture, with the fixture's expected reading.
struct SeedRow: Sendable, CustomTestStringConvertible {
    var id: String
    var area: String
    var theme: String
    var text: String
    var timeframe: String
    var responsible: String
    var involved: String
    var remark: String
    var reading: SeedReading

    var testDescription: String { id }

    /// The row as an import would hand it to ``ActionReader``.
    var row: ActionRow {
        ActionRow(
            id: id, focusArea: area, theme: theme, text: text, timeframe: timeframe, responsible: responsible,
            involved: involved, remark: remark)
    }
}

/// The fixture's `reading` block: canonical timeframe, party keys, financing and flags.
struct SeedReading: Sendable {
    var timeframe: String
    var responsible: [String]
    var involved: [String]
    var need: String
    var source: String? = nil
    var resource: String? = nil
    var cost: Int? = nil
    var per: String? = nil
    var flags: [String] = []
}

extension PartyCell {
    /// Codes of registered parties and names of unregistered ones, in order.
    var keys: [String] { parties.map(\.key) }
}
