/// The words of the plan's own texts in nynorsk.
extension PlanText {
    public var nn: String {
        switch self {
        case .goalHeading: "Overordna mål"
        }
    }
}
