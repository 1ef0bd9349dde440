/// The task sheet's title block in bokmål.
extension TaskSheetText {
    public var nb: String {
        switch self {
        case .title(let party): "Oppgaver for \(party)"
        case .plan(let title, let revision): revision.isEmpty ? title : "\(title) – \(revision)"
        case .deadline(let date): "Svarfrist: \(date ?? "ikke fastsatt")"
        case .contact(let contact): "Kontakt: \(contact ?? "ikke oppgitt")"
        case .statusHelp(let statuses):
            "Status: klikk i den gule cellen og velg fra listen (\(statuses.joined(separator: ", "))). "
                + "Bare de gule cellene kan fylles ut."
        case .commentHelp:
            "Kommentar: skriv kort hva som er gjort, hva som gjenstår og hva som eventuelt hindrer arbeidet."
        case .returnHelp(let to, let by):
            "Lagre filen med samme navn og send den til \(to ?? "den som sendte deg den")"
                + (by.map { " innen \($0)." } ?? " når den er fylt ut.")
        case .date(let day, let month, let year):
            "\(day). \(Self.monthName(month)) \(year)"
        }
    }
}
