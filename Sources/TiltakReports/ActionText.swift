import TiltakModel

/// The fields of an action as report text (not yet neutralised or wrapped).
struct ActionText {
    /// The plan the action belongs to, for party names.
    let plan: Plan

    /// The parties of a cell by display name, `(uviss)` when the cell carries a question mark;
    /// `empty` when it names none.
    func parties(_ cell: PartyCell, empty: String = "Ikkje avklart") -> String {
        guard !cell.isEmpty else { return empty }
        let names = plan.registry.displayNames(cell)
        return cell.isUncertain ? names + " (uviss)" : names
    }

    /// The timeframe in nynorsk (`Årleg`, `2021–2022`, `Ukjend`).
    func timeframe(_ action: Action) -> String {
        action.timeframe.nynorsk
    }

    /// What the remark says about money: need, source, resource and cost.
    func financing(_ action: Action) -> String {
        let financing = action.financing
        guard financing.need != .none else { return "Ikkje omtalt" }
        var parts = [financing.need.nynorsk]
        if let source = financing.source { parts.append("kjelde: " + plan.registry.displayName(source)) }
        if let resource = financing.resource, !resource.isEmpty { parts.append("ressurs: " + resource) }
        if let cost = financing.cost { parts.append("kostnad: " + Kroner.format(cost)) }
        return parts.joined(separator: ", ")
    }

    /// The source of money, or `Ikkje oppgitt`.
    func source(_ action: Action) -> String {
        action.financing.source.map { plan.registry.displayName($0) } ?? "Ikkje oppgitt"
    }

    /// The stated cost, or `Ikkje oppgitt` (`Uleseleg beløp` when the remark has one that could not be read).
    func cost(_ action: Action) -> String {
        if let cost = action.financing.cost { return Kroner.format(cost) }
        return action.financing.hasUnreadableAmount ? "Uleseleg beløp" : "Ikkje oppgitt"
    }

    /// The flags in nynorsk, or `nil` when there are none.
    func flags(_ action: Action) -> String? {
        action.flags.isEmpty ? nil : action.sortedFlags.map(\.nynorsk).joined(separator: ", ")
    }

    /// The standard fields of an action block: time, responsible, involved, financing, remark, flags.
    func standardFields(_ action: Action) -> [(label: String, text: String)] {
        var fields: [(label: String, text: String)] = [
            ("Tidsramme", timeframe(action)),
            ("Ansvar", parties(action.responsible)),
            ("Involvert", parties(action.involved, empty: "–")),
            ("Finansiering", financing(action)),
        ]
        if showsRemark(action) { fields.append(("Merknad", action.remark)) }
        if let flags = flags(action) { fields.append(("Merk", flags)) }
        return fields
    }

    /// Whether the remark says more than the financing label already does.
    func showsRemark(_ action: Action) -> Bool {
        let remark = NameKey.searchable(action.remark)
        return !remark.isEmpty && remark != NameKey.searchable(action.financing.need.nynorsk)
    }
}
