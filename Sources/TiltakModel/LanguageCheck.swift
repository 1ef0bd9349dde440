import TiltakLanguage

/// Reads a plan's own words to tell which language it is written in (see ``LanguageEvidence``):
/// `tiltak import` gives a table without a plan file the language its words speak for, and
/// validation warns (`language-mismatch`) when the texts clearly are in another language than
/// the plan's `language` says.
///
/// The texts read are the ones a secretariat writes: the title and goal, each focus area's name,
/// description, result goals and themes, and each action's text, remark and timeframe. Party cells
/// and the registry are not read: organisations keep their own names (`Statens vegvesen` in a
/// nynorsk plan). Reading stops once ``LanguageEvidence/enough`` marker words are counted, so a
/// plan of any size takes the time of its first few hundred actions.
public enum LanguageCheck {
    /// The validation code of the warning.
    public static let code = "language-mismatch"

    /// What the words of `plan` say about its language.
    public static func evidence(of plan: Plan) -> LanguageEvidence {
        evidence(texts: [plan.title, plan.goal], focusAreas: plan.focusAreas, actions: plan.actions)
    }

    /// What the words of `texts`, the focus areas and the actions say about their language.
    public static func evidence(texts: [String] = [], focusAreas: [FocusArea], actions: [Action])
        -> LanguageEvidence
    {
        var evidence = LanguageEvidence()
        for text in texts { evidence.read(text) }
        for area in focusAreas where !evidence.isSettled {
            evidence.read(area.name)
            evidence.read(area.description)
            for goal in area.resultGoals { evidence.read(goal) }
            for theme in area.themes { evidence.read(theme) }
        }
        for action in actions {
            if evidence.isSettled { break }
            evidence.read(action.text)
            evidence.read(action.remark)
            evidence.read(action.timeframe.text)
        }
        return evidence
    }

    /// The warning when the texts of `plan` clearly are in another language than its `language`.
    public static func issues(_ plan: Plan) -> [ValidationIssue] {
        let evidence = evidence(of: plan)
        guard let found = evidence.contradiction(of: plan.language) else { return [] }
        let message = LanguageCheckMessage.textsLookLike(
            found: found, declared: plan.language, examples: evidence.examples[found] ?? [])
        return [ValidationIssue(.warning, code, action: nil, field: nil, .other(Message(message)))]
    }
}
