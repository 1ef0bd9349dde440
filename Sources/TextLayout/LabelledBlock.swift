/// A labelled field for plain-text reports: the label, then its text wrapped in a column of
/// its own, with continuation lines indented to where the text starts.
///
/// ```
/// Ansvar:     Regionrådet for Hallingdal, i samarbeid med kommunane og
///             fylkeskommunen
/// ```
///
/// The label (with ``labelSuffix`` appended) is padded to ``labelWidth`` columns; the text
/// gets the remaining `totalWidth - labelWidth` columns (at least 1). A label too wide to leave
/// a space before the text column goes on a line of its own, and the text starts on the next
/// line, still at the text column. Label and text are neutralised with ``TerminalSafe``;
/// newlines in the text are kept as paragraph breaks. Lines have no trailing spaces.
public struct LabelledBlock: Sendable {
    /// The display column at which text starts; the label and its padding fill the columns before.
    public var labelWidth: Int
    /// The widest a line may be (except for a label wider than this by itself).
    public var totalWidth: Int
    /// Appended to every label, `":"` by default.
    public var labelSuffix: String

    /// A block layout with text at column `labelWidth` in lines of at most `totalWidth` columns.
    public init(labelWidth: Int, totalWidth: Int, labelSuffix: String = ":") {
        self.labelWidth = max(0, labelWidth)
        self.totalWidth = totalWidth
        self.labelSuffix = labelSuffix
    }

    /// A block layout whose text column starts `gap` columns after the widest of `labels`.
    public init(fitting labels: [String], gap: Int = 2, totalWidth: Int, labelSuffix: String = ":") {
        let widest = labels.map { TerminalSafe.neutralise($0).displayWidth }.max() ?? 0
        self.init(
            labelWidth: widest + labelSuffix.displayWidth + max(1, gap), totalWidth: totalWidth,
            labelSuffix: labelSuffix)
    }

    /// The lines of one labelled field.
    public func lines(label: String, text: String) -> [String] {
        let shownLabel = TerminalSafe.neutralise(label).trimmingWhitespace() + labelSuffix
        let indent = Padding.spaces(labelWidth)
        let textLines = TextWrapper(width: totalWidth - labelWidth)
            .wrap(TerminalSafe.neutralise(text, keepNewlines: true).trimmingWhitespace())
        var result: [String] = []
        var remaining = textLines[...]
        if shownLabel.displayWidth < labelWidth {
            let first = remaining.popFirst() ?? ""
            result.append((Padding.pad(shownLabel, to: labelWidth) + first).trimmingTrailingSpaces())
        } else {
            result.append(shownLabel)
            if remaining.count == 1, remaining.first == "" {
                remaining = []
            }
        }
        for line in remaining {
            result.append(line.isEmpty ? "" : indent + line)
        }
        return result
    }

    /// One labelled field as text, lines joined with "\n".
    public func render(label: String, text: String) -> String {
        lines(label: label, text: text).joined(separator: "\n")
    }

    /// Several labelled fields, one after another, as text.
    public func render(_ fields: [(label: String, text: String)]) -> String {
        fields.flatMap { lines(label: $0.label, text: $0.text) }.joined(separator: "\n")
    }
}
