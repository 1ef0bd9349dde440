/// The words of the plan's own texts beside its actions: its goal and its appendix.
public enum PlanText: Phrase, Hashable, CaseIterable {
    /// The heading of the plan's overarching goal (`Overordna mål`).
    case goalHeading
}
