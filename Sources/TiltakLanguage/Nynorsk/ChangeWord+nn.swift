/// The words of changes in nynorsk.
extension ChangeWord {
    public var nn: String {
        switch self {
        case .added: "Nytt"
        case .removed: "Fjerna"
        case .moved: "Flytta"
        case .changed: "Endra"
        case .placement: "Innsatsområde / tema"
        case .closed: "Avslutta"
        case .yes: "Ja"
        case .no: "Nei"
        case .uncertain: "(uviss)"
        case .report: "Rapport"
        case .reportOf(let year, let party): "Rapport \(year), \(party)"
        case .summary(let added, let removed, let moved, let changed):
            added + removed + moved + changed == 0
                ? "Ingen endringar"
                : Self.summaryParts(added: added, removed: removed, moved: moved, changed: changed) {
                    number, kind in
                    // The participles agree with "tiltak" (neuter): 1 nytt, 2 nye; fjerna, flytta, endra.
                    kind == .added
                        ? "\(number) \(number == 1 ? "nytt" : "nye")" : "\(number) \(kind.nn.lowercased())"
                }
        }
    }
}
