/// The task sheet's title block in nynorsk.
extension TaskSheetText {
    public var nn: String {
        switch self {
        case .title(let party): "Oppgåver for \(party)"
        case .plan(let title, let revision): revision.isEmpty ? title : "\(title) – \(revision)"
        case .deadline(let date): "Svarfrist: \(date ?? "ikkje fastsett")"
        case .contact(let contact): "Kontakt: \(contact ?? "ikkje oppgitt")"
        case .statusHelp(let statuses):
            "Status: klikk i den gule cella og vel frå lista (\(statuses.joined(separator: ", "))). "
                + "Berre dei gule cellene kan fyllast ut."
        case .commentHelp:
            "Kommentar: skriv kort kva som er gjort, kva som står att og kva som eventuelt hindrar arbeidet."
        case .returnHelp(let to, let by):
            "Lagre fila med same namn og send ho til \(to ?? "den som sende deg ho")"
                + (by.map { " innan \($0)." } ?? " når ho er fylt ut.")
        case .date(let day, let month, let year):
            "\(day). \(Self.monthName(month)) \(year)"
        }
    }

    /// The name of `month` (1–12) in nynorsk or bokmål, which share them.
    static func monthName(_ month: Int) -> String {
        let names = [
            "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
            "november", "desember",
        ]
        return names.indices.contains(month - 1) ? names[month - 1] : String(month)
    }
}
