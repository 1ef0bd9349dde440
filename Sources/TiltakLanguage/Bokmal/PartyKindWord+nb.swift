/// Kinds of party in bokmål.
extension PartyKindWord {
    public var nb: String {
        switch self {
        case .municipality: "Kommune"
        case .municipalityGroup: "Kommunegruppe"
        case .regionalCouncil: "Regionråd"
        case .county: "Fylkeskommune"
        case .state: "Stat"
        case .company: "Selskap"
        case .organisation: "Organisasjon"
        case .committee: "Utvalg"
        case .project: "Prosjekt"
        }
    }
}
