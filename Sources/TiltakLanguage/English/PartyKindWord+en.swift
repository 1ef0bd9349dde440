/// Kinds of party in English.
extension PartyKindWord {
    public var en: String {
        switch self {
        case .municipality: "Municipality"
        case .municipalityGroup: "Municipality group"
        case .regionalCouncil: "Regional council"
        case .county: "County council"
        case .state: "State"
        case .company: "Company"
        case .organisation: "Organisation"
        case .committee: "Committee"
        case .project: "Project"
        }
    }
}
