import TiltakLanguage
import TiltakModel

/// The fields of an action as report text in the report's language (not yet neutralised or wrapped).
struct ActionText {
    /// The plan the action belongs to, for party names.
    let plan: Plan
    /// The report's language.
    let language: Language

    /// The label of `column` (`Tidsramme`).
    func label(_ column: ColumnKey) -> String { column.text(language) }

    /// The label and text of the cells that raised the plan's doubt about `action`'s realism
    /// (`Tvilen står i: Tidsramme: «?? Realistisk»`), or nothing.
    func doubtField(_ action: Action) -> [(label: String, text: String)] {
        let cells = action.realismDoubtCells.map {
            DoubtText.cell(field: $0.field.caption(language), text: $0.text).text(language)
        }
        return cells.isEmpty ? [] : [(DoubtText.raisedBy.text(language), cells.joined(separator: "; "))]
    }

    /// The parties of a cell by display name, `(uviss)` when the cell carries a question mark;
    /// `empty` (default `Ikkje avklart`) when it names none.
    func parties(_ cell: PartyCell, empty: String? = nil) -> String {
        guard !cell.isEmpty else { return empty ?? ReportText.notSettled.text(language) }
        let names = plan.registry.displayNames(cell)
        return cell.isUncertain ? names + " " + ChangeWord.uncertain.text(language) : names
    }

    /// The timeframe as the report shows it (`Årleg`, `2021–2022`, `Ukjend`).
    func timeframe(_ action: Action) -> String {
        action.timeframe.display(language)
    }

    /// What the remark says about money: need, source, resource and cost.
    func financing(_ action: Action) -> String {
        action.financing.summary(registry: plan.registry, language)
    }

    /// The source of money, or `Ikkje oppgitt`.
    func source(_ action: Action) -> String {
        action.financing.source.map { plan.registry.displayName($0) } ?? ReportText.notStated.text(language)
    }

    /// The stated cost, or `Ikkje oppgitt` (`Uleseleg beløp` when the remark has one that could not be read).
    func cost(_ action: Action) -> String {
        if let cost = action.financing.cost { return Kroner.format(cost, language) }
        return (action.financing.hasUnreadableAmount ? ReportText.unreadableAmount : .notStated).text(
            language)
    }

    /// The flags, or `nil` when there are none.
    func flags(_ action: Action) -> String? {
        action.flags.isEmpty ? nil : action.sortedFlags.map { $0.text(language) }.joined(separator: ", ")
    }

    /// The standard fields of an action block: time, responsible, involved, financing, remark, flags.
    func standardFields(_ action: Action) -> [(label: String, text: String)] {
        var fields: [(label: String, text: String)] = [
            (label(.timeframe), timeframe(action)),
            (label(.responsible), parties(action.responsible)),
            (label(.involved), parties(action.involved, empty: "–")),
            (label(.financing), financing(action)),
        ]
        if showsRemark(action) { fields.append((label(.remark), action.remark)) }
        if let flags = flags(action) { fields.append((DocumentWord.note.text(language), flags)) }
        return fields
    }

    /// Whether the remark says more than the financing label already does.
    func showsRemark(_ action: Action) -> Bool {
        let remark = NameKey.searchable(action.remark)
        return !remark.isEmpty && remark != NameKey.searchable(action.financing.need.text(language))
    }
}
