/// Kinds of party in nynorsk.
extension PartyKindWord {
    public var nn: String {
        switch self {
        case .municipality: "Kommune"
        case .municipalityGroup: "Kommunegruppe"
        case .regionalCouncil: "Regionråd"
        case .county: "Fylkeskommune"
        case .state: "Stat"
        case .company: "Selskap"
        case .organisation: "Organisasjon"
        case .committee: "Utval"
        case .project: "Prosjekt"
        }
    }
}
