import Testing
import TiltakModel

/// Every row of the seed plan read by ``ActionReader`` gives the fixture's `reading`.
@Suite struct SeedReadingTests {
    let reader = ActionReader(registry: HallingdalRegistry.make())

    @Test func theFixtureHasEveryRowOfThePlan() {
        #expect(SeedRows.all.count == 69)
        #expect(Set(SeedRows.all.map(\.id)).count == 69)
    }

    @Test(arguments: SeedRows.all)
    func timeframe(_ seed: SeedRow) {
        let action = reader.read(seed.row, id: ActionID(seed.id), areaCode: seed.area)
        #expect(action.timeframe.kind.canonical == seed.reading.timeframe)
        #expect(action.timeframe.text == seed.timeframe)
    }

    @Test(arguments: SeedRows.all)
    func parties(_ seed: SeedRow) {
        let action = reader.read(seed.row, id: ActionID(seed.id), areaCode: seed.area)
        #expect(action.responsible.keys == seed.reading.responsible)
        #expect(action.involved.keys == seed.reading.involved)
    }

    @Test(arguments: SeedRows.all)
    func financing(_ seed: SeedRow) {
        let financing = reader.read(seed.row, id: ActionID(seed.id), areaCode: seed.area).financing
        #expect(financing.need.rawValue == seed.reading.need)
        #expect(financing.source?.key == seed.reading.source)
        #expect(financing.resource == seed.reading.resource)
        #expect(financing.cost?.amount == seed.reading.cost)
        #expect(financing.cost?.recurrence.rawValue == seed.reading.per)
        #expect(!financing.hasUnreadableAmount)
    }

    @Test(arguments: SeedRows.all)
    func flags(_ seed: SeedRow) {
        let action = reader.read(seed.row, id: ActionID(seed.id), areaCode: seed.area)
        #expect(Set(action.flags.map(\.rawValue)) == Set(seed.reading.flags))
    }

    @Test func cellsAreKeptAsWritten() throws {
        let seed = try #require(SeedRows.all.first { $0.id == "IN-11" })
        let action = reader.read(seed.row, id: "IN-11", areaCode: "IN")
        #expect(action.id == "IN-11")
        #expect(action.focusArea == "IN")
        #expect(action.theme == "Kollektiv og trafikktryggleik")
        #expect(action.remark == "Arbeids- gruppe")
        #expect(action.involved.text == "VY, VIKEN")
    }

    @Test func readingTrimsCells() {
        let row = ActionRow(
            focusArea: "NK", theme: " Innovasjon ", text: "  Etablere eit senter \n", timeframe: " Vår 2021 ",
            responsible: " HNH ", remark: " Søkt midlar frå Viken ")
        let action = reader.read(row, id: "NK-13", areaCode: "NK")
        #expect(action.text == "Etablere eit senter")
        #expect(action.theme == "Innovasjon")
        #expect(action.timeframe.text == "Vår 2021")
        #expect(action.remark == "Søkt midlar frå Viken")
        #expect(action.responsible.keys == ["HNH"])
    }
}
