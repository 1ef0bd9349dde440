import Testing
import TiltakModel

/// ``FlagReader``: doubts about realism, uncertain responsible parties, open questions, tentative texts.
@Suite struct FlagReaderTests {
    let reader = ActionReader(registry: HallingdalRegistry.make())

    func flags(
        text: String = "Gjere noko", timeframe: String = "2022", responsible: String = "RR",
        involved: String = "",
        remark: String = ""
    ) -> [ActionFlag] {
        let row = ActionRow(
            focusArea: "NK", theme: "Tema", text: text, timeframe: timeframe, responsible: responsible,
            involved: involved, remark: remark)
        return reader.read(row, id: "NK-01", areaCode: "NK").sortedFlags
    }

    /// The seed rows with flags, as the fixture reads them.
    static let flaggedSeedCases: [(String, [ActionFlag])] = [
        ("NK-06", [.realismDoubt]),
        ("NK-09", [.openQuestion]),
        ("IN-02", [.uncertainResponsible, .openQuestion]),
        ("IN-10", [.realismDoubt]),
        ("KM-06", [.realismDoubt, .tentative]),
        ("AO-07", [.openQuestion, .tentative]),
    ]

    @Test(arguments: flaggedSeedCases)
    func seedFlags(_ id: String, _ expected: [ActionFlag]) throws {
        let seed = try #require(SeedRows.all.first { $0.id == id })
        #expect(reader.read(seed.row, id: ActionID(id), areaCode: seed.area).sortedFlags == expected)
    }

    @Test func noOtherSeedRowIsFlagged() {
        let flagged = Set(Self.flaggedSeedCases.map(\.0))
        let others = SeedRows.all.filter { !flagged.contains($0.id) }
        #expect(others.count == 63)
        for seed in others {
            #expect(
                reader.read(seed.row, id: ActionID(seed.id), areaCode: seed.area).flags.isEmpty, "\(seed.id)")
        }
    }

    static let realismDoubtCases: [String] = [
        "Realistisk?", "?? Realistisk", "Usikker på realisme", "Urealistisk", "Lite realistisk",
        "Ikkje realistisk",
        "Ikke realistisk", "Tvil om realismen", "Realisme uklar", "Er dette realistisk?",
    ]

    @Test(arguments: realismDoubtCases)
    func realismDoubt(_ cell: String) {
        #expect(FlagReader.expressesRealismDoubt(cell))
        #expect(flags(remark: cell).contains(.realismDoubt))
        #expect(!flags(remark: cell).contains(.openQuestion))
    }

    @Test func realismDoubtInAnyCell() {
        #expect(flags(timeframe: "?? Realistisk") == [.realismDoubt])
        #expect(flags(text: "Etablere fond (realistisk?)") == [.realismDoubt])
        #expect(flags(involved: "RR (realistisk?)").contains(.realismDoubt))
    }

    static let noDoubtCases: [String] = [
        "Realistisk", "Berekraftig reisemål", "Realiseres 2022", "Sjå vedlegg", "",
    ]

    @Test(arguments: noDoubtCases)
    func noRealismDoubt(_ cell: String) {
        #expect(!FlagReader.expressesRealismDoubt(cell))
    }

    @Test func uncertainResponsible() {
        #expect(flags(responsible: "Berekratig reisemål?") == [.uncertainResponsible])
        #expect(flags(responsible: "RR, Viken?") == [.uncertainResponsible])
        #expect(flags(responsible: "?") == [])
        #expect(flags(responsible: "") == [])
        // Only the responsible cell counts.
        #expect(flags(involved: "Viken?") == [])
    }

    static let openQuestionCases: [String] = [
        "Er det nedsett ei gruppe?", "KAG?", "?", "??", "Kven har ansvaret?",
        "Søkt midlar frå Viken. Kven følgjer opp?", "Kven følgjer opp? Sjå vedlegg",
    ]

    @Test(arguments: openQuestionCases)
    func openQuestion(_ remark: String) {
        #expect(flags(remark: remark).contains(.openQuestion))
    }

    static let notOpenQuestionCases: [String] = [
        "Finansiering frå fylke?", "Realistisk?", "Krev finansiering", "Sjå vedlegg", "",
        "Krev kom. finansiering?",
        "Kostnad 1.mill. pr. år?", "Søke midlar frå Viken?",
    ]

    @Test(arguments: notOpenQuestionCases)
    func notOpenQuestion(_ remark: String) {
        #expect(!flags(remark: remark).contains(.openQuestion))
    }

    @Test func aQuestionMarkOutsideTheRemarkIsNoOpenQuestion() {
        #expect(flags(timeframe: "?", responsible: "?") == [])
    }

    static let tentativeCases: [(String, Bool)] = [
        ("(Innføre Grøn skule og grøn barnehage i kommunane?)", true),
        ("(Kulturtiltak – historiske opplevingar, kultur som næring, lokalmat og tradisjonar)", true),
        ("  (Forslag: felles vikarpool)  ", true),
        ("(Forslag: felles vikarpool).", true),
        ("Utarbeide bustadpolitisk handlingsplan (Prøvebuprosjekt kan inkluderast)", false),
        ("Innføre Nyby som verktøy", false),
    ]

    @Test(arguments: tentativeCases)
    func tentative(_ text: String, _ isTentative: Bool) {
        #expect(flags(text: text).contains(.tentative) == isTentative)
    }

    @Test func flagsSortInDeclarationOrder() {
        #expect(
            ActionFlag.allCases.sorted() == [.realismDoubt, .uncertainResponsible, .openQuestion, .tentative])
        #expect(ActionFlag.openQuestion < .tentative)
        #expect(
            ActionFlag.allCases.map(\.rawValue) == [
                "realism-doubt", "uncertain-responsible", "open-question", "tentative",
            ])
    }
}
