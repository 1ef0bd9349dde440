import Testing
import TiltakModel

/// ``TimeframeReader`` on the seed's timeframes and the forms secretariats write in nynorsk and bokmål.
@Suite struct TimeframeReaderTests {
    /// Every distinct timeframe cell of the seed plan.
    static let seedCases: [(String, Timeframe.Kind)] = [
        ("Årleg", .annual),
        ("2021", .year(2021, part: nil)),
        ("2022", .year(2022, part: nil)),
        ("2023", .year(2023, part: nil)),
        ("2021 - 2022", .span(from: 2021, to: 2022)),
        ("Vår 2021", .year(2021, part: .spring)),
        ("mai 2021", .year(2021, part: .month(5))),
        ("?", .unknown),
        ("??", .unknown),
        ("?? Realistisk", .unknown),
        ("", .unknown),
    ]

    @Test(arguments: seedCases)
    func seedTimeframes(_ text: String, _ kind: Timeframe.Kind) {
        #expect(TimeframeReader.kind(of: text) == kind)
    }

    @Test func everySeedTimeframeIsCovered() {
        let inSeed = Set(SeedRows.all.map(\.timeframe))
        #expect(inSeed == Set(Self.seedCases.map(\.0)))
    }

    static let spansCases: [(String, Timeframe.Kind)] = [
        ("2021–2022", .span(from: 2021, to: 2022)),
        ("2021 – 2022", .span(from: 2021, to: 2022)),
        ("2021-2022", .span(from: 2021, to: 2022)),
        ("2021—2023", .span(from: 2021, to: 2023)),
        ("2023-24", .span(from: 2023, to: 2024)),
        ("2021/22", .span(from: 2021, to: 2022)),
        ("2021/2022", .span(from: 2021, to: 2022)),
        ("2021 til 2023", .span(from: 2021, to: 2023)),
        ("2022 og 2023", .span(from: 2022, to: 2023)),
        ("2021, 2022", .span(from: 2021, to: 2022)),
        ("2021, 2022, 2023", .span(from: 2021, to: 2023)),
        ("2021 -2022", .span(from: 2021, to: 2022)),
        ("2021- 2022", .span(from: 2021, to: 2022)),
    ]

    @Test(arguments: spansCases)
    func spans(_ text: String, _ kind: Timeframe.Kind) {
        #expect(TimeframeReader.kind(of: text) == kind)
    }

    static let deadlinesAndStartsCases: [(String, Timeframe.Kind)] = [
        ("Innan 2025", .until(2025)),
        ("Innen 2025", .until(2025)),
        ("Før 2025", .until(2025)),
        ("innan utgangen av 2024", .until(2024)),
        ("Innen utgangen av 2024", .until(2024)),
        ("til og med 2024", .until(2024)),
        ("Frå 2022", .starting(2022)),
        ("Fra 2022", .starting(2022)),
        ("fra og med 2022", .starting(2022)),
        ("Frå og med 2022", .starting(2022)),
        ("Oppstart 2022", .starting(2022)),
        ("Start 2022", .starting(2022)),
        ("Frå hausten 2022", .starting(2022)),
        ("Fra høsten 2022", .starting(2022)),
        ("Frå 2022 til 2024", .span(from: 2022, to: 2024)),
        ("Ikkje før 2023", .starting(2023)),
        ("Innan 31.12.2022", .until(2022)),
        ("Innen 30.06.2023", .until(2023)),
        ("Innan sommaren 2023", .until(2023)),
        ("Ferdig innan 2023", .until(2023)),
        ("Seinast 2023", .until(2023)),
        ("Frist 2023", .until(2023)),
    ]

    @Test(arguments: deadlinesAndStartsCases)
    func deadlinesAndStarts(_ text: String, _ kind: Timeframe.Kind) {
        #expect(TimeframeReader.kind(of: text) == kind)
    }

