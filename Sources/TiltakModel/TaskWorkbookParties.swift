/// Which parties get a task workbook from `tiltak export` (`--task-workbooks`).
public enum TaskWorkbookScope: String, Sendable, Hashable, CaseIterable {
    /// The municipalities only.
    case municipalities
    /// The municipalities and every party responsible for at least one action (the default).
    case responsible
    /// Also the parties only involved in actions.
    case all
}

extension Plan {
    /// The parties other than municipalities that get a task workbook in `scope`, in registry order.
    ///
    /// A party counts when it is named in an action's responsible cell (with ``TaskWorkbookScope/all``
    /// also the involved cell), directly or as a member of a named group; groups themselves get no
    /// workbook (their members do), nor do names the registry does not know. The municipalities get
    /// theirs in every scope (``PartyRegistry/municipalities``).
    public func taskWorkbookParties(_ scope: TaskWorkbookScope) -> [Party] {
        guard scope != .municipalities else { return [] }
        var named: Set<String> = []
        for action in actions {
            var cells = [action.responsible]
            if scope == .all { cells.append(action.involved) }
            for cell in cells {
                for reference in cell.parties {
                    for member in registry.expand(reference) {
                        if let code = member.code { named.insert(code) }
                    }
                }
            }
        }
        return registry.parties.filter { party in
            named.contains(party.code) && party.kind != .municipality && party.kind != .municipalityGroup
                && party.members.isEmpty
        }
    }
}
