import TextLayout

/// A heading as the `overskrift` partial shows it: the title wrapped to the width, and a rule
/// under it as wide as its widest line.
enum Heading {
    /// The rule character of each heading level.
    enum Level {
        /// The report title: `=`.
        case title
        /// A section (focus area, year group): `-`.
        case section
        /// A subsection (theme): `·`, a lighter rule.
        case subsection

        var rule: Character {
            switch self {
            case .title: "="
            case .section: "-"
            case .subsection: "·"
            }
        }
    }

    /// The view of a heading: `lines` and `rule`.
    static func view(_ title: String, level: Level, width: Int) -> [String: Any] {
        let lines = TextWrapper(width: width).wrap(SafeText.line(title))
        let ruleWidth = lines.map(\.displayWidth).max() ?? 0
        return ["lines": lines, "rule": String(repeating: level.rule, count: max(1, ruleWidth))]
    }
}
