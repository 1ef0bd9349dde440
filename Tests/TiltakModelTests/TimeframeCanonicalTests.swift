import Testing
import TiltakLanguage
import TiltakModel

/// The canonical spelling of ``Timeframe/Kind`` used in plan files, and the nynorsk display text.
@Suite struct TimeframeCanonicalTests {
    /// Each documented spelling with its meaning.
    static let documentedCases: [(String, Timeframe.Kind)] = [
        ("annual", .annual),
        ("continuous", .continuous),
        ("unknown", .unknown),
        ("unrecognised", .unrecognised),
        ("2021", .year(2021, part: nil)),
        ("2021-2022", .span(from: 2021, to: 2022)),
        ("spring 2021", .year(2021, part: .spring)),
        ("summer 2021", .year(2021, part: .summer)),
        ("autumn 2021", .year(2021, part: .autumn)),
        ("winter 2021", .year(2021, part: .winter)),
        ("2021-05", .year(2021, part: .month(5))),
        ("2023-Q2", .year(2023, part: .quarter(2))),
        ("2024-H1", .year(2024, part: .half(1))),
        ("until 2025", .until(2025)),
        ("from 2022", .starting(2022)),
    ]

    @Test(arguments: documentedCases)
    func spelling(_ text: String, _ kind: Timeframe.Kind) {
        #expect(kind.canonical == text)
        #expect(Timeframe.Kind(canonical: text) == kind)
    }

    static var everyKindCases: [Timeframe.Kind] {
        var kinds: [Timeframe.Kind] = [
            .annual, .continuous, .unknown, .unrecognised, .until(2025), .starting(2022),
        ]
        kinds += [.span(from: 2021, to: 2022), .span(from: 2021, to: 2024), .span(from: 2022, to: 2022)]
        kinds += [.year(2021, part: nil)]
        kinds += [.spring, .summer, .autumn, .winter].map { .year(2022, part: $0) }
        kinds += (1...12).map { .year(2023, part: .month($0)) }
        kinds += (1...4).map { .year(2023, part: .quarter($0)) }
        kinds += (1...2).map { .year(2024, part: .half($0)) }
        return kinds
    }

    @Test(arguments: everyKindCases)
    func roundTrip(_ kind: Timeframe.Kind) {
        #expect(Timeframe.Kind(canonical: kind.canonical) == kind)
    }

    @Test(arguments: everyKindCases)
    func readerUnderstandsTheNorwegianText(_ kind: Timeframe.Kind) {
        guard kind != .unknown, kind != .unrecognised else { return }
        for language in [Language.nynorsk, .bokmal] {
            let text = Timeframe(text: "", kind: kind).display(language)
            #expect(TimeframeReader.kind(of: text) == kind, "\(language): \(text)")
        }
    }

    @Test func monthsArePaddedToTwoDigits() {
        #expect(Timeframe.Kind.year(2021, part: .month(1)).canonical == "2021-01")
        #expect(Timeframe.Kind.year(2021, part: .month(12)).canonical == "2021-12")
    }

    static let notCanonicalCases: [String] = [
        "", "Årleg", "2021 - 2022", "2022-2021", "2021-13", "2021-00", "2021-Q5", "2021-H3", "spring",
        "spring 21",
        "until", "from 2022 2023", "2021-5", "21", "Vår 2021", "annual 2021", "2021-q2",
    ]

    @Test(arguments: notCanonicalCases)
    func rejects(_ text: String) {
        #expect(Timeframe.Kind(canonical: text) == nil)
    }

    @Test func surroundingWhiteSpaceIsAllowed() {
        #expect(Timeframe.Kind(canonical: " until 2025 ") == .until(2025))
    }

    static let nynorskCases: [(Timeframe.Kind, String)] = [
        (.annual, "Årleg"),
        (.continuous, "Løpande"),
        (.unknown, "Ukjend"),
        (.until(2025), "Innan 2025"),
        (.starting(2022), "Frå 2022"),
        (.span(from: 2021, to: 2022), "2021–2022"),
        (.year(2021, part: nil), "2021"),
        (.year(2021, part: .spring), "Vår 2021"),
        (.year(2021, part: .summer), "Sommar 2021"),
        (.year(2021, part: .autumn), "Haust 2021"),
        (.year(2021, part: .winter), "Vinter 2021"),
        (.year(2021, part: .month(5)), "mai 2021"),
        (.year(2023, part: .quarter(2)), "2. kvartal 2023"),
        (.year(2024, part: .half(1)), "1. halvår 2024"),
    ]

    @Test(arguments: nynorskCases)
    func nynorskText(_ kind: Timeframe.Kind, _ text: String) {
        #expect(Timeframe(text: "x", kind: kind).display(.nynorsk) == text)
    }

    static let bokmalCases: [(Timeframe.Kind, String)] = [
        (.annual, "Årlig"),
        (.continuous, "Løpende"),
        (.unknown, "Ukjent"),
        (.until(2025), "Innen 2025"),
        (.starting(2022), "Fra 2022"),
        (.span(from: 2021, to: 2022), "2021–2022"),
        (.year(2021, part: .summer), "Sommer 2021"),
        (.year(2021, part: .autumn), "Høst 2021"),
        (.year(2021, part: .month(5)), "mai 2021"),
        (.year(2023, part: .quarter(2)), "2. kvartal 2023"),
    ]

    @Test(arguments: bokmalCases)
    func bokmalText(_ kind: Timeframe.Kind, _ text: String) {
        #expect(Timeframe(text: "x", kind: kind).display(.bokmal) == text)
    }

    static let englishCases: [(Timeframe.Kind, String)] = [
        (.annual, "Annual"),
        (.continuous, "Continuous"),
        (.unknown, "Unknown"),
        (.until(2025), "By 2025"),
        (.starting(2022), "From 2022"),
        (.span(from: 2021, to: 2022), "2021–2022"),
        (.year(2021, part: .autumn), "Autumn 2021"),
        (.year(2021, part: .month(5)), "May 2021"),
        (.year(2023, part: .quarter(2)), "Q2 2023"),
        (.year(2024, part: .half(1)), "H1 2024"),
    ]

    @Test(arguments: englishCases)
    func englishText(_ kind: Timeframe.Kind, _ text: String) {
        #expect(Timeframe(text: "x", kind: kind).display(.english) == text)
    }

    @Test func unrecognisedShowsWhatWasWritten() {
        #expect(TimeframeReader.read("20211").display(.nynorsk) == "20211")
        #expect(Timeframe(text: "", kind: .unrecognised).display(.nynorsk) == "Ukjend")
        #expect(Timeframe(text: "", kind: .unrecognised).display(.bokmal) == "Ukjent")
    }
}
