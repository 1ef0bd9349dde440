import Foundation
import Testing
import TiltakModel
import TiltakPlanFiles

@testable import TiltakOperations

/// `tiltak list --format csv|tsv` never hands a spreadsheet a formula: a cell that starts with `=`,
/// `+`, `-`, `@`, a tab or a carriage return starts with `'`.
@Suite("List output without formulas")
struct ListFormulaTests {
    static let plan = """
        id: test
        title: Test
        period: {from: 2021, to: 2024}
        parties:
          - {code: GOL, name: Gol, kind: municipality}
        focusAreas:
          - code: KM
            name: Klima og miljø
            themes:
              - name: Klima
                actions:
                  - id: KM-01
                    text: '=HYPERLINK("http://x","y")'
                    timeframe: "2022"
                    responsible: Gol
                  - id: KM-02
                    text: "+1"
                    responsible: Gol
                    remark: "=1+1"
                  - id: KM-03
                    text: "-1"
                    responsible: Gol
                  - id: KM-04
                    text: "@SUM(A1)"
                    responsible: Gol
                  - id: KM-05
                    text: Vanleg tekst - med strek = og likskapsteikn
                    responsible: Gol
        """

    func list(_ format: ListOperation.Format) throws -> [[String]] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tiltak-list-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("plan.yaml")
        try Self.plan.write(to: path, atomically: true, encoding: .utf8)
        var text = ""
        try ListOperation.run(ListOperation.Options(source: PlanSource(plan: path.path), format: format)) {
            text += $0
        }
        let separator: Character = format == .csv ? ";" : "\t"
        return text.split(separator: "\n").map {
            $0.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        }
    }

    @Test func csvCellsThatAFormulaCouldStartWithStartWithAQuote() throws {
        let rows = try list(.csv)
        #expect(rows.count == 6)
        #expect(rows[1][3] == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        #expect(rows[2][3] == "'+1")
        #expect(rows[2][7] == "'=1+1")
        #expect(rows[3][3] == "'-1")
        #expect(rows[4][3] == "'@SUM(A1)")
        #expect(rows[5][3] == "Vanleg tekst - med strek = og likskapsteikn")
    }

    @Test func tsvCellsThatAFormulaCouldStartWithStartWithAQuote() throws {
        let rows = try list(.tsv)
        #expect(rows.count == 6)
        #expect(rows[1][2] == "'=HYPERLINK(\"http://x\",\"y\")")
        #expect(rows[2][2] == "'+1")
        #expect(rows[2][7] == "'=1+1")
        #expect(rows[3][2] == "'-1")
        #expect(rows[4][2] == "'@SUM(A1)")
        #expect(rows[5][2] == "Vanleg tekst - med strek = og likskapsteikn")
    }

    /// The plan's cells come trimmed, so a leading tab or carriage return is checked on the cell alone.
    @Test func aLeadingTabOrCarriageReturnGetsAQuoteInCSVButNotInTheEscapedTSV() {
        #expect(ListOperation.inert("\t=1+1") == "'\t=1+1")
        #expect(ListOperation.inert("\r=1+1") == "'\r=1+1")
        #expect(ListOperation.csvField(ListOperation.inert("\r=1+1")) == "\"'\r=1+1\"")
        // The TSV writes them as `\t` and `\r`: the cell starts with a backslash.
        #expect(ListOperation.inert("\t=1+1", escaped: true) == "\t=1+1")
        #expect(ListOperation.inert("-1", escaped: true) == "'-1")
        #expect(ListOperation.inert("") == "")
        #expect(ListOperation.inert("1-1") == "1-1")
    }
}
