import Mustache
import TextLayout
import TiltakLanguage
import TiltakModel

/// The changes between two revisions of a plan (`tiltak diff`) as the `endringar` template shows them.
///
/// ```
/// Endra tiltak (1)
/// ----------------
///
/// KM-04  Få på plass ein klimakoordinator i Hallingdal
///        Tidsramme
///          Før:    2022
///          Etter:  2023
/// ```
struct ChangesReport {
    let old: Plan
    let new: Plan
    let diff: PlanDiff
    let width: Int
    /// How the old and new revisions are named in the report (file names), if known.
    let oldName: String?
    let newName: String?
    /// The report's language.
    let language: Language

    /// The view: `heading`, `meta`, `none` (lines when nothing changed) and `sections` (each with
    /// `heading` and `actions`, each action with `head` and `details`).
    func view() -> [String: Any] {
        let ids = diff.actionIDs.map { SafeText.line($0.rawValue).displayWidth }.max() ?? 0
        let indent = min(ids + 2, width / 4)
        var sections: [[String: Any]] = []
        for kind in PlanDiff.Kind.allCases {
            let changes = diff.changes.filter { $0.kind == kind }
            guard !changes.isEmpty else { continue }
            var order: [ActionID] = []
            for change in changes where !order.contains(change.actionID) { order.append(change.actionID) }
            let actions = order.map { id in
                block(id, kind: kind, changes: changes.filter { $0.actionID == id }, indent: indent)
            }
            sections.append([
                "heading": Heading.view(
                    ReportText.changeSection(kind.word, count: order.count).text(language), level: .section,
                    width: width),
                "actions": actions,
            ])
        }
        return [
            "heading": Heading.view(
                ReportText.changesTitle(plan: new.title).text(language), level: .title, width: width),
            "meta": meta(),
            "none": diff.isEmpty
                ? ReportViews.paragraph(ReportText.noChanges.text(language), width: width) : [],
            "sections": sections,
        ]
    }

    private func meta() -> [String] {
        func revision(_ plan: Plan, _ name: String?) -> String {
            let base = "\(plan.revision.label) (\(plan.revision.date.iso))"
            return name.map { "\(base), \($0)" } ?? base
        }
        let fields: [(label: String, text: String)] = [
            (FactKey.plan.text(language), new.title),
            (DocumentWord.before.text(language), revision(old, oldName)),
            (DocumentWord.after.text(language), revision(new, newName)),
            (ReportText.changes.text(language), diff.summary(language)),
        ]
        let block = LabelledBlock(fitting: fields.map(\.label), totalWidth: width)
        return fields.flatMap { block.lines(label: $0.label, text: $0.text) }
    }

    /// One action: its id and text (the new text, or the old for a removed action), then each field
    /// with its values before and after.
    private func block(_ id: ActionID, kind: PlanDiff.Kind, changes: [PlanDiff.Change], indent: Int)
        -> [String:
        Any]
    {
        let action = kind == .removed ? old.action(id: id) : new.action(id: id)
        let head = hanging(
            SafeText.line(id.rawValue), text: SafeText.line(action?.text ?? ""), indent: indent)
        let pad = String(repeating: " ", count: indent)
        var details: [String] = []
        switch kind {
        case .added, .removed:
            if let action {
                let plan = kind == .removed ? old : new
                let timeframe = ColumnKey.timeframe.text(language)
                let responsible = ColumnKey.responsible.text(language)
                let block = LabelledBlock(fitting: [timeframe, responsible], totalWidth: width - indent)
                details += block.lines(label: timeframe, text: action.timeframe.display(language))
                details += block.lines(
                    label: responsible,
                    text: shown(PlanDiff.value(.responsible, of: action, in: plan, language: language)))
            }
        case .moved, .changed:
            let before = DocumentWord.before.text(language)
            let after = DocumentWord.after.text(language)
            let block = LabelledBlock(fitting: [before, after], totalWidth: width - indent - 2)
            for change in changes {
                details.append(SafeText.line(change.field.text(language)))
                details += block.lines(label: before, text: shown(change.old)).map { "  " + $0 }
                details += block.lines(label: after, text: shown(change.new)).map { "  " + $0 }
            }
        }
        return [
            "id": SafeText.line(id.rawValue), "head": head,
            "details": details.map { $0.isEmpty ? "" : pad + $0 }, "lines": [String](),
        ]
    }

    private func shown(_ value: String) -> String {
        let line = SafeText.line(value)
        return line.isEmpty ? "–" : line
    }

    private func hanging(_ label: String, text: String, indent: Int) -> [String] {
        HangingText.lines(label, text: text, indent: indent, width: width)
    }
}

extension ReportRenderer {
    /// The name of the template of the changes report.
    public static let changesTemplate = "endringar"

    /// The changes from `old` to `new` (`tiltak diff`) as text in `language` (`nil`: the new plan's),
    /// lines at most `width` columns, `Ingen endringar.` when nothing changed. `oldName` and `newName`
    /// (file names) are shown beside the revisions.
    public func renderChanges(
        from old: Plan, to new: Plan, width: Int = 100, oldName: String? = nil, newName: String? = nil,
        language: Language? = nil
    ) throws -> String {
        guard (ReportOptions.minimumWidth...ReportOptions.maximumWidth).contains(width) else {
            throw ReportError.widthOutOfRange(width)
        }
        let language = language ?? new.language
        let view = ChangesReport(
            old: old, new: new, diff: PlanDiff(old: old, new: new, language: language), width: width,
            oldName: oldName, newName: newName, language: language
        ).view()
        return try render(view: view, template: Self.changesTemplate, language: language)
    }
}
