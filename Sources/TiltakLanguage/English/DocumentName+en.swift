/// File and folder names in English.
extension DocumentName {
    public var en: String {
        switch self {
        case .municipalityFolder: "municipalities"
        case .meetingOverview: "meeting-overview"
        case .unfinanced: "unfinanced"
        case .revision(let year): "revision-\(year)"
        case .returns: "returns"
        case .partyFolder: "parties"
        }
    }
}