    static let partsOfYearsCases: [(String, Timeframe.Kind)] = [
        ("Haust 2022", .year(2022, part: .autumn)),
        ("Hausten 2022", .year(2022, part: .autumn)),
        ("Høsten 2022", .year(2022, part: .autumn)),
        ("Høst 2022", .year(2022, part: .autumn)),
        ("Høst 22", .year(2022, part: .autumn)),
        ("vår 23", .year(2023, part: .spring)),
        ("Frå hausten 22", .starting(2022)),
        ("mai 15", .unrecognised),
        ("Vår 2023", .year(2023, part: .spring)),
        ("Våren 2023", .year(2023, part: .spring)),
        ("Sommar 2021", .year(2021, part: .summer)),
        ("Sommeren 2021", .year(2021, part: .summer)),
        ("Vinter 2022", .year(2022, part: .winter)),
        ("Q2 2023", .year(2023, part: .quarter(2))),
        ("q4 2023", .year(2023, part: .quarter(4))),
        ("2023 Q2", .year(2023, part: .quarter(2))),
        ("2023-Q2", .year(2023, part: .quarter(2))),
        ("2023-05", .year(2023, part: .month(5))),
        ("2. kvartal 2023", .year(2023, part: .quarter(2))),
        ("2.kvartal 2023", .year(2023, part: .quarter(2))),
        ("3. kv. 2023", .year(2023, part: .quarter(3))),
        ("Q2-2023", .year(2023, part: .quarter(2))),
        ("Q2/2023", .year(2023, part: .quarter(2))),
        ("H1 2024", .year(2024, part: .half(1))),
        ("1.halvår 2024", .year(2024, part: .half(1))),
        ("31.12.2022", .year(2022, part: .month(12))),
        ("1.7.2022", .year(2022, part: .month(7))),
        ("2022-06-30", .year(2022, part: .month(6))),
        ("T2 2023", .year(2023, part: nil)),
        ("2021 (vår)", .year(2021, part: .spring)),
        ("1. halvår 2024", .year(2024, part: .half(1))),
        ("2. halvår 2024", .year(2024, part: .half(2))),
        ("første halvår 2024", .year(2024, part: .half(1))),
        ("januar 2022", .year(2022, part: .month(1))),
        ("Januar 2022", .year(2022, part: .month(1))),
        ("des. 2022", .year(2022, part: .month(12))),
        ("Desember 2022", .year(2022, part: .month(12))),
        ("sept. 2023", .year(2023, part: .month(9))),
        ("okt 2023", .year(2023, part: .month(10))),
    ]

    @Test(arguments: partsOfYearsCases)
    func partsOfYears(_ text: String, _ kind: Timeframe.Kind) {
        #expect(TimeframeReader.kind(of: text) == kind)
    }

    static let recurringCases: [(String, Timeframe.Kind)] = [
        ("Årleg", .annual),
        ("årleg", .annual),
        ("ÅRLEG", .annual),
        ("Årlig", .annual),
        ("Kvart år", .annual),
        ("Hvert år", .annual),
        ("Løpande", .continuous),
        ("Løpende", .continuous),
        ("Kontinuerleg", .continuous),
        ("Kontinuerlig", .continuous),
        ("Fortløpande", .continuous),
        ("Heile perioden", .continuous),
        ("Hele perioden", .continuous),
        ("I planperioden", .continuous),
        ("Gjennom heile perioden", .continuous),
        ("Årleg frå 2022", .starting(2022)),
        ("Årlig fra 2022", .starting(2022)),
        ("Løpande til 2023", .until(2023)),
        ("Årleg 2021-2023", .span(from: 2021, to: 2023)),
    ]

    @Test(arguments: recurringCases)
    func recurring(_ text: String, _ kind: Timeframe.Kind) {
        #expect(TimeframeReader.kind(of: text) == kind)
    }

    static let unknownCases: [String] = [
        "", " ", "?", "??", "???", "? ", "?? Realistisk", "Realistisk?", "\n", "Ikkje realistisk",
        "Lite realistisk?",
        "Usikkert",
    ]

    @Test(arguments: unknownCases)
    func notStated(_ text: String) {
        #expect(TimeframeReader.kind(of: text) == .unknown)
    }

    static let unrecognisedCases: [String] = [
        "20211", "snart", "2021 - 2019", "2022-2021", "Q5 2023", "5. kvartal 2023", "3. halvår 2024",
        "13/2022", "Innan snart", "Vår", "mai", "2023 2021", "1850", "ein gong", "32.12.2022", "31.13.2022",
        "Snarast",
        "21/22", "Vår/sommar 2021", "Kvart andre år",
    ]

    @Test(arguments: unrecognisedCases)
    func unrecognised(_ text: String) {
        #expect(TimeframeReader.kind(of: text) == .unrecognised)
    }

    @Test func readKeepsTheTextTrimmed() {
        let timeframe = TimeframeReader.read("  Vår 2021 \n")
        #expect(timeframe.text == "Vår 2021")
        #expect(timeframe.kind == .year(2021, part: .spring))
    }

    @Test func doubtDoesNotHideTheTimeframe() {
        #expect(TimeframeReader.kind(of: "2022 (realistisk?)") == .year(2022, part: nil))
        #expect(TimeframeReader.kind(of: "2022?") == .year(2022, part: nil))
        #expect(TimeframeReader.kind(of: "Årleg?") == .annual)
    }

    @Test func trailingFullStopIsPunctuation() {
        #expect(TimeframeReader.kind(of: "2022.") == .year(2022, part: nil))
        #expect(TimeframeReader.kind(of: "Innan 2025.") == .until(2025))
        #expect(TimeframeReader.kind(of: "Vår 2023.") == .year(2023, part: .spring))
        #expect(TimeframeReader.kind(of: "2023-24.") == .span(from: 2023, to: 2024))
    }
}
