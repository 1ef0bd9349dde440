import TextLayout
import TiltakLanguage
import TiltakModel

/// The report of who has returned their status reports for a year (`innsamling`): a table with
/// one line per party expected to report — returned (date, files, number of reports) or not —
/// then the actions each party still owes a report on.
struct ReturnsReport {
    let plan: Plan
    /// The year the reports are for.
    let year: Int
    let width: Int
    /// The report's language.
    let language: Language

    /// The view: `heading`, `meta`, `partiesHeading`, `partiesIntro`, `parties` (the table's lines),
    /// `owingHeading`, `owingIntro` and `owing` (each with `heading` and `lines`).
    func view() -> [String: Any] {
        let returns = ReportReturns(plan: plan, year: year)
        let blocks = ActionBlock(plan: plan, width: width, language: language)
        let text = ActionText(plan: plan, language: language)
        let owing = returns.owing
        return [
            "heading": Heading.view(
                AgendaText.returnsTitle(year: year, plan: plan.title).text(language), level: .title,
                width: width),
            "meta": ReportViews.planLines(
                plan, width: width, language: language,
                extra: [(AgendaText.statusYear.text(language), "\(year)")]),
            "partiesHeading": Heading.view(
                AgendaText.returnsHeading.text(language), level: .section, width: width),
            "partiesIntro": ReportViews.paragraph(
                AgendaText.returnsIntro(
                    returned: returns.returned.count, parties: returns.entries.count, year: year
                ).text(language), width: width),
            "parties": table(returns.entries),
            "owingHeading": Heading.view(
                AgendaText.owingHeading.text(language), level: .section, width: width),
            "owingIntro": ReportViews.paragraph(
                (owing.isEmpty ? AgendaText.nothingOwed : AgendaText.owingIntro(year: year)).text(language),
                width: width),
            "owing": owing.map { entry in
                let title = DocumentWord.withCount(name(entry.party), actions: entry.missing.count).text(
                    language)
                return [
                    "heading": Heading.view(title, level: .subsection, width: width),
                    "lines": entry.missing.flatMap { action in
                        blocks.hanging(
                            SafeText.line(action.id.rawValue),
                            text: SafeText.line("\(action.text) (\(text.timeframe(action)))"))
                    },
                ] as [String: Any]
            },
        ]
    }

    /// The parties' table: party, returned (with the date of the latest report) or not, reports,
    /// missing reports, files.
    private func table(_ entries: [ReportReturns.Entry]) -> [String] {
        let captions = [AgendaText.party, .delivery, .reportCount, .missingCount, .file].map {
            $0.text(language)
        }
        let columns = [
            TextTable.Column(captions[0], minWidth: 10),
            TextTable.Column(captions[1], minWidth: 12),
            TextTable.Column(
                captions[2], alignment: .right, minWidth: captions[2].displayWidth,
                maxWidth: max(captions[2].displayWidth, 6)),
            TextTable.Column(
                captions[3], alignment: .right, minWidth: captions[3].displayWidth,
                maxWidth: max(captions[3].displayWidth, 6)),
            TextTable.Column(captions[4], minWidth: 8),
        ]
        let rows = entries.map { entry -> [String] in
            [
                name(entry.party),
                entry.lastCollected.map { AgendaText.returnedOn(date: $0.iso) }?.text(language)
                    ?? AgendaText.notReturned.text(language),
                "\(entry.reports)",
                "\(entry.missing.count)",
                entry.files.map(SafeText.line).joined(separator: ", "),
            ]
        }
        return TextTable(columns: columns, maxWidth: width).renderLines(rows)
    }

    private func name(_ party: String) -> String {
        SafeText.line(plan.registry.displayName(.registered(party)))
    }
}
