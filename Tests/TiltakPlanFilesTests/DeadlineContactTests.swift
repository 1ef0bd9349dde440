import Foundation
import Testing
import TiltakModel
import TiltakPlanFiles

/// The plan's optional return deadline (`revision.deadline`) and contact (`contact`): read,
/// written back as they were, and an impossible date refused with file, line and field.
@Suite("Plan file deadline and contact")
struct DeadlineContactTests {
    static func plan(revision: String, contact: String? = nil) -> String {
        """
        id: test
        title: Test
        period: {from: 2021, to: 2024}
        revision: \(revision)
        \(contact.map { "contact: \($0)" } ?? "")
        focusAreas:
          - code: KM
            name: Klima og miljø
            themes:
              - name: Klima
                actions:
                  - id: KM-01
                    text: Innføre klimaråd
                    timeframe: "2022"
                    responsible: Kommune
        """
    }

    @Test func deadlineAndContactAreReadAndWrittenBack() throws {
        let text = Self.plan(
            revision: "{date: 2023-01-15, label: Revisjon 2023, deadline: 2023-03-01}",
            contact: "\"Hallingdal regionråd, post@hallingdal.no, 32 00 00 00\"")
        let plan = try PlanFileReader.read(yaml: text, file: "plan.yaml")
        #expect(plan.revision.deadline == CalendarDate(year: 2023, month: 3, day: 1))
        #expect(plan.contact == "Hallingdal regionråd, post@hallingdal.no, 32 00 00 00")
        let written = try PlanFileWriter.yaml(for: plan)
        #expect(
            written.contains(#"revision: {date: "2023-01-15", label: Revisjon 2023, deadline: "2023-03-01"}"#)
        )
        #expect(written.contains("contact: Hallingdal regionråd, post@hallingdal.no, 32 00 00 00"))
        let again = try PlanFileReader.read(yaml: written, file: "plan.yaml")
        #expect(again == plan)
    }

    @Test func withoutThemNothingIsWritten() throws {
        let plan = try PlanFileReader.read(
            yaml: Self.plan(revision: "{date: 2023-01-15, label: Revisjon 2023}"), file: "plan.yaml")
        #expect(plan.revision.deadline == nil)
        #expect(plan.contact.isEmpty)
        let written = try PlanFileWriter.yaml(for: plan)
        #expect(!written.contains("deadline"))
        #expect(!written.contains("contact"))
    }

    @Test(arguments: ["2024-02-30", "snart"])
    func anImpossibleDeadlineIsRefusedWithFileLineAndField(_ value: String) {
        let text = Self.plan(revision: "{date: 2023-01-15, label: Revisjon 2023, deadline: \(value)}")
        do {
            _ = try PlanFileReader.read(yaml: text, file: "plan.yaml")
            Issue.record("\(value) was accepted")
        } catch {
            let problem = error.problems.first
            #expect(error.problems.count == 1)
            #expect(problem?.file == "plan.yaml")
            #expect(problem?.line == 4)
            #expect(problem?.field == "revision.deadline")
            #expect(problem?.message.nn == "«\(value)» er ikkje ein gyldig dato.")
        }
    }
}
