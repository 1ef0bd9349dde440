/// The header words of a table's columns in English.
extension FieldHeaderWords {
    public var en: String {
        switch self {
        case .id: "ID|No|Number|Action ID|Action no"
        case .focusArea: "Focus area|Area|Priority area|Main goal|Goal area"
        case .theme: "Theme|Topic|Sub-goal|Subgoal|Strategy"
        case .text: "Action|Text|Description|Measure|Activity"
        case .timeframe: "Timeframe|When|Deadline|Schedule|Period|Timing|Due"
        case .responsible: "Responsible|Owner|Lead|Responsibility"
        case .involved: "Involved|Partners|Involvement|Collaborators|Contributors"
        case .remark: "Remark|Remarks|Note|Notes"
        case .cost: "Cost|Costs|Cost (NOK)|Budget|Amount|Estimate"
        case .financing: "Financing|Funding|Funding source"
        case .status: "Status|Progress"
        case .statusComment: "Status comment|Comment on status|Status note|Progress comment|Progress note"
        }
    }
}
