import TextLayout
import TiltakLanguage
import TiltakModel

/// One municipality's actions (`kommune`): what it is responsible for and involved in,
/// directly or through the municipality group, by year, with a status line to fill in.
struct MunicipalityReport {
    let plan: Plan
    let municipality: Party
    /// The year listed first (the revision year).
    let year: Int
    let width: Int
    /// The report's language.
    let language: Language

    /// The view: `heading`, `meta`, `intro`, `groups` (each with `heading` and `actions`).
    func view() -> [String: Any] {
        let assignments = plan.assignments(for: municipality.code)
        let blocks = ActionBlock(plan: plan, width: width, language: language)
        let board = StatusBoard(plan: plan, year: year)
        var byGroup: [YearGroup: [Assignment]] = [:]
        for assignment in assignments {
            byGroup[YearGroup(assignment.action, plan: plan, from: year), default: []].append(assignment)
        }
        let groups: [[String: Any]] = byGroup.keys.sorted().map { group in
            let members = (byGroup[group] ?? []).sorted { $0.action.id < $1.action.id }
            return [
                "heading": Heading.view(
                    group.title(revisionYear: year, language), level: .section, width: width),
                "actions": members.map { assignment in
                    // The municipality's own report for the year, or the line to fill in.
                    if let report = board.report(assignment.action, party: municipality.code) {
                        let word = report.status.text(language)
                        let status = report.comment.isEmpty ? word : "\(word) – \(report.comment)"
                        return blocks.view(
                            assignment.action,
                            fields: fields(assignment) + [(ColumnKey.status.text(language), status)])
                    }
                    return blocks.view(
                        assignment.action, fields: fields(assignment), extra: [Self.statusLine(language)])
                },
            ]
        }
        let name = SafeText.line(municipality.name)
        return [
            "heading": Heading.view(
                ReportText.municipalityTitle(municipality: name, plan: plan.title).text(language),
                level: .title,
                width: width),
            "meta": ReportViews.planLines(plan, width: width, language: language),
            "intro": ReportViews.paragraph(intro(assignments, name: name), width: width),
            "groups": groups,
        ]
    }

    /// The line the municipality fills in, in `language` (`Status: ____________________`).
    static func statusLine(_ language: Language) -> String {
        "\(ColumnKey.status.text(language)): ____________________"
    }

    /// A sentence counting the municipality's roles.
    private func intro(_ assignments: [Assignment], name: String) -> String {
        let responsible = assignments.filter { $0.role == .responsible }.count
        return ReportText.municipalityIntro(
            municipality: name, responsible: responsible, involved: assignments.count - responsible,
            throughGroup: assignments.filter { $0.throughGroup != nil }.count
        ).text(language)
    }

    /// Role (with `Gol er pilot` when the remark names this municipality as pilot), timeframe,
    /// parties, financing, remark and flags of one assignment.
    private func fields(_ assignment: Assignment) -> [(label: String, text: String)] {
        let action = assignment.action
        let text = ActionText(plan: plan, language: language)
        var role = assignment.role.text(language)
        if let group = assignment.throughGroup {
            role = ReportText.roleThrough(role: role, group: plan.registry.displayName(.registered(group)))
                .text(language)
        }
        if plan.pilots(of: action).contains(where: { $0.code == municipality.code }) {
            role += "; " + ReportText.pilot(municipality: municipality.name).text(language)
        }
        var fields: [(label: String, text: String)] = [(ColumnKey.role.text(language), role)]
        fields += text.standardFields(action)
        return fields
    }
}
