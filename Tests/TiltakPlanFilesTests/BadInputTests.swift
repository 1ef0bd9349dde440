import Foundation
import Testing
import TiltakModel
import TiltakPlanFiles

/// Every kind of bad input gives one clear problem naming the file, place and field.
@Suite("Bad plan and table files")
struct BadInputTests {
    func problems(_ path: String) -> [FileProblem] {
        do {
            _ = try PlanLoader.load(path: path)
            return []
        } catch {
            return error.problems
        }
    }

    func isUnreadable(_ path: String) -> Bool {
        do {
            _ = try PlanLoader.load(path: path)
            return false
        } catch {
            if case .unreadable = error { return true }
            return false
        }
    }

    let minimal = """
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
                    responsible: Kommune
        """

    @Test func minimalPlanLoads() throws {
        let plan = try PlanFileReader.read(yaml: minimal, file: "minimal.yaml")
        #expect(plan.actions.count == 1)
        #expect(plan.actions[0].responsible.parties == [.registered("KOM")])
    }

    @Test func missingFile() {
        let found = problems("/nonexistent/plan.yaml")
        #expect(found.count == 1)
        #expect(found.first?.file == "/nonexistent/plan.yaml")
        #expect(found.first?.message.nn.contains("finst ikkje") == true)
        #expect(isUnreadable("/nonexistent/plan.yaml"))
    }

    @Test func directory() throws {
        let dir = try TestFiles.scratch().path
        #expect(problems(dir).first?.message.nn.contains("mappe") == true)
        #expect(isUnreadable(dir))
    }

    @Test func emptyFile() throws {
        let path = try TestFiles.write("", name: "tom.yaml")
        #expect(problems(path).first?.message.nn == "Fila er tom.")
    }

