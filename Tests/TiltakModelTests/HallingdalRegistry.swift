import TiltakModel

/// The Hallingdal registry, mirroring `parties:` of Fixtures/hallingdal-2021-2024.yaml.
enum HallingdalRegistry {
    static let parties: [Party] = [
        Party(
            code: "RR", name: "Regionrådet for Hallingdal", kind: .regionalCouncil,
            aliases: ["RR", "Regionrådet", "Regionråd", "Hallingdal regionråd", "Regionrådet i Hallingdal"]),
        Party(
            code: "KOM", name: "Kommunane i Hallingdal", kind: .municipalityGroup,
            aliases: [
                "Kommune", "Kommunen", "Kommunane", "Kommunar", "Kommunene", "Kommuner", "commune",
                "alle kommunar", "alle kommunane", "kvar kommune", "hver kommune",
            ], members: ["FLA", "NES", "GOL", "HEM", "AAL", "HOL"]),
        Party(code: "FLA", name: "Flå", kind: .municipality, aliases: ["Flå kommune"]),
        Party(
            code: "NES", name: "Nesbyen", kind: .municipality,
            aliases: ["Nes", "Nesbyen kommune", "Nes kommune"]),
        Party(code: "GOL", name: "Gol", kind: .municipality, aliases: ["Gol kommune"]),
        Party(code: "HEM", name: "Hemsedal", kind: .municipality, aliases: ["Hemsedal kommune"]),
        Party(code: "AAL", name: "Ål", kind: .municipality, aliases: ["Ål kommune", "Aal"]),
        Party(code: "HOL", name: "Hol", kind: .municipality, aliases: ["Hol kommune"]),
        Party(
            code: "VIKEN", name: "Viken fylkeskommune", kind: .county,
            aliases: ["Viken", "Fylke", "Fylket", "Fylkeskommunen", "Fylkeskommune"]),
        Party(code: "FHI", name: "Folkehelseinstituttet", kind: .state, aliases: ["FHI"]),
        Party(
            code: "HNH", name: "Hallingdal Næringshage", kind: .company,
            aliases: ["HNH", "Næringshagen", "Næringshage"]),
        Party(code: "HR", name: "Hallingdal Renovasjon", kind: .company, aliases: ["HR"]),
        Party(code: "VY", name: "Vy", kind: .company),
        Party(
            code: "TR", name: "Tråkk'n Roll", kind: .company,
            aliases: ["Tråkk’n Roll", "Tråkkn Roll", "Trakk'n Roll"]),
        Party(
            code: "DEST", name: "Destinasjonsselskapa", kind: .company,
            aliases: [
                "Destinasjon", "Destinasjonane", "Destinasjonsselskap", "Destinasjonsselskapet",
                "Destinasjonsselskapene",
            ]),
        Party(
            code: "NL", name: "Næringslivet", kind: .organisation,
            aliases: ["Næringsliv", "Næring", "Næringa", "Nærunga", "Næringane"]),
        Party(code: "NF", name: "Næringsforum", kind: .organisation, aliases: ["Næringsforumet"]),
        Party(code: "ETS", name: "Etablerersenteret", kind: .organisation, aliases: ["Etablerersenter"]),
        Party(code: "TORPO", name: "Torpomoen", kind: .organisation),
        Party(
            code: "HYTTE", name: "Hyttefolk", kind: .organisation,
            aliases: ["hyttefolk", "hyttehallingar", "hytteeigarar", "hyttehallingen", "hytteeiere"]),
        Party(
            code: "UE", name: "Ungt Entreprenørskap", kind: .organisation,
            aliases: ["UE", "Ungt entreprenørskap Hallingdal"]),
        Party(
            code: "FIV", name: "Fagskolen i Viken", kind: .organisation,
            aliases: ["FIV", "Fagskulen i Viken"]),
        Party(code: "FBN", name: "FBN", kind: .organisation),
        Party(code: "IKT", name: "IKT Hallingdal", kind: .organisation, aliases: ["IKT"]),
        Party(
            code: "KU", name: "Kompetanseutvalet", kind: .committee,
            aliases: ["Kompetanse utvalg", "Kompetanseutval", "Kompetanseutvalget", "Kompetanseutvalg"]),
        Party(
            code: "KN", name: "Klimanettverket", kind: .committee,
            aliases: ["Klimanettverk", "Klima-nettverk"]),
        Party(
            code: "RU", name: "Rådmannsutvalet", kind: .committee,
            aliases: ["Rådmannsutvalget", "Rådmannsutval", "Rådmannsutvalg"]),
        Party(code: "PG", name: "Plangruppa", kind: .committee, aliases: ["Plangruppe", "Plangruppen"]),
        Party(
            code: "BR", name: "Berekraftig reisemål", kind: .project,
            aliases: ["Berekraftig reisemål", "Bærekraftig reisemål", "Berekratig reisemål"]),
    ]

    /// A registry of the plan's parties.
    static func make() -> PartyRegistry { PartyRegistry(parties: parties) }
}
