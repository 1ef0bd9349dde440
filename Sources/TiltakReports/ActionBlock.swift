import TextLayout
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
    /// Every label a block may show; the text column starts after the widest.
    static let labels = [
        "Tidsramme", "Ansvar", "Involvert", "Finansiering", "Merknad", "Merk", "Rolle", "Kjelde", "Kostnad",
        "Over perioden", "Ressurs", "Manglar", "Same tekst", "Status", "Fordeling",
    ]

    /// The widest a line may be.
    let width: Int
    /// The column the action text and the labels start at.
    let indent: Int

    /// A layout for the actions of `plan` in lines of at most `width` columns.
    init(plan: Plan, width: Int) {
        self.width = width
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
        let block = LabelledBlock(fitting: Self.labels, totalWidth: width - indent)
        var lines = fields.flatMap { block.lines(label: $0.label, text: $0.text) }
        lines += extra
        return lines.map { $0.isEmpty ? "" : pad + $0 }
    }
}
