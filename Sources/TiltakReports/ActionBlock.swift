import TextLayout
import TiltakLanguage
import TiltakModel

/// Lays out actions as blocks for the `tiltak` partial: the id, then the action text wrapped
/// beside it, then labelled fields whose continuation lines are indented under their text.
///
/// ```
/// NK-01  Utvikle sykkelsatsinga i regionen for å skape fleire heilårs arbeidsplassar
///        Tidsramme:     Årleg
///        Ansvar:        Tråkk'n Roll
/// ```
struct ActionBlock {
    /// Every label a block may show in `language`; the text column starts after the widest.
    static func labels(_ language: Language) -> [String] {
        let columns: [ColumnKey] = [.timeframe, .responsible, .involved, .financing, .remark]
        let texts: [ReportText] = [.cost, .overPeriod, .resource, .missing, .sameText]
        return columns.map { $0.text(language) } + [DocumentWord.note.text(language)]
            + [ColumnKey.role.text(language), ColumnKey.source.text(language)]
            + texts.map { $0.text(language) }
            + [ColumnKey.status.text(language), ReportText.breakdown.text(language)]
    }

    /// The widest a line may be.
    let width: Int
    /// The column the action text and the labels start at.
    let indent: Int
    /// The labels' language.
    let language: Language

    /// A layout for the actions of `plan` in lines of at most `width` columns, labelled in `language`.
    init(plan: Plan, width: Int, language: Language) {
        self.width = width
        self.language = language
        let widestID = plan.actions.map { SafeText.line($0.id.rawValue).displayWidth }.max() ?? 0
        self.indent = min(widestID + 2, width / 4)
    }

    /// The view of one block: `head` (id and text) and `details` (labelled fields, then `extra` lines).
    func view(_ action: Action, fields: [(label: String, text: String)], extra: [String] = []) -> [String:
        Any]
    {
        [
            "id": SafeText.line(action.id.rawValue), "head": head(action),
            "details": details(fields, extra: extra),
        ]
    }

    /// The id and the action text, wrapped beside it.
    func head(_ action: Action) -> [String] {
        hanging(SafeText.line(action.id.rawValue), text: SafeText.line(action.text))
    }

    /// `label` at the left margin and `text` wrapped in the column at ``indent``; a label too
    /// wide for that column gets a line of its own.
    func hanging(_ label: String, text: String) -> [String] {
        HangingText.lines(label, text: text, indent: indent, width: width)
    }

    /// Labelled fields, indented to the text column, followed by `extra` lines at the same indent.
    func details(_ fields: [(label: String, text: String)], extra: [String] = []) -> [String] {
        let pad = String(repeating: " ", count: indent)
        let block = LabelledBlock(fitting: Self.labels(language), totalWidth: width - indent)
        var lines = fields.flatMap { block.lines(label: $0.label, text: $0.text) }
        lines += extra
        return lines.map { $0.isEmpty ? "" : pad + $0 }
    }
}
