import Testing
import TiltakModel

/// ``PartyCellReader`` on every responsible and involved cell of the seed, and on the spellings around them.
@Suite struct PartyCellReaderTests {
    let reader = PartyCellReader(registry: HallingdalRegistry.make())

    /// Every distinct responsible and involved cell of the seed with the fixture's reading.
    static let seedCases: [(String, [String])] = [
        ("Tråkk'n Roll", ["TR"]),
        ("Kommune, Nærunga, RR", ["KOM", "NL", "RR"]),
        ("Nærings-forum", ["NF"]),
        ("RR, HNH kommune", ["RR", "HNH", "KOM"]),
        ("RR", ["RR"]),
        ("Kommune og hyttefolk", ["KOM", "HYTTE"]),
        ("Etablerer-senteret", ["ETS"]),
        ("HNH", ["HNH"]),
        ("Kommune", ["KOM"]),
        ("HNH, Torpomoen", ["HNH", "TORPO"]),
        ("Kommunane", ["KOM"]),
        ("Kommune, Nærunga, RR FIV", ["KOM", "NL", "RR", "FIV"]),
        ("Kompetanse utvalg", ["KU"]),
        ("RR, Kommune", ["RR", "KOM"]),
        ("RR, Kommune, Viken", ["RR", "KOM", "VIKEN"]),
        ("UE", ["UE"]),
        ("RR, Viken", ["RR", "VIKEN"]),
        ("Kommune Næringsliv", ["KOM", "NL"]),
        ("FBN", ["FBN"]),
        ("Berekratig reisemål?", ["BR"]),
        ("VY", ["VY"]),
        ("Kommune RR", ["KOM", "RR"]),
        ("Kommune, VIKEN", ["KOM", "VIKEN"]),
        ("VIKEN kommune", ["VIKEN", "KOM"]),
        ("VY, VIKEN", ["VY", "VIKEN"]),
        ("Klima- nettverk", ["KN"]),
        ("commune", ["KOM"]),
        ("RR, commune", ["RR", "KOM"]),
        ("VIKEN commune", ["VIKEN", "KOM"]),
        ("Eige prosjekt", ["Eige prosjekt"]),
        ("Viken", ["VIKEN"]),
        ("RR, HR", ["RR", "HR"]),
        ("Kommune, Næringa, RR", ["KOM", "NL", "RR"]),
        ("RR/ commune", ["RR", "KOM"]),
        ("Kommune, FHI", ["KOM", "FHI"]),
        ("kommunane", ["KOM"]),
        ("RR Kommune Næring", ["RR", "KOM", "NL"]),
        ("RR, kommune næring", ["RR", "KOM", "NL"]),
        ("kommune", ["KOM"]),
        ("destinasjon", ["DEST"]),
        ("Destinasjon", ["DEST"]),
        ("Rådmanns-utvalget", ["RU"]),
        ("Plangruppa", ["PG"]),
        ("IKT", ["IKT"]),
        ("?", []),
        ("", []),
    ]

    @Test(arguments: seedCases)
    func seedCells(_ text: String, _ keys: [String]) {
        #expect(reader.read(text).keys == keys)
    }

    @Test func everySeedCellIsCovered() {
        let cells = Set(SeedRows.all.flatMap { [$0.responsible, $0.involved] })
        #expect(cells == Set(Self.seedCases.map(\.0)))
    }

    static let spellingCases: [(String, [String])] = [
        ("NÆRINGS FORUM", ["NF"]),
        ("næringsforum", ["NF"]),
        ("Nærings - forum", ["NF"]),
        ("Næringsforum", ["NF"]),
        ("etablerersenteret", ["ETS"]),
        ("ETABLERER SENTERET", ["ETS"]),
        ("Tråkk’n Roll", ["TR"]),
        ("Tråkkn Roll", ["TR"]),
        ("rådmannsutvalget", ["RU"]),
        ("Rådmanns utvalget", ["RU"]),
        ("Klimanettverk", ["KN"]),
        ("Klima-nettverket", ["KN"]),
        ("rr", ["RR"]),
        ("  RR  ", ["RR"]),
        ("Regionrådet for Hallingdal", ["RR"]),
        ("regionrådet", ["RR"]),
        ("Ål kommune", ["AAL"]),
        ("Gol kommune, Hol kommune", ["GOL", "HOL"]),
        ("Gol og Hol", ["GOL", "HOL"]),
        ("Flå og Nes", ["FLA", "NES"]),
        ("Fagskulen i Viken", ["FIV"]),
        ("Viken fylkeskommune", ["VIKEN"]),
        ("Ungt entreprenørskap Hallingdal", ["UE"]),
    ]

    @Test(arguments: spellingCases)
    func spellings(_ text: String, _ keys: [String]) {
        #expect(reader.read(text).keys == keys)
    }

    static let separatorCases: [(String, [String])] = [
        ("RR; HNH", ["RR", "HNH"]),
        ("RR/HNH", ["RR", "HNH"]),
        ("RR & HNH", ["RR", "HNH"]),
        ("RR + HNH", ["RR", "HNH"]),
        ("RR\nHNH", ["RR", "HNH"]),
        ("RR | HNH", ["RR", "HNH"]),
        ("RR og HNH", ["RR", "HNH"]),
        ("RR samt HNH", ["RR", "HNH"]),
        ("RR,, HNH,", ["RR", "HNH"]),
    ]

