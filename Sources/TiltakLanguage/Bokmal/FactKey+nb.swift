/// The workbooks' fact labels in bokmål.
extension FactKey {
    public var nb: String {
        switch self {
        case .planID: "Plan-ID"
        case .plan: "Plan"
        case .period: "Periode"
        case .revision: "Revisjon"
        case .revisionDate: "Revisjonsdato"
        case .municipalityCode: "Kommunekode"
        case .municipality: "Kommune"
        case .sourceFile: "Kildefil"
        case .sha256: "SHA-256"
        case .partyCode: "Partskode"
        case .party: "Part"
        case .deadline: "Svarfrist"
        case .contact: "Kontakt"
        }
    }
}
