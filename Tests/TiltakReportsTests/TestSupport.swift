import Foundation
import TiltakModel
import TiltakPlanFiles

@testable import TiltakReports

/// Paths and plans shared by the report tests.
enum TestSupport {
    /// The package root, found from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped templates.
    static let templatesDirectory = packageRoot.appendingPathComponent("Templates").path

    /// The committed snapshots.
    static let snapshotsDirectory = packageRoot.appendingPathComponent("Tests/TiltakReportsTests/Snapshots")

    /// The Hallingdal plan.
    static func hallingdal() throws -> Plan {
        try PlanFileReader.read(
            path: packageRoot.appendingPathComponent("Fixtures/hallingdal-2021-2024.yaml").path)
    }

    /// A renderer with the shipped templates.
    static func renderer() throws -> ReportRenderer {
        try ReportRenderer(templatesDirectory: templatesDirectory)
    }

    /// A temporary folder, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tiltak-reports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A small plan with the given actions, two municipalities and one focus area.
    static func smallPlan(actions: [Action], areaName: String = "Næringsliv") -> Plan {
        let registry = PartyRegistry(parties: [
            Party(code: "RR", name: "Regionrådet", kind: .regionalCouncil),
            Party(code: "GOL", name: "Gol", kind: .municipality),
            Party(code: "AAL", name: "Ål", kind: .municipality),
        ])
        return Plan(
            id: "test", title: "Testplan 2021–2024", period: PlanPeriod(first: 2021, last: 2024),
            revision: Revision(date: CalendarDate.januaryFirst(2022), label: "Test"), registry: registry,
            focusAreas: [FocusArea(code: "NK", name: areaName, themes: ["Tema"])], actions: actions)
    }

    /// An action of the small plan.
    static func action(_ id: String, _ text: String, area: String = "NK", remark: String = "") -> Action {
        Action(
            id: ActionID(id), text: text, focusArea: area, theme: "Tema",
            timeframe: Timeframe(text: "2022", kind: .year(2022, part: nil)),
            responsible: PartyCell(text: "RR", parties: [.registered("RR")]), remark: remark)
    }
}
