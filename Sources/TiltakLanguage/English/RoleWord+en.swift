/// Roles in English.
extension RoleWord {
    public var en: String {
        switch self {
        case .responsible: "Responsible"
        case .involved: "Involved"
        case .pilot: "pilot"
        }
    }
}
