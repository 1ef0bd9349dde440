/// Roles in bokmål.
extension RoleWord {
    public var nb: String {
        switch self {
        case .responsible: "Ansvar"
        case .involved: "Involvert"
        case .pilot: "pilot"
        }
    }
}