    @Test(arguments: separatorCases)
    func separators(_ text: String, _ keys: [String]) {
        #expect(reader.read(text).keys == keys)
    }

    static let commentCases: [(String, [String])] = [
        ("Regionrådet v/ dagleg leiar", ["RR"]),
        ("RR v/leiar, HNH", ["RR", "HNH"]),
        ("RR (leiar)", ["RR"]),
        ("Gol kommune (pilot)", ["GOL"]),
        ("(RR)", ["RR"]),
        ("(RR, Viken)", ["RR", "VIKEN"]),
        ("RR m.fl.", ["RR"]),
        ("RR, Viken mfl", ["RR", "VIKEN"]),
        ("RR med fleire", ["RR"]),
        ("Hallingdal Næringshage AS", ["HNH"]),
        ("Hallingdal Renovasjon IKS", ["HR"]),
        ("RR i samarbeid med Viken", ["RR", "VIKEN"]),
        ("RR saman med Viken", ["RR", "VIKEN"]),
        ("RR sammen med kommunene", ["RR", "KOM"]),
        ("Nes og Gol kommunar", ["NES", "GOL"]),
        ("Gol og Hol kommune", ["GOL", "HOL"]),
        ("Hallingdal Kraftnett (HK)", ["Hallingdal Kraftnett (HK)"]),
        ("Kraftnett AS", ["Kraftnett AS"]),
    ]

    @Test(arguments: commentCases)
    func commentsAreNotNames(_ text: String, _ keys: [String]) {
        #expect(reader.read(text).keys == keys)
    }

    @Test func aGroupWordAfterANonMunicipalityIsTheGroup() {
        #expect(reader.read("HNH kommune").keys == ["HNH", "KOM"])
        #expect(reader.read("VIKEN commune").keys == ["VIKEN", "KOM"])
        #expect(reader.read("RR Kommune").keys == ["RR", "KOM"])
    }

    static let doubtCases: [(String, [String])] = [
        ("Viken?", ["VIKEN"]),
        ("Viken ?", ["VIKEN"]),
        ("?RR", ["RR"]),
        ("? RR", ["RR"]),
        ("RR (?)", ["RR"]),
        ("RR, Viken (?)", ["RR", "VIKEN"]),
        ("RR, ?", ["RR"]),
    ]

    @Test(arguments: doubtCases)
    func doubtedNames(_ text: String, _ keys: [String]) {
        let cell = reader.read(text)
        #expect(cell.keys == keys)
        #expect(cell.isUncertain)
    }

    @Test func aNameWithOgInItStaysWhole() {
        let registry = HallingdalRegistry.make().adding(
            Party(code: "KL", name: "Kultur og landbruk", kind: .committee))
        let cell = PartyCellReader(registry: registry).read("Kultur og landbruk, RR")
        #expect(cell.keys == ["KL", "RR"])
    }

    @Test func unregisteredNamesAreKeptAndReported() {
        let cell = reader.read("RR, Hallingdal Kraftnett, Eige prosjekt")
        #expect(
            cell.parties == [
                .registered("RR"), .unregistered("Hallingdal Kraftnett"), .unregistered("Eige prosjekt"),
            ])
        #expect(cell.unregisteredNames == ["Hallingdal Kraftnett", "Eige prosjekt"])
        #expect(reader.read("RR, Kommune").unregisteredNames == [])
    }

    @Test func aPieceNotWhollyMadeOfKnownNamesStaysOneName() {
        #expect(reader.read("RR Kraftnett").keys == ["RR Kraftnett"])
        #expect(reader.read("Kommune Næringsliv Ukjend").keys == ["Kommune Næringsliv Ukjend"])
    }

    static let emptyCases: [String] = ["", " ", "?", "??", " ? ", "? ?", "\n"]

    @Test(arguments: emptyCases)
    func noParties(_ text: String) {
        let cell = reader.read(text)
        #expect(cell.parties.isEmpty)
        #expect(cell.isEmpty)
        #expect(!cell.isUncertain)
    }

    @Test func questionMarkAfterANameMakesTheCellUncertain() {
        let cell = reader.read("Berekratig reisemål?")
        #expect(cell.isUncertain)
        #expect(cell.keys == ["BR"])
        #expect(cell.text == "Berekratig reisemål?")
        let pair = reader.read("RR, Viken??")
        #expect(pair.isUncertain)
        #expect(pair.keys == ["RR", "VIKEN"])
        #expect(!reader.read("RR, Viken").isUncertain)
    }

    @Test func duplicatesAreRemovedInWrittenOrder() {
        #expect(reader.read("RR, Regionrådet, rr").keys == ["RR"])
        #expect(reader.read("Viken, RR, Fylket, Kommune, commune").keys == ["VIKEN", "RR", "KOM"])
        #expect(reader.read("HNH, RR, HNH").keys == ["HNH", "RR"])
    }

    @Test func orderIsKept() {
        #expect(reader.read("VY, RR, HNH").keys == ["VY", "RR", "HNH"])
        #expect(reader.read("HNH, RR, VY").keys == ["HNH", "RR", "VY"])
    }

    @Test func cellTextIsTrimmed() {
        #expect(reader.read("  RR, HR \n").text == "RR, HR")
    }
}
