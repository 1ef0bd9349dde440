/// Roles in nynorsk.
extension RoleWord {
    public var nn: String {
        switch self {
        case .responsible: "Ansvar"
        case .involved: "Involvert"
        case .pilot: "pilot"
        }
    }
}
