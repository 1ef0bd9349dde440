/// Where the doubt about realism comes from, in nynorsk.
extension DoubtText {
    public var nn: String {
        switch self {
        case .raisedBy: "Tvilen står i"
        case .cell(let field, let text): "\(field): «\(text)»"
        }
    }
}
