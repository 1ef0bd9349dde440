import Testing
import TiltakModel

/// ``PartyRegistry``: lookups, groups and expansion.
@Suite struct PartyRegistryTests {
    let registry = HallingdalRegistry.make()

    static let lookupCases: [(String, String?)] = [
        ("Ål kommune", "AAL"),
        ("AAL", "AAL"),
        ("Aal", "AAL"),
        ("ål", "AAL"),
        ("NÆRINGS FORUM", "NF"),
        ("Nærings-forum", "NF"),
        ("Hemsedal kommune", "HEM"),
        ("Nes", "NES"),
        ("Nesbyen", "NES"),
        ("Viken", "VIKEN"),
        ("viken fylkeskommune", "VIKEN"),
        ("Fylket", "VIKEN"),
        ("kommune", "KOM"),
        ("Kommunane i Hallingdal", "KOM"),
        ("Alle kommunar", "KOM"),
        ("kommunene", "KOM"),
        ("Tråkk'n Roll", "TR"),
        ("Trakk'n Roll", "TR"),
        ("Vy", "VY"),
        ("VY", "VY"),
        ("Bærekraftig reisemål", "BR"),
        ("FIV", "FIV"),
        ("Aa", nil),
        ("Al", nil),
        ("Hallingdal Kraftnett", nil),
        ("", nil),
    ]

    @Test(arguments: lookupCases)
    func resolve(_ name: String, _ code: String?) {
        #expect(registry.resolve(name)?.code == code)
    }

    @Test func partyByCode() {
        #expect(registry.party(code: "GOL")?.name == "Gol")
        #expect(registry.party(code: "gol") == nil)
        #expect(registry.party(code: "XYZ") == nil)
    }

    @Test func municipalityGroupExpandsToTheSixMunicipalities() {
        let expanded = registry.expand(.registered("KOM"))
        #expect(expanded == ["FLA", "NES", "GOL", "HEM", "AAL", "HOL"].map { PartyReference.registered($0) })
        #expect(registry.municipalityGroup?.code == "KOM")
        #expect(registry.municipalities.map(\.code) == ["FLA", "NES", "GOL", "HEM", "AAL", "HOL"])
    }

    @Test func otherReferencesDoNotExpand() {
        #expect(registry.expand(.registered("RR")) == [.registered("RR")])
        #expect(registry.expand(.registered("GOL")) == [.registered("GOL")])
        #expect(registry.expand(.unregistered("Eige prosjekt")) == [.unregistered("Eige prosjekt")])
    }

    @Test func coverage() {
        #expect(registry.reference(.registered("KOM"), covers: "GOL"))
        #expect(registry.reference(.registered("GOL"), covers: "GOL"))
        #expect(!registry.reference(.registered("GOL"), covers: "KOM"))
        #expect(!registry.reference(.registered("RR"), covers: "GOL"))
        #expect(!registry.reference(.unregistered("Gol"), covers: "GOL"))
        #expect(registry.groups(containing: "HOL").map(\.code) == ["KOM"])
        #expect(registry.groups(containing: "RR").isEmpty)
    }

    @Test func referencesAndDisplayNames() {
        #expect(registry.reference(for: "Regionrådet") == .registered("RR"))
        #expect(registry.reference(for: "Hallingdal Kraftnett") == .unregistered("Hallingdal Kraftnett"))
        #expect(registry.displayName(.registered("HNH")) == "Hallingdal Næringshage")
        #expect(registry.displayName(.unregistered("Eige prosjekt")) == "Eige prosjekt")
        #expect(registry.displayName(.registered("XYZ")) == "XYZ")
    }

    @Test func aRegistryWithoutAGroupGetsOne() throws {
        let plain = PartyRegistry(parties: [
            Party(code: "GOL", name: "Gol", kind: .municipality),
            Party(code: "HOL", name: "Hol", kind: .municipality),
            Party(code: "RR", name: "Regionrådet", kind: .regionalCouncil),
        ])
        let group = try #require(plain.municipalityGroup)
        #expect(group.code == "KOM")
        #expect(group.members == ["GOL", "HOL"])
        #expect(plain.resolve("Kommunane")?.code == "KOM")
        #expect(plain.resolve("commune")?.code == "KOM")
        #expect(plain.resolve("Gol kommune")?.code == "GOL")
    }

    @Test func codesWinOverNamesAndAliases() {
        let registry = PartyRegistry(parties: [
            Party(code: "NES", name: "Nesbyen", kind: .municipality),
            Party(code: "X", name: "Nes", kind: .organisation),
        ])
        #expect(registry.resolve("Nes")?.code == "NES")
    }

    @Test func addingReplacesByCode() {
        let changed = registry.adding(Party(code: "VY", name: "Vy Buss", kind: .company, aliases: ["Vybuss"]))
        #expect(changed.resolve("Vybuss")?.code == "VY")
        #expect(changed.party(code: "VY")?.name == "Vy Buss")
        #expect(changed.parties.filter { $0.code == "VY" }.count == 1)
    }
}
