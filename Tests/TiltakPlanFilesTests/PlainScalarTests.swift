import Testing
import TiltakModel

@testable import TiltakPlanFiles

/// Which strings a plan file writes unquoted: a plain scalar YAML reads back as another string, or
/// as a number, date, boolean or null, would change the plan. The writer remembers the answer for
/// short strings, which repeat across a plan's status reports: the second time must be as right as
/// the first.
@Suite struct PlainScalarTests {
    static let plain = [
        "Fullført", "Pågår", "GOL", "Gol.xlsx", "Rapport 2021 frå Flå", "NK-01", "2021 - 2022",
    ]
    static let quoted = [
        "", "yes", "No", "true", "null", "~", "2021", "1.5", "2022-05-01", "a: b", "#merknad", "- punkt",
        "[liste]", "{a: b}", "'sitat'", "linje\nlinje", " mellomrom", "&anker", "*alias", "!tag",
    ]

    @Test func theParsersAnswerForTrickyStrings() {
        for text in Self.plain { #expect(PlainScalars.areSafe(text), "\(text)") }
        for text in Self.quoted { #expect(!PlainScalars.areSafe(text), "\(text)") }
    }

    @Test func repeatedCommentsSurviveASaveAndARead() throws {
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
                      - {id: KM-01, text: Ein, timeframe: "2021", responsible: Kommune}
                      - {id: KM-02, text: To, timeframe: "2022", responsible: Kommune}
            """
        var plan = try PlanFileReader.read(yaml: yaml, file: "test.yaml")
        let comments = Self.plain + Self.quoted + [String(repeating: "Lang kommentar ", count: 5) + ": ja"]
        for (index, comment) in comments.enumerated() {
            for id in ["KM-01", "KM-02"] as [ActionID] {
                plan.statusReports.append(
                    StatusReport(
                        actionID: id, year: 2000 + index, party: index % 2 == 0 ? "GOL" : "AAL",
                        status: .done,
                        comment: comment, collected: .januaryFirst(2022), source: comment))
            }
        }
        let saved = try PlanFileWriter.yaml(for: plan)
        let read = try PlanFileReader.read(yaml: saved, file: "saved.yaml")
        // The reader orders the reports by action, year and party.
        let written = plan.statusReports.sorted { ($0.actionID, $0.year) < ($1.actionID, $1.year) }
        #expect(read.statusReports == written)
    }
}
