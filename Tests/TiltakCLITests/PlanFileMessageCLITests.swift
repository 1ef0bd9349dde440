import Foundation
import Testing

/// A duplicated key or a control character in a plan file is one line on stderr, not the plan.
@Suite("Plan file messages on the command line")
struct PlanFileMessageCLITests {
    @Test func aDuplicatedKeyInTheHallingdalPlanIsOneLine() throws {
        let folder = try TiltakRunner.scratch()
        let fixture = TiltakRunner.root.appendingPathComponent("Fixtures/hallingdal-2021-2024.yaml")
        var lines = try String(contentsOf: fixture, encoding: .utf8).components(separatedBy: "\n")
        let text = try #require(lines.firstIndex { $0.contains("text: Få på plass ein klimakoordinator") })
        lines.insert(lines[text], at: text + 1)
        try lines.joined(separator: "\n").write(
            to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
        let column = lines[text].prefix { $0 == " " }.count + 1
        let result = try TiltakRunner.run(["validate", "--plan", "plan.yaml"], in: folder)
        #expect(result.status == 65)
        #expect(
            result.stderr
                == "tiltak: feil: plan.yaml:\(text + 2):\(column): text: Nøkkelen «text» står to gonger. (fyrste gong på linje \(text + 1))\n"
        )
    }

    @Test func aControlCharacterIsPlacedByLineAndColumn() throws {
        let folder = try TiltakRunner.scratch()
        try Data("id: t\ntitle: \"Tå\u{01}t\"\nperiod: {from: 2021, to: 2024}\nfocusAreas: []\n".utf8).write(
            to: folder.appendingPathComponent("plan.yaml"))
        let result = try TiltakRunner.run(["list", "--plan", "plan.yaml"], in: folder)
        #expect(result.status == 65)
        #expect(
            result.stderr
                == "tiltak: feil: plan.yaml:2:11: Teiknet U+0001 er eit kontrollteikn, og det er ikkje lov i ei planfil. (fjern det, eller skriv det som \\x01 i ein tekst i doble hermeteikn)\n"
        )
    }
}
