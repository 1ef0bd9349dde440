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
///        Ansvar:  Regionrådet for Hallingdal
///        Tidsramme
///          Før:    2022
///          Etter:  2023
///        Rapport 2021, Gol
///          Før:    –
///          Etter:  Fullført – vedteke i juni
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
        // Each kind's changes by action, in the order of the diff, and the actions by id: gathered
        // once, so that a diff of many actions takes linear time.
        var order: [PlanDiff.Kind: [ActionID]] = [:]
        var changesOf: [PlanDiff.Kind: [ActionID: [PlanDiff.Change]]] = [:]
        for change in diff.changes {
            if changesOf[change.kind, default: [:]][change.actionID] == nil {
                order[change.kind, default: []].append(change.actionID)
            }
            changesOf[change.kind, default: [:]][change.actionID, default: []].append(change)
        }
        let actions = (old: old.actionsByID(), new: new.actionsByID())
        let values = (
            old: PlanDiff.Values(plan: old, language: language),
            new: PlanDiff.Values(plan: new, language: language)
        )
        var sections: [[String: Any]] = []
        for kind in PlanDiff.Kind.allCases {
            guard let order = order[kind] else { continue }
            let blocks = order.map { id in
                let action = kind == .removed ? actions.old[id] : actions.new[id]
                return block(
                    id, action: action, kind: kind, changes: changesOf[kind]?[id] ?? [],
                    values: kind == .removed ? values.old : values.new, indent: indent)
            }
            sections.append([
                "heading": Heading.view(
                    ReportText.changeSection(kind.word, count: order.count).text(language), level: .section,
                    width: width),
                "actions": blocks,
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

    /// One action: its id and text (the new text, or the old for a removed action), then its
    /// responsible parties, then each field (or party's report) with its values before and after;
    /// `action` and `values` are of the revision it is shown from.
    private func block(
        _ id: ActionID, action: Action?, kind: PlanDiff.Kind, changes: [PlanDiff.Change],
        values: PlanDiff.Values, indent: Int
    ) -> [String: Any] {
        let head = hanging(
            SafeText.line(id.rawValue), text: SafeText.line(action?.text ?? ""), indent: indent)
        let pad = String(repeating: " ", count: indent)
        var details: [String] = []
        switch kind {
        case .added, .removed:
            if let action {
                let timeframe = ColumnKey.timeframe.text(language)
                let responsible = ColumnKey.responsible.text(language)
                let block = LabelledBlock(fitting: [timeframe, responsible], totalWidth: width - indent)
                details += block.lines(label: timeframe, text: action.timeframe.display(language))
                details += block.lines(
                    label: responsible, text: shown(values.value(.responsible, of: action)))
            }
        case .moved, .changed:
            if let action {
                // Who the action is for, so that the meeting reads each change in its context.
                let responsible = ColumnKey.responsible.text(language)
                let block = LabelledBlock(fitting: [responsible], totalWidth: width - indent)
                details += block.lines(
                    label: responsible, text: shown(values.value(.responsible, of: action)))
            }
            let before = DocumentWord.before.text(language)
            let after = DocumentWord.after.text(language)
            let block = LabelledBlock(fitting: [before, after], totalWidth: width - indent - 2)
            for change in changes {
                details.append(SafeText.line(change.label(language, registry: values.plan.registry)))
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
