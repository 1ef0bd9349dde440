/// The task sheet's title block in English.
extension TaskSheetText {
    public var en: String {
        switch self {
        case .title(let party): "Tasks for \(party)"
        case .plan(let title, let revision): revision.isEmpty ? title : "\(title) – \(revision)"
        case .deadline(let date): "Return by: \(date ?? "not set")"
        case .contact(let contact): "Contact: \(contact ?? "not given")"
        case .statusHelp(let statuses):
            "Status: click the yellow cell and pick from the list (\(statuses.joined(separator: ", "))). "
                + "Only the yellow cells can be filled in."
        case .commentHelp:
            "Comment: write briefly what has been done, what remains and what, if anything, stands in the way."
        case .returnHelp(let to, let by):
            "Save the file, keeping its name, and send it to \(to ?? "whoever sent it to you")"
                + (by.map { " by \($0)." } ?? " once it is filled in.")
        case .date(let day, let month, let year):
            "\(day) \(Self.englishMonth(month)) \(year)"
        }
    }

    /// The English name of `month` (1–12).
    static func englishMonth(_ month: Int) -> String {
        let names = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        return names.indices.contains(month - 1) ? names[month - 1] : String(month)
    }
}
