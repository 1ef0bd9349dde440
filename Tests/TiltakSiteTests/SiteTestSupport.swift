import Foundation
import TiltakModel
import TiltakPlanFiles

/// Paths and plans shared by the site tests.
enum SiteTestSupport {
    /// The package root, found from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped templates.
    static let templatesDirectory = packageRoot.appendingPathComponent("Templates").path

    /// The Hallingdal plan.
    static func hallingdal() throws -> Plan {
        try PlanFileReader.read(
            path: packageRoot.appendingPathComponent("Fixtures/hallingdal-2021-2024.yaml").path)
    }

    /// A temporary folder, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tiltak-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A small plan with the given actions, two municipalities and one focus area.
    static func smallPlan(actions: [Action], language: PlanLanguage = .nynorsk) -> Plan {
        let registry = PartyRegistry(parties: [
            Party(code: "RR", name: "Regionrådet", kind: .regionalCouncil),
            Party(code: "GOL", name: "Gol", kind: .municipality),
            Party(code: "AAL", name: "Ål", kind: .municipality),
        ])
        return Plan(
            id: "test", title: "Testplan 2021–2024", language: language,
            period: PlanPeriod(first: 2021, last: 2024),
            revision: Revision(date: CalendarDate.januaryFirst(2022), label: "Test"), registry: registry,
            focusAreas: [FocusArea(code: "NK", name: "Næringsliv", themes: ["Tema"])], actions: actions)
    }

    /// An action of the small plan, `GOL` responsible.
    static func action(_ id: String, _ text: String, remark: String = "") -> Action {
        Action(
            id: ActionID(id), text: text, focusArea: "NK", theme: "Tema",
            timeframe: Timeframe(text: "2022", kind: .year(2022, part: nil)),
            responsible: PartyCell(text: "Gol", parties: [.registered("GOL")]), remark: remark)
    }
}
