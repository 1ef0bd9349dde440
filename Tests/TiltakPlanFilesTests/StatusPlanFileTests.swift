import Testing
import TiltakModel
import TiltakPlanFiles

@Suite("Status reports in plan files")
struct StatusPlanFileTests {
    let yaml = """
        id: test
        title: Test
        period: {from: 2021, to: 2024}
        revision: {date: 2022-03-01, label: Revisjon 2022}
        parties:
          - {code: AAL, name: Ål, kind: municipality}
          - {code: GOL, name: Gol, kind: municipality}
        focusAreas:
          - code: KM
            name: Klima og miljø
            themes:
              - name: Klima
                actions:
                  - id: KM-01
                    text: Innføre klimaråd i kvar kommune
                    timeframe: "2021"
                    responsible: Kommune
                    closed: true
                    status:
                      - {year: 2022, party: AAL, status: fullfort, comment: "Vedteke i kommunestyret", collected: 2022-02-15}
                      - {year: 2022, party: GOL, status: Pågår, collected: 2022-02-16, source: Gol.xlsx}
        """

    @Test func reportsAreReadAndSavedAgain() throws {
        let plan = try PlanFileReader.read(yaml: yaml, file: "status.yaml")
        #expect(plan.statusReports.count == 2)
        #expect(plan.statusReports[0].status == .done)
        #expect(plan.statusReports[0].comment == "Vedteke i kommunestyret")
        #expect(plan.statusReports[1].source == "Gol.xlsx")
        #expect(plan.actions[0].isClosed)
        #expect(plan.overallStatus(of: plan.actions[0]).text(.nynorsk) == "Pågår (1 av 2 fullført)")
        let saved = try PlanFileWriter.yaml(for: plan)
        #expect(saved.contains("status: Fullført"))
        #expect(try PlanFileReader.read(yaml: saved, file: "saved.yaml") == plan)
    }

    @Test func badReportsAreProblemsWithTheirPlace() throws {
        let broken = yaml.replacingOccurrences(of: "status: fullfort", with: "status: kanskje")
            .replacingOccurrences(of: "party: GOL", with: "party: XYZ")
        do {
            _ = try PlanFileReader.read(yaml: broken, file: "status.yaml")
            Issue.record("expected problems")
        } catch {
            let problems = error.problems
            #expect(problems.count == 2)
            #expect(
                problems.contains {
                    $0.field == "focusAreas[0].themes[0].actions[0].status[0].status"
                        && $0.message.nn.contains("kanskje")
                        && $0.line == 20
                })
            #expect(problems.contains { $0.field == "focusAreas[0].themes[0].actions[0].status[1].party" })
        }
    }
}
