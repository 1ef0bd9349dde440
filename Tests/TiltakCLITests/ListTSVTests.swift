import Foundation
import Testing

/// `tiltak list --format tsv` gives the Tiltak sheet's columns and values.
@Suite("tiltak list --format tsv")
struct ListTSVTests {
    @Test func hallingdalRowsHaveTheSheetColumns() throws {
        let result = try TiltakRunner.run(["list", "--format", "tsv"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).filter {
            !$0.isEmpty
        }
        #expect(lines.count == 70)
        #expect(lines[0].split(separator: "\t").count == 15)
        let nk01 = lines[1].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        #expect(nk01.count == 15)
        #expect(
            Array(nk01.prefix(5)) == [
                "NK-01", "Næringsutvikling og arbeidsplassar",
                "Utvikle sykkelsatsinga i regionen for å skape fleire heilårs arbeidsplassar", "Årleg",
                "Tråkk'n Roll",
            ])
        #expect(Array(nk01[10...12]) == ["Næringsliv og kompetanseutvikling", "2021", "2024"])
        #expect(nk01[8] == "" && nk01[9] == "")
    }

    @Test func statusAndCommentComeFromTheReports() throws {
        let dir = try TiltakRunner.scratch()
        let plan = dir.appendingPathComponent("plan.yaml")
        try """
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
                    timeframe: "2022"
                    responsible: Kommune
                    status:
                      - {year: 2022, party: AAL, status: Fullført, collected: 2022-02-15}
                      - {year: 2022, party: GOL, status: Pågår, comment: Vedtak i juni, collected: 2022-02-16}
        """.write(to: plan, atomically: true, encoding: .utf8)
        let result = try TiltakRunner.run(["list", "--plan", plan.path, "--format", "tsv"])
        #expect(result.status == 0, "\(result.stderr)")
        let row = try #require(result.stdout.split(separator: "\n").dropFirst().first)
            .split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        #expect(row[8] == "Pågår")
        #expect(row[9].contains("1 av 2 fullført"))
        #expect(row[9].contains("Vedtak i juni"))
    }
}
