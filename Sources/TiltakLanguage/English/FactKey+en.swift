/// The workbooks' fact labels in English.
extension FactKey {
    public var en: String {
        switch self {
        case .planID: "Plan ID"
        case .plan: "Plan"
        case .period: "Period"
        case .revision: "Revision"
        case .revisionDate: "Revision date"
        case .municipalityCode: "Municipality code"
        case .municipality: "Municipality"
        case .sourceFile: "Source file"
        case .sha256: "SHA-256"
        case .partyCode: "Party code"
        case .party: "Party"
        case .deadline: "Return by"
        case .contact: "Contact"
        }
    }
}
