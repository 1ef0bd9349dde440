/// Where the doubt about realism comes from, in bokmål.
extension DoubtText {
    public var nb: String {
        switch self {
        case .raisedBy: "Tvilen kommer fra"
        case .cell(let field, let text): "\(field): «\(text)»"
        }
    }
}
