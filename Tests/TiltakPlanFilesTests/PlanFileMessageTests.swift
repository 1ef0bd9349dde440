import Foundation
import Testing
import TiltakModel
import TiltakPlanFiles

/// A duplicated key and a control character are each one problem with file, line, column and key,
/// in nynorsk.
@Suite("Duplicated keys and control characters")
struct PlanFileMessageTests {
    func problems(yaml: String, file: String = "plan.yaml") -> [FileProblem] {
        do {
            _ = try PlanFileReader.read(yaml: yaml, file: file)
            return []
        } catch {
            return error.problems
        }
    }

    @Test func aDuplicatedTopLevelKeyIsOneLine() {
        let yaml = """
            id: test
            title: A
            title: B
            period: {from: 2021, to: 2024}
            focusAreas: []
            """
        let found = problems(yaml: yaml)
        #expect(found.count == 1)
        #expect(
            found.first?.text(.nynorsk)
                == "plan.yaml:3:1: title: Nøkkelen «title» står to gonger. (fyrste gong på linje 2)")
    }

    @Test func aDuplicatedKeyInAnActionNamesItsLine() {
        let yaml = """
            id: test
            title: Test
            period: {from: 2021, to: 2024}
            focusAreas:
              - code: KM
                name: Klima og miljø
                themes:
                  - name: Klima
                    actions:
                      - id: KM-01
                        text: Innføre klimaråd
                        timeframe: "2022"
                      - id: KM-02
                        text: Eitt
                        # a comment between them
                        timeframe: "2023"

                        text: Anna
            """
        let found = problems(yaml: yaml)
        #expect(
            found.map { $0.text(.nynorsk) } == [
                "plan.yaml:18:13: text: Nøkkelen «text» står to gonger. (fyrste gong på linje 14)"
            ])
    }

    @Test func aDuplicatedKeyInAFlowMappingNamesItsColumn() {
        let yaml = """
            id: test
            title: Test
            period: {from: 2021, to: 2024, from: 2022}
            focusAreas: []
            """
        #expect(
            problems(yaml: yaml).map { $0.text(.nynorsk) } == [
                "plan.yaml:3:32: from: Nøkkelen «from» står to gonger. (fyrste gong på linje 3)"
            ])
    }

    @Test func theHallingdalPlanWithADuplicatedKeyGivesOneShortLine() throws {
        var lines = try String(contentsOfFile: TestFiles.hallingdalYAML, encoding: .utf8)
            .components(separatedBy: "\n")
        let title = try #require(lines.firstIndex { $0.hasPrefix("title:") })
        lines.insert("title: Ein annan tittel", at: title)
        let path = try TestFiles.write(lines.joined(separator: "\n"), name: "plan.yaml")
        do {
            _ = try PlanLoader.load(path: path)
            Issue.record("a duplicated key was accepted")
        } catch {
            #expect(
                error.text(.nynorsk)
                    == "\(path):\(title + 2):1: title: Nøkkelen «title» står to gonger. (fyrste gong på linje \(title + 1))"
            )
        }
    }

    @Test func aControlCharacterInAPlanFileIsReportedByLineAndColumn() {
        let yaml = "id: test\ntitle: \"Tå\u{01}t\"\nperiod: {from: 2021, to: 2024}\nfocusAreas: []\n"
        #expect(
            problems(yaml: yaml).map { $0.text(.nynorsk) } == [
                "plan.yaml:2:11: Teiknet U+0001 er eit kontrollteikn, og det er ikkje lov i ei planfil. (fjern det, eller skriv det som \\x01 i ein tekst i doble hermeteikn)"
            ])
    }

    @Test func aDeleteCharacterInAPlanFileIsReportedByLineAndColumn() throws {
        let path = try TestFiles.write(
            "id: test\ntitle: Test\nperiod: {from: 2021, to: 2024}\nfocusAreas: []\n# ok\u{7F}\n",
            name: "plan.yaml")
        do {
            _ = try PlanLoader.load(path: path)
            Issue.record("a DEL character was accepted")
        } catch {
            #expect(
                error.text(.nynorsk)
                    == "\(path):5:5: Teiknet U+007F er eit kontrollteikn, og det er ikkje lov i ei planfil. (fjern det, eller skriv det som \\x7F i ein tekst i doble hermeteikn)"
            )
        }
    }

    @Test func aControlCharacterInATableCellIsKeptAndSurvivesAPlanFile() throws {
        let table = try TestFiles.write(
            "ID;Innsatsområde;Tema;Tiltak\nKM-01;Klima og miljø;Klima;Ei\u{01}nt\n", name: "tiltak.csv")
        let plan = try PlanLoader.load(path: table).plan
        #expect(plan.actions.map(\.text) == ["Ei\u{01}nt"])
        let yaml = try PlanFileWriter.yaml(for: plan)
        #expect(yaml.contains("\"Ei\\x01nt\""))
        #expect(try PlanFileReader.read(yaml: yaml, file: "ny.yaml").actions.map(\.text) == ["Ei\u{01}nt"])
    }
}

extension PlanFileMessageTests {
    /// Columns count characters, whatever their length in UTF-8.
    @Test(arguments: ["", "å", "åå", "€€", "😀", "e\u{301}"])
    func theColumnOfAControlCharacterCountsCharacters(before: String) {
        let yaml =
            "id: test\r\nperiod: {from: 2021, to: 2024}\r\ntitle: \"\(before)\u{01}\"\r\nfocusAreas: []\r\n"
        let found = problems(yaml: yaml)
        #expect(found.count == 1)
        #expect(found.first?.line == 3)
        #expect(found.first?.column == 9 + before.count)
    }
}
