/// The words of the plan's own texts in bokmål.
extension PlanText {
    public var nb: String {
        switch self {
        case .goalHeading: "Overordnet mål"
        }
    }
}
