/// File and folder names in nynorsk.
extension DocumentName {
    public var nn: String {
        switch self {
        case .municipalityFolder: "kommunar"
        case .meetingOverview: "moteoversikt"
        case .unfinanced: "ufinansiert"
        case .revision(let year): "revisjon-\(year)"
        case .returns: "innsamling"
        case .partyFolder: "partar"
        }
    }
}
