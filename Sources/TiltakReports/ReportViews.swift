import TextLayout
import TiltakModel

/// Builds the view model of each report.
enum ReportViews {
    /// The view model of `kind` for `plan`.
    static func view(_ kind: ReportKind, plan: Plan, options: ReportOptions) throws(ReportError) -> [String:
        Any]
    {
        switch kind {
        case .moteoversikt:
            return MeetingOverview(plan: plan, width: options.width, year: options.year).view()
        case .kommune:
            let municipality = try MunicipalityLookup.resolve(options.municipality, in: plan)
            return MunicipalityReport(
                plan: plan, municipality: municipality, year: options.year ?? plan.revision.date.year,
                width: options.width
            ).view()
        case .ufinansiert:
            return UnfinancedReport(plan: plan, width: options.width).view()
        case .revisjon:
            return RevisionAgenda(
                plan: plan, year: options.year ?? plan.revision.date.year, width: options.width
            )
            .view()
        }
    }

    /// The lines about the plan under a report's title: plan, period, revision and owner,
    /// followed by `extra` fields.
    static func planLines(_ plan: Plan, width: Int, extra: [(label: String, text: String)] = []) -> [String] {
        var fields: [(label: String, text: String)] = [
            ("Plan", plan.title),
            ("Periode", plan.period.text),
            ("Revisjon", "\(plan.revision.label) (\(plan.revision.date.iso))"),
        ]
        if !plan.owner.isEmpty { fields.append(("Eigar", plan.owner)) }
        fields += extra
        let block = LabelledBlock(fitting: fields.map(\.label), totalWidth: width)
        return fields.flatMap { block.lines(label: $0.label, text: $0.text) }
    }

    /// `lines` as a paragraph wrapped to `width`.
    static func paragraph(_ text: String, width: Int) -> [String] {
        TextWrapper(width: width).wrap(SafeText.line(text))
    }

    /// A count with the right nynorsk noun: `1 tiltak`, `3 åtvaringar`.
    static func count(_ number: Int, _ singular: String, _ plural: String) -> String {
        "\(number) \(number == 1 ? singular : plural)"
    }
}
