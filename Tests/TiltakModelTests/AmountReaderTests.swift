import Testing
import TiltakModel

/// ``AmountReader`` on the ways kroner are written, and on numbers that are not amounts.
@Suite struct AmountReaderTests {
    static let singleCases: [(String, Int)] = [
        ("300 000", 300_000),
        ("Finansiering 300 000", 300_000),
        ("2 300 000", 2_300_000),
        ("2\u{00A0}300\u{00A0}000", 2_300_000),
        ("1.500", 1_500),
        ("NOK 400.000", 400_000),
        ("kr 75 000,-", 75_000),
        ("75 000,-", 75_000),
        ("kr. 75000", 75_000),
        ("75000 kr", 75_000),
        ("75000 kroner", 75_000),
        ("1,5 mill.", 1_500_000),
        ("1.5 mill", 1_500_000),
        ("1.mill.", 1_000_000),
        ("1 million", 1_000_000),
        ("3 millionar", 3_000_000),
        ("2 MNOK", 2_000_000),
        ("2,25 mill", 2_250_000),
        ("50 tusen", 50_000),
        ("250k", 250_000),
        ("250 k", 250_000),
        ("1 mrd", 1_000_000_000),
        ("2021 kr", 2_021),
        ("Kostnad 1.mill. pr. år", 1_000_000),
        ("Kostnad 80 000/år", 80_000),
        ("300kr", 300),
        ("2MNOK", 2_000_000),
    ]

    @Test(arguments: singleCases)
    func single(_ text: String, _ amount: Int) {
        #expect(AmountReader.amounts(in: text).map(\.amount) == [amount])
    }

    static let notAmountCases: [String] = [
        "2021", "Søkt 2021", "Innan 2025", "i 2022 og 2023", "NTP 2018 - 2029", "Rv7", "5G", "Klimakur2030",
        "", "Sak 2021/123", "3G og 5G",
        "Sjå vedlegg",
    ]

    @Test(arguments: notAmountCases)
    func yearsAndCodesAreNotAmounts(_ text: String) {
        #expect(AmountReader.amounts(in: text).isEmpty)
    }

    @Test func aYearNextToAnAmountIsNotPartOfIt() {
        #expect(AmountReader.amounts(in: "300 000 i 2022").map(\.amount) == [300_000])
        #expect(AmountReader.amounts(in: "Budsjett 2022: 300 000").map(\.amount) == [300_000])
        #expect(AmountReader.amounts(in: "Kostnad 300 000 2022").map(\.amount) == [300_000])
        #expect(AmountReader.amounts(in: "Kostnad 250 000 2022-2023").map(\.amount) == [250_000])
    }

    @Test func severalAmountsInOrder() {
        let amounts = AmountReader.amounts(in: "Kostnad 250 000, av dette 100 000 frå Viken")
        #expect(amounts.map(\.amount) == [250_000, 100_000])
    }

    @Test func marking() throws {
        let plain = try #require(AmountReader.amounts(in: "Finansiering 300").first)
        #expect(!plain.isMarked)
        #expect(plain.amount == 300)
        #expect(AmountReader.amounts(in: "300 000").first?.isMarked == true)
        #expect(AmountReader.amounts(in: "kr 300").first?.isMarked == true)
        #expect(AmountReader.amounts(in: "3 mill").first?.isMarked == true)
        #expect(AmountReader.amounts(in: "300 kroner").first?.isMarked == true)
        #expect(AmountReader.amounts(in: "kr300").first?.isMarked == true)
        // Words that merely start like a currency are not one.
        #expect(AmountReader.amounts(in: "Fase 2 krev midlar").map(\.isMarked) == [false])
        #expect(AmountReader.amounts(in: "Ark 2").map(\.isMarked) == [false])
    }

    @Test func matchKeepsTheText() {
        #expect(AmountReader.amounts(in: "Prosjekt Kostnad 250 000").first?.text == "250 000")
    }
}
