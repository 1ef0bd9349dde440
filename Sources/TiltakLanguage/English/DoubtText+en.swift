/// Where the doubt about realism comes from, in English.
extension DoubtText {
    public var en: String {
        switch self {
        case .raisedBy: "Doubt raised by"
        case .cell(let field, let text): "\(field): “\(text)”"
        }
    }
}
