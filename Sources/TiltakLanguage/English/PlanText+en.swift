/// The words of the plan's own texts in English.
extension PlanText {
    public var en: String {
        switch self {
        case .goalHeading: "Overall goal"
        }
    }
}
