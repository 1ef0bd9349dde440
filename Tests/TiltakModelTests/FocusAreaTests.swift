import Testing
import TiltakModel

/// ``FocusArea``: names, short names and derived codes.
@Suite struct FocusAreaTests {
    static let codeCases: [(String, String)] = [
        ("Klima og miljø", "KM"),
        ("Næringsliv og kompetanseutvikling", "NK"),
        ("Attraktivitet og omdømme", "AO"),
        ("Infrastruktur", "IN"),
        ("Tenesteutvikling", "TE"),
        ("Helse, omsorg og velferd", "HOV"),
    ]

    @Test(arguments: codeCases)
    func derivedCode(_ name: String, _ code: String) {
        #expect(FocusArea.code(for: name) == code)
    }

    @Test func shortNamesFitASheetName() {
        let long = "Næringsliv og kompetanseutvikling i heile regionen"
        let short = FocusArea.shorten(long)
        #expect(short == "Næringsliv og")
        #expect(FocusArea.shorten("Klima og miljø") == "Klima og miljø")
        #expect(FocusArea.shorten(String(repeating: "x", count: 40)) == String(repeating: "x", count: 31))
        #expect(FocusArea(code: "NK", name: long).shortName == short)
    }

    @Test func everyNameIsMatched() {
        let area = FocusArea(
            code: "NK", name: "Næringsliv og kompetanseutvikling", shortName: "Næringsliv og kompetanse",
            heading: "NÆRINGSIL OG KOMPETANSEUTVIKLING", aliases: ["Næringsil og kompetanseutvikling"])
        #expect(area.isNamed("nk"))
        #expect(area.isNamed("NÆRINGSLIV OG KOMPETANSEUTVIKLING"))
        #expect(area.isNamed("Næringsliv og kompetanse"))
        #expect(area.isNamed("Næringsil og kompetanse-utvikling"))
        #expect(!area.isNamed("Næringsliv"))
        #expect(area.allNames.count == 5)
    }
}
