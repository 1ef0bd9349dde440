/// The words of changes in bokmål.
extension ChangeWord {
    public var nb: String {
        switch self {
        case .added: "Nytt"
        case .removed: "Fjernet"
        case .moved: "Flyttet"
        case .changed: "Endret"
        case .placement: "Innsatsområde / tema"
        case .closed: "Avsluttet"
        case .yes: "Ja"
        case .no: "Nei"
        case .uncertain: "(usikker)"
        case .report: "Rapport"
        case .reportOf(let year, let party): "Rapport \(year), \(party)"
        case .summary(let added, let removed, let moved, let changed):
            added + removed + moved + changed == 0
                ? "Ingen endringer"
                : Self.summaryParts(added: added, removed: removed, moved: moved, changed: changed) {
                    number, kind in
                    // The participles agree with "tiltak" (neuter): 1 nytt, 2 nye; fjernet, flyttet, endret.
                    kind == .added
                        ? "\(number) \(number == 1 ? "nytt" : "nye")" : "\(number) \(kind.nb.lowercased())"
                }
        }
    }
}
