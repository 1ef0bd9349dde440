import Testing
import TiltakModel

/// ``NameKey``: matching keys and searchable text.
@Suite struct NameKeyTests {
    static let sameKeyCases: [(String, String)] = [
        ("Nærings-forum", "Næringsforum"),
        ("NÆRINGS FORUM", "Næringsforum"),
        ("Nærings – forum", "Næringsforum"),
        ("Tråkk'n Roll", "Tråkkn Roll"),
        ("Tråkk’n Roll", "Tråkkn Roll"),
        ("Rådmanns-utvalget", "rådmannsutvalget"),
        ("Klima- nettverk", "Klimanettverk"),
        ("Kafé", "Kafe"),
        ("A\u{030A}l", "Ål"),
        ("Hallingdal.no", "Hallingdalno"),
        ("Gol\u{00A0}kommune", "Gol kommune"),
        ("Ungt_Entreprenørskap", "ungt entreprenørskap"),
    ]

    @Test(arguments: sameKeyCases)
    func sameKey(_ a: String, _ b: String) {
        #expect(NameKey.make(a) == NameKey.make(b))
    }

    static let differentKeyCases: [(String, String)] = [
        ("Ål", "Al"),
        ("Ål", "Aal"),
        ("Flå", "Fla"),
        ("Nærunga", "Narunga"),
        ("Hol", "Høl"),
        ("Gol", "Gol kommune"),
    ]

    @Test(arguments: differentKeyCases)
    func differentKey(_ a: String, _ b: String) {
        #expect(NameKey.make(a) != NameKey.make(b))
    }

    @Test func keys() {
        #expect(NameKey.make("Nærings-forum") == "næringsforum")
        #expect(NameKey.make("Tråkk'n Roll") == "tråkknroll")
        #expect(NameKey.make(" - ") == "")
        #expect(NameKey.make("ÆØÅ") == "æøå")
    }

    @Test func searchable() {
        #expect(NameKey.searchable("  Vår\t2021 – 2022 ") == "vår 2021 - 2022")
        #expect(NameKey.searchable("Krev\n\nKOM. finansiering") == "krev kom. finansiering")
        #expect(NameKey.searchable("2021—2022") == "2021-2022")
        #expect(NameKey.searchable("Søkt\u{00A0}midlar") == "søkt midlar")
        #expect(NameKey.searchable("") == "")
        #expect(NameKey.searchable("A\u{030A}rleg") == "årleg")
    }
}
