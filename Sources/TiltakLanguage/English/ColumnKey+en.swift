/// The workbooks' column captions in English.
extension ColumnKey {
    public var en: String {
        switch self {
        case .id: "ID"
        case .focusArea: "Focus area"
        case .theme: "Theme"
        case .text: "Action"
        case .role: "Role"
        case .throughGroup: "Through"
        case .timeframe: "Timeframe"
        case .firstYear: "From year"
        case .lastYear: "To year"
        case .responsible: "Responsible"
        case .involved: "Involved"
        case .financing: "Financing"
        case .source: "Source"
        case .cost: "Cost (NOK)"
        case .costType: "Cost type"
        case .costOverPeriod: "Cost over the period"
        case .costBasis: "Basis"
        case .remark: "Remark"
        case .status: "Status"
        case .comment: "Comment"
        case .previousStatus: "Previous status"
        case .previousComment: "Previous comment"
        }
    }
}
