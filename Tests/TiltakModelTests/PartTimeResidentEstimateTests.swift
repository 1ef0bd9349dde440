import Testing
import TiltakModel

/// ``PartTimeResidentEstimate`` with the plan's own figures.
@Suite struct PartTimeResidentEstimateTests {
    static let hallingdal = PartTimeResidentEstimate(
        averagePersonsPerDay: 46_724, uncountedShare: 0.06,
        uncountedLabel: "Pluss 6% (utan mobil, avvik for SIM kort)",
        deductions: [
            .init(label: "Fråtrekk innb. Hallingdal", persons: 20_000),
            .init(label: "Fråtrekk ekstrern arbeidskraft", persons: 1_000),
            .init(label: "Fråtrekk gjennomgangstrafikk", persons: 1_000),
            .init(label: "Fråtrekk dagsturisme", persons: 1_000),
        ],
        stated: .init(uncountedPersons: 2_803, guestNightsPerDay: 26_527, guestNightsPerYear: 9_682_355))

    @Test func computedFigures() {
        let estimate = Self.hallingdal
        #expect(estimate.uncountedPersons == 2_803)
        #expect(estimate.guestNightsPerDay == 26_527)
        #expect(estimate.guestNightsPerYear == 9_682_355)
        #expect(estimate.title == "Deltidsinnbyggjaren")
    }

    @Test func theStatedFiguresAgree() {
        #expect(Self.hallingdal.discrepancies.isEmpty)
    }

    @Test func aWrongStatedFigureIsReported() {
        var estimate = Self.hallingdal
        estimate.stated.guestNightsPerYear = 9_682_000
        let found = estimate.discrepancies
        #expect(found.count == 1)
        #expect(found.first?.name == "guestNightsPerYear")
        #expect(found.first?.stated == 9_682_000)
        #expect(found.first?.computed == 9_682_355)
    }

    @Test func everyWrongFigureIsReported() {
        var estimate = Self.hallingdal
        estimate.stated = .init(uncountedPersons: 2_804, guestNightsPerDay: 26_528, guestNightsPerYear: 1)
        #expect(
            estimate.discrepancies.map(\.name) == [
                "uncountedPersons", "guestNightsPerDay", "guestNightsPerYear",
            ])
    }

    @Test func missingStatedFiguresAreNotChecked() {
        var estimate = Self.hallingdal
        estimate.stated = .init()
        #expect(estimate.discrepancies.isEmpty)
    }

    @Test func theShareIsRoundedToWholePersons() {
        let estimate = PartTimeResidentEstimate(
            averagePersonsPerDay: 1_000, uncountedShare: 0.0625, deductions: [])
        #expect(estimate.uncountedPersons == 63)
        #expect(estimate.guestNightsPerDay == 1_063)
        #expect(estimate.guestNightsPerYear == 387_995)
    }
}
