import Foundation
import Testing
import TiltakModel

@testable import TiltakReports

/// The changes report (`tiltak diff`) of revisions where actions change in several ways at once:
/// each section lists its actions in id order, each with all its changes of that kind, shown from
/// the revision the action is in.
@Suite struct ChangesReportTests {
    /// NK-1 changes text and remark, NK-2 is removed, NK-3 moves and gets a report, NK-5 changes
    /// text, NK-6 is new; the old registry names RR otherwise than the new one, so every action
    /// both revisions have changes its Ansvar.
    static func revisions() throws -> (old: Plan, new: Plan) {
        var old = TestSupport.smallPlan(
            actions: (1...5).map { TestSupport.action("NK-\($0)", "Tiltak \($0)", remark: "Merknad") })
        old.focusAreas.append(FocusArea(code: "KM", name: "Klima", themes: ["Tema"]))
        old.registry = old.registry.adding(
            Party(code: "RR", name: "Det gamle regionrådet", kind: .regionalCouncil))
        var new = TestSupport.smallPlan(
            actions: (1...6).filter { $0 != 2 }.map {
                TestSupport.action("NK-\($0)", "Tiltak \($0)", remark: "Merknad")
            })
        new.focusAreas = old.focusAreas
        new.actions[0].text = "Ny tekst 1"
        new.actions[0].remark = "Ny merknad"
        new.actions[1].focusArea = "KM"
        new.actions[3].text = "Ny tekst 5"
        new.statusReports = [
            StatusReport(
                actionID: "NK-3", year: 2022, party: "RR", status: .done, collected: .januaryFirst(2022))
        ]
        return (old, new)
    }

    /// The lines of `section` (from its heading to the next section's).
    static func section(_ heading: String, in text: String) throws -> [String] {
        let lines = text.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: heading))
        let rest = lines[(start + 2)...]
        let end = rest.firstIndex { $0.hasSuffix(")") && $0.contains(" tiltak (") } ?? lines.endIndex
        return Array(lines[start..<end])
    }

    @Test func everyKindListsItsActionsWithAllTheirChanges() throws {
        let (old, new) = try Self.revisions()
        let text = try TestSupport.renderer().renderChanges(from: old, to: new, width: 80)
        let headings = text.components(separatedBy: "\n").filter { $0.contains(" tiltak (") }
        #expect(headings == ["Nye tiltak (1)", "Fjerna tiltak (1)", "Flytta tiltak (1)", "Endra tiltak (4)"])

        let changed = try Self.section("Endra tiltak (4)", in: text)
        #expect(
            changed.filter { $0.hasPrefix("NK-") } == [
                "NK-1  Ny tekst 1", "NK-3  Tiltak 3", "NK-4  Tiltak 4", "NK-5  Ny tekst 5",
            ])
        let fields = changed.filter { $0.hasPrefix("      ") && !$0.hasPrefix("        ") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        // Each action first names its responsible parties, then each field and report that changed.
        #expect(
            fields == [
                "Ansvar:  Regionrådet", "Tiltak", "Ansvar", "Merknad", "Ansvar:  Regionrådet", "Ansvar",
                "Status",
                "Rapport 2022, Regionrådet", "Ansvar:  Regionrådet", "Ansvar", "Ansvar:  Regionrådet",
                "Tiltak",
                "Ansvar",
            ])
        #expect(changed.contains("        Før:    Ikkje rapportert"))
        #expect(changed.contains("        Etter:  Fullført"))
        #expect(changed.filter { $0 == "        Før:    Det gamle regionrådet" }.count == 4)

        let moved = try Self.section("Flytta tiltak (1)", in: text)
        #expect(moved.filter { $0.hasPrefix("NK-") } == ["NK-3  Tiltak 3"])
        #expect(moved.contains("        Etter:  Klima / Tema"))

        // A removed action is shown from the old revision, an added one from the new.
        let removed = try Self.section("Fjerna tiltak (1)", in: text)
        #expect(removed.contains("NK-2  Tiltak 2"))
        #expect(removed.contains { $0.hasPrefix("      Ansvar") && $0.hasSuffix("Det gamle regionrådet") })
        let added = try Self.section("Nye tiltak (1)", in: text)
        #expect(added.contains("NK-6  Tiltak 6"))
        #expect(added.contains { $0.hasPrefix("      Ansvar") && $0.hasSuffix("Regionrådet") })
    }
}
