/// File and folder names in bokmål.
extension DocumentName {
    public var nb: String {
        switch self {
        case .municipalityFolder: "kommuner"
        case .meetingOverview: "moteoversikt"
        case .unfinanced: "ufinansiert"
        case .revision(let year): "revisjon-\(year)"
        case .returns: "innsamling"
        case .partyFolder: "parter"
        }
    }
}
