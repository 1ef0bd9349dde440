/// The words of changes in English.
extension ChangeWord {
    public var en: String {
        switch self {
        case .added: "Added"
        case .removed: "Removed"
        case .moved: "Moved"
        case .changed: "Changed"
        case .placement: "Focus area / theme"
        case .closed: "Closed"
        case .yes: "Yes"
        case .no: "No"
        case .uncertain: "(uncertain)"
        case .report: "Report"
        case .reportOf(let year, let party): "Report \(year), \(party)"
        case .summary(let added, let removed, let moved, let changed):
            added + removed + moved + changed == 0
                ? "No changes"
                : Self.summaryParts(added: added, removed: removed, moved: moved, changed: changed) {
                    number, kind in "\(number) \(kind.en.lowercased())"
                }
        }
    }
}
