import TextLayout
import TiltakModel

/// One municipality's actions (`kommune`): what it is responsible for and involved in,
/// directly or through the municipality group, by year, with a status line to fill in.
struct MunicipalityReport {
    let plan: Plan
    let municipality: Party
    /// The year listed first (the revision year).
    let year: Int
    let width: Int

    /// The view: `heading`, `meta`, `intro`, `groups` (each with `heading` and `actions`).
    func view() -> [String: Any] {
        let assignments = plan.assignments(for: municipality.code)
        let blocks = ActionBlock(plan: plan, width: width)
        let board = StatusBoard(plan: plan, year: year)
        var byGroup: [YearGroup: [Assignment]] = [:]
        for assignment in assignments {
            byGroup[YearGroup(assignment.action, plan: plan, from: year), default: []].append(assignment)
        }
        let groups: [[String: Any]] = byGroup.keys.sorted().map { group in
            let members = (byGroup[group] ?? []).sorted { $0.action.id < $1.action.id }
            return [
                "heading": Heading.view(group.title(revisionYear: year), level: .section, width: width),
                "actions": members.map { assignment in
                    // The municipality's own report for the year, or the line to fill in.
                    if let report = board.report(assignment.action, party: municipality.code) {
                        let status =
                            report.comment.isEmpty
                            ? report.status.rawValue : "\(report.status.rawValue) – \(report.comment)"
                        return blocks.view(
                            assignment.action, fields: fields(assignment) + [("Status", status)])
                    }
                    return blocks.view(
                        assignment.action, fields: fields(assignment), extra: [Self.statusLine])
                },
            ]
        }
        let name = SafeText.line(municipality.name)
        return [
            "heading": Heading.view(
                "Tiltak for \(name) kommune – \(plan.title)", level: .title, width: width),
            "meta": ReportViews.planLines(plan, width: width),
            "intro": ReportViews.paragraph(intro(assignments, name: name), width: width),
            "groups": groups,
        ]
    }

    /// The line the municipality fills in.
    static let statusLine = "Status: ____________________"

    /// A sentence counting the municipality's roles.
    private func intro(_ assignments: [Assignment], name: String) -> String {
        let responsible = assignments.filter { $0.role == .responsible }.count
        let involved = assignments.count - responsible
        let viaGroup = assignments.filter { $0.throughGroup != nil }.count
        var text =
            "\(name) er ansvarleg for \(ReportViews.count(responsible, "tiltak", "tiltak")) og involvert i "
            + "\(ReportViews.count(involved, "tiltak", "tiltak"))"
        if viaGroup > 0 { text += ", \(viaGroup) av dei gjennom ei kommunegruppe" }
        text += ". Fyll inn status for kvart tiltak før revisjonsmøtet."
        return text
    }

    /// Role (with `Gol er pilot` when the remark names this municipality as pilot), timeframe,
    /// parties, financing, remark and flags of one assignment.
    private func fields(_ assignment: Assignment) -> [(label: String, text: String)] {
        let action = assignment.action
        let text = ActionText(plan: plan)
        var role = assignment.role.nynorsk
        if let group = assignment.throughGroup {
            role += " gjennom " + plan.registry.displayName(.registered(group))
        }
        if plan.pilots(of: action).contains(where: { $0.code == municipality.code }) {
            role += "; \(municipality.name) er pilot"
        }
        var fields: [(label: String, text: String)] = [("Rolle", role)]
        fields += text.standardFields(action)
        return fields
    }
}