    @Test func binaryFile() throws {
        let path = try TestFiles.write(
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], name: "bilete.yaml")
        let found = problems(path)
        #expect(found.count == 1)
        #expect(found.first?.message.nn.contains("binære") == true)
        #expect(found.first?.line == 3)
    }

    @Test func malformedYAML() throws {
        let path = try TestFiles.write(
            "id: x\ntitle: [unclosed\nperiod: {from: 2021, to: 2024}\n", name: "feil.yaml")
        let found = problems(path)
        #expect(found.count == 1)
        #expect(found.first?.line == 3)
        #expect(found.first?.message.nn.hasPrefix("Ugyldig YAML") == true)
    }

    @Test func wrongType() throws {
        let text = minimal.replacingOccurrences(
            of: "{from: 2021, to: 2024}", with: "{from: tjuetjueein, to: 2024}")
        let path = try TestFiles.write(text, name: "type.yaml")
        let found = problems(path)
        #expect(found.count == 1)
        #expect(found.first?.field == "period.from")
        #expect(found.first?.line == 3)
        #expect(found.first?.message.nn.contains("heiltal") == true)
    }

    @Test func impossibleYear() throws {
        let text = minimal.replacingOccurrences(of: "to: 2024", with: "to: 20241")
        let found = problems(try TestFiles.write(text, name: "aar.yaml"))
        #expect(found.first?.field == "period.to")
        #expect(found.first?.message.nn.contains("20241") == true)
    }

    @Test func unknownKeyWithHint() throws {
        let text = minimal.replacingOccurrences(of: "title: Test", with: "titel: Test")
        let found = problems(try TestFiles.write(text, name: "nokkel.yaml"))
        #expect(
            found.contains {
                $0.field == "titel" && $0.line == 2 && $0.hint?.nn.contains("meinte du «title»") == true
            })
        #expect(found.contains { $0.field == "title" && $0.message.nn.contains("manglar") })
    }

    @Test func unknownActionKeyIsNamedWithItsPath() throws {
        let text = minimal.replacingOccurrences(of: "responsible: Kommune", with: "ansvar: Kommune")
        let found = problems(try TestFiles.write(text, name: "nokkel2.yaml"))
        #expect(found.count == 1)
        #expect(found.first?.field == "focusAreas[0].themes[0].actions[0].ansvar")
        #expect(found.first?.line == 13)
    }

    @Test func invalidUTF8InYAML() throws {
        var bytes = Array("id: test\ntitle: N".utf8)
        bytes.append(0xE6)  // 'æ' in Latin-1
        bytes += Array("ringsliv\n".utf8)
        let found = problems(try TestFiles.write(bytes, name: "latin1.yaml"))
        #expect(found.count == 1)
        #expect(found.first?.line == 2)
        #expect(found.first?.column == 9)
        #expect(found.first?.message.nn.contains("0xE6") == true)
    }

    @Test func csvMissingRequiredColumn() throws {
        let path = try TestFiles.write("ID;Tema;Tiltak\nA-1;Klima;Gjere noko\n", name: "manglar.csv")
        let found = problems(path)
        #expect(found.count == 1)
        #expect(found.first?.line == 1)
        #expect(found.first?.message.nn.contains("«Innsatsområde»") == true)
    }

    @Test func csvRaggedRow() throws {
        let text =
            "Innsatsområde;Tema;Tiltak;Tidsramme\nKlima;Klima;Gjere noko;2022\nKlima;Klima;For mange;2022;ekstra\n"
        let found = problems(try TestFiles.write(text, name: "ujamn.csv"))
        #expect(found.count == 1)
        #expect(found.first?.line == 3)
        #expect(found.first?.message.nn.contains("5 felt") == true)
    }

    @Test func csvByteThatIsNeitherUTF8NorWindows1252() throws {
        var bytes = Array("Innsatsområde;Tema;Tiltak\nKlima;Klima;Gjere ".utf8)
        bytes.append(0x81)
        bytes += Array("\n".utf8)
        let found = problems(try TestFiles.write(bytes, name: "koding.csv"))
        #expect(found.count == 1)
        #expect(found.first?.line == 2)
        #expect(found.first?.message.nn.contains("0x81") == true)
    }

    @Test func csvInWindows1252WithCRLF() throws {
        // "Innsatsområde;Tema;Tiltak;Ansvar\r\nKlima og miljø;Klima;Få på plass;Ål\r\n" in Windows-1252.
        var bytes: [UInt8] =
            Array("Innsatsomr".utf8) + [0xE5] + Array("de;Tema;Tiltak;Ansvar\r\nKlima og milj".utf8)
        bytes += [0xF8] + Array(";Klima;F".utf8) + [0xE5] + Array(" p".utf8) + [0xE5] + Array(" plass;".utf8)
        bytes += [0xC5] + Array("l\r\n".utf8)
        let path = try TestFiles.write(bytes, name: "excel.csv")
        let result = try TableImporter.importTable(path: path)
        #expect(result.encoding == .windows1252)
        #expect(result.plan.focusAreas.first?.name == "Klima og miljø")
        #expect(result.plan.actions.first?.text == "Få på plass")
        #expect(result.plan.actions.first?.responsible.text == "Ål")
        #expect(result.plan.actions.first?.id == "KM-01")
    }

    @Test(arguments: [
        (
            "\u{FEFF}Area,Theme,Action,Timeframe,Responsible\r\nKlima,Klima,\"Gjere noko, no\",2022,RR\r\n",
            Character(",")
        ),
        ("INNSATSOMRADE\tTEMA\tTILTAK\nKlima\tKlima\tGjere noko\n", Character("\t")),
    ])
    func csvDialects(text: String, delimiter: Character) throws {
        let result = try TableImporter.importTable(path: try TestFiles.write(text, name: "dialekt.csv"))
        #expect(result.delimiter == delimiter)
        #expect(result.plan.actions.count == 1)
        #expect(result.plan.actions.first?.text.hasPrefix("Gjere noko") == true)
    }

    @Test func interleavedAreasAndThemesAreReadByTheirText() throws {
        // Areas and themes in no order, written with extra spaces and quotes: the same text is the
        // same area and theme, found in the order of first appearance.
        let text = """
            ID;Innsatsområde;Tema;Tiltak
            ;Klima og miljø;Energi;Ein
            ;Næring;Reiseliv;To
            ;"Klima og miljø";Energi;Tre
            ;Klima og miljø ;Transport;Fire
            ;Næring;"Energi";Fem
            ;Næring; Reiseliv;Seks

            """
        let plan = try TableImporter.importTable(path: try TestFiles.write(text, name: "blanda.csv")).plan
        #expect(plan.focusAreas.map(\.name) == ["Klima og miljø", "Næring"])
        #expect(plan.focusAreas.map(\.themes) == [["Energi", "Transport"], ["Reiseliv", "Energi"]])
        let areaCodes = plan.focusAreas.map(\.code)
        #expect(plan.actions.map(\.focusArea) == [0, 1, 0, 0, 1, 1].map { areaCodes[$0] })
        #expect(
            plan.actions.map(\.theme) == ["Energi", "Reiseliv", "Energi", "Transport", "Energi", "Reiseliv"])
        #expect(Set(plan.actions.map(\.id)).count == 6)
    }

    @Test func oddValuesAreWarningsNotFailures() throws {
        let text = """
            Innsatsområde;Tema;Tiltak;Tidsramme;Ansvar;Merknad
            Klima;Klima;Første;20211;Ukjend Part AS;Kostnad: ukjend
            """
        let result = try TableImporter.importTable(path: try TestFiles.write(text, name: "rart.csv"))
        let codes = Set(result.issues.map(\.code))
        #expect(codes.isSuperset(of: ["unreadable-timeframe", "unregistered-party", "unreadable-amount"]))
        #expect(result.issues.allSatisfy { $0.severity == .warning })
        #expect(result.issues.first { $0.code == "unreadable-timeframe" }?.field == .timeframe)
    }
}
