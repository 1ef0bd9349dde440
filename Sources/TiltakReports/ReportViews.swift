import TextLayout
import TiltakLanguage
import TiltakModel

/// Builds the view model of each report.
enum ReportViews {
    /// The view model of `kind` for `plan`, in the language of `options`.
    static func view(_ kind: ReportKind, plan: Plan, options: ReportOptions) throws(ReportError) -> [String:
        Any]
    {
        let language = options.language(for: plan)
        switch kind {
        case .moteoversikt:
            return MeetingOverview(plan: plan, width: options.width, language: language, year: options.year)
                .view()
        case .kommune:
            let municipality = try MunicipalityLookup.resolve(options.municipality, in: plan)
            return MunicipalityReport(
                plan: plan, municipality: municipality, year: options.year ?? plan.revision.date.year,
                width: options.width, language: language
            ).view()
        case .ufinansiert:
            return UnfinancedReport(plan: plan, width: options.width, language: language).view()
        case .revisjon:
            return RevisionAgenda(
                plan: plan, year: options.year ?? plan.revision.date.year, width: options.width,
                language: language
            )
            .view()
        case .innsamling:
            return ReturnsReport(
                plan: plan, year: options.year ?? plan.statusYear, width: options.width, language: language
            )
            .view()
        }
    }

    /// The lines about the plan under a report's title, labelled in `language`: plan, period,
    /// revision and owner, followed by `extra` fields.
    static func planLines(
        _ plan: Plan, width: Int, language: Language, extra: [(label: String, text: String)] = []
    ) -> [String] {
        var fields: [(label: String, text: String)] = [
            (FactKey.plan.text(language), plan.title),
            (FactKey.period.text(language), plan.period.text),
            (FactKey.revision.text(language), "\(plan.revision.label) (\(plan.revision.date.iso))"),
        ]
        if !plan.owner.isEmpty { fields.append((DocumentWord.owner.text(language), plan.owner)) }
        fields += extra
        let block = LabelledBlock(fitting: fields.map(\.label), totalWidth: width)
        return fields.flatMap { block.lines(label: $0.label, text: $0.text) }
    }

    /// `lines` as a paragraph wrapped to `width`.
    static func paragraph(_ text: String, width: Int) -> [String] {
        TextWrapper(width: width).wrap(SafeText.line(text))
    }

}
