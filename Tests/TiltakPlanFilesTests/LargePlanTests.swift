import Foundation
import Testing
import TiltakModel
import TiltakPlanFiles

/// Plans of a size where work per row that grows with the plan would show: many rows without ids,
/// many focus areas. The timings are in `Scripts/bench scale`; these check what comes out.
@Suite("Large plans")
struct LargePlanTests {
    /// The id a row gets as the `number`th of its focus area `code` (`NK-07`, `NK-10`).
    static func id(_ code: String, _ number: Int) -> ActionID {
        ActionID(code + "-" + (number < 10 ? "0\(number)" : "\(number)"))
    }

    @Test func manyRowsWithoutIDsAreNumberedInRowOrder() throws {
        // Two focus areas taking turns; two rows carry an id, the rest are numbered after the
        // highest id of their area anywhere in the table.
        var lines = ["ID;Innsatsområde;Tema;Tiltak"]
        for row in 0..<20_000 {
            let area = row % 2 == 0 ? "Næringsliv og kompetanse" : "Klima og miljø"
            let id = row == 0 ? "NK-05" : row == 10_001 ? "KM-100" : ""
            lines.append("\(id);\(area);Tema;Tiltak \(row)")
        }
        let path = try TestFiles.write(lines.joined(separator: "\n") + "\n", name: "utan-id.csv")
        let plan = try TableImporter.importTable(path: path).plan

        var expected: [ActionID] = []
        var next = ["NK": 6, "KM": 101]
        for row in 0..<20_000 {
            let code = row % 2 == 0 ? "NK" : "KM"
            if row == 0 {
                expected.append("NK-05")
            } else if row == 10_001 {
                expected.append("KM-100")
            } else {
                expected.append(Self.id(code, next[code, default: 0]))
                next[code, default: 0] += 1
            }
        }
        #expect(plan.focusAreas.map(\.code) == ["NK", "KM"])
        #expect(plan.actions.count == 20_000)
        #expect(plan.actions.map(\.id) == expected)
        #expect(Set(plan.actions.map(\.id)).count == 20_000)
        #expect(plan.actions.map(\.text) == (0..<20_000).map { "Tiltak \($0)" })
        #expect(!PlanValidator.validate(plan).contains { $0.severity == .error })
    }

    @Test func idsAreNumberedAfterTheHighestNumberOfTheirPrefix() throws {
        // `KM-B-7` counts for the focus area coded `KM-B`, not for `KM`; `KM-x` counts for nothing.
        let base = Plan(
            id: "base", title: "Base", period: PlanPeriod(first: 2021, last: 2024),
            revision: Revision(date: .januaryFirst(2021), label: "Test"),
            focusAreas: [
                FocusArea(code: "KM-B", name: "Klima B"), FocusArea(code: "KM", name: "Klima og miljø"),
            ])
        let text = """
            ID;Innsatsområde;Tema;Tiltak
            KM-B-7;KM-B;Tema;Ein
            ;Klima B;Tema;To
            KM-x;Klima og miljø;Tema;Tre
            ;Klima og miljø;Tema;Fire
            KM-3;Klima og miljø;Tema;Fem
            ;KM;Tema;Seks

            """
        let path = try TestFiles.write(text, name: "prefiks.csv")
        let plan = try TableImporter.importTable(path: path, base: base).plan
        #expect(plan.focusAreas.map(\.code) == ["KM-B", "KM"])
        #expect(plan.actions.map(\.id) == ["KM-B-7", "KM-B-08", "KM-x", "KM-04", "KM-3", "KM-05"])
    }

    @Test func manyActionsWithoutIDsInAPlanFileAreNumberedInOrder() throws {
        var yaml = """
            format: 1
            id: mange
            title: Mange tiltak
            period: {from: 2021, to: 2024}
            revision: {date: 2021-04-10, label: Test}
            parties:
              - {code: RR, name: Regionrådet, kind: regional-council}
            focusAreas:
              - code: NK
                name: Næring
                themes:
                  - name: Tema
                    actions:
                      - {id: NK-09, text: Først, timeframe: "2022", responsible: RR}

            """
        for number in 1..<20_000 {
            yaml += "          - {text: Tiltak \(number), timeframe: \"2022\", responsible: RR}\n"
        }
        let plan = try PlanFileReader.read(yaml: yaml, file: "mange.yaml")
        #expect(plan.actions.count == 20_000)
        #expect(plan.actions.map(\.id) == ["NK-09"] + (10..<20_009).map { Self.id("NK", $0) })
        #expect(PlanValidator.validate(plan).isEmpty)
    }

    @Test func manyFocusAreasInATableGetTheirOwnCodes() throws {
        // Every area's derived code is `OM`: the areas get OM, OM2, …, OM4000 in order of appearance.
        var lines = ["Innsatsområde;Tema;Tiltak;Tidsramme;Ansvar"]
        for area in 1...4_000 {
            lines.append("Område \(area);Tema \(area);Greie ut område \(area);2022;RR")
            lines.append("Område \(area);Tema \(area);Følgje opp område \(area);2023;RR")
        }
        lines.append("område 17;Tema 17;Til slutt;2024;RR")
        let path = try TestFiles.write(lines.joined(separator: "\n") + "\n", name: "omrade.csv")
        let plan = try TableImporter.importTable(path: path).plan

        let codes = ["OM"] + (2...4_000).map { "OM\($0)" }
        #expect(plan.focusAreas.map(\.code) == codes)
        #expect(plan.focusAreas.map(\.name) == (1...4_000).map { "Område \($0)" })
        #expect(plan.focusAreas.map(\.themes) == (1...4_000).map { ["Tema \($0)"] })
        #expect(plan.actions.count == 8_001)
        #expect(plan.actions.last?.focusArea == "OM17")
        #expect(plan.actions.last?.id == "OM17-03")
        #expect(plan.actions.prefix(4).map(\.id) == ["OM-01", "OM-02", "OM2-01", "OM2-02"])
        #expect(Set(plan.actions.map(\.id)).count == 8_001)
        let issues = PlanValidator.validate(plan)
        #expect(!issues.contains { $0.severity == .error })
        #expect(issues.allSatisfy { $0.code == "unregistered-party" })
    }

    @Test func aTableNamesTheAreasOfItsBaseByAnyOfTheirNames() throws {
        // With many areas in the base, each row finds its area by code, name, short name or alias.
        var areas: [FocusArea] = []
        for number in 1...3_000 {
            areas.append(
                FocusArea(
                    code: "A\(number)", name: "Innsatsområde nummer \(number)",
                    aliases: ["Alias \(number)"]))
        }
        let base = Plan(
            id: "base", title: "Base", period: PlanPeriod(first: 2021, last: 2024),
            revision: Revision(date: .januaryFirst(2021), label: "Test"), focusAreas: areas)
        var lines = ["Innsatsområde;Tema;Tiltak"]
        for number in stride(from: 3_000, through: 1, by: -1) {
            let name =
                switch number % 3 {
                case 0: "a\(number)"
                case 1: "INNSATSOMRÅDE NUMMER \(number)"
                default: "Alias-\(number)"
                }
            lines.append("\(name);Tema;Tiltak \(number)")
        }
        let path = try TestFiles.write(lines.joined(separator: "\n") + "\n", name: "base.csv")
        let plan = try TableImporter.importTable(path: path, base: base).plan
        #expect(plan.focusAreas.map(\.code) == (1...3_000).map { "A\($0)" })
        #expect(plan.actions.map(\.focusArea) == stride(from: 3_000, through: 1, by: -1).map { "A\($0)" })
        #expect(
            plan.actions.map(\.id) == stride(from: 3_000, through: 1, by: -1).map { ActionID("A\($0)-01") })
    }

    @Test func aPlanWithManyThemesAndReportsIsWrittenAndReadBack() throws {
        // 5 000 actions in 1 000 themes (listed in reverse, the actions taking turns), one theme
        // only an action names, a status report on every action.
        let themes = (1...1_000).map { "Tema \($0)" }
        var plan = Plan(
            id: "mange", title: "Mange", period: PlanPeriod(first: 2021, last: 2024),
            revision: Revision(date: .januaryFirst(2022), label: "Test"),
            registry: PartyRegistry(parties: [Party(code: "RR", name: "Regionrådet", kind: .regionalCouncil)]
            ),
            focusAreas: [FocusArea(code: "NK", name: "Næring", themes: themes.reversed())])
        plan.actions = (1...5_000).map { number in
            Action(
                id: ActionID("NK-\(number)"), text: "Tiltak \(number)", focusArea: "NK",
                theme: number == 5_000 ? "Ulista" : themes[(number - 1) % 1_000],
                timeframe: Timeframe(text: "2022", kind: .year(2022, part: nil)),
                responsible: PartyCell(text: "RR", parties: [.registered("RR")]))
        }
        plan.statusReports = plan.actions.map { action in
            StatusReport(
                actionID: action.id, year: 2022, party: "RR", status: .inProgress, comment: "Om \(action.id)",
                collected: .januaryFirst(2022))
        }
        let yaml = try PlanFileWriter.yaml(for: plan)
        let read = try PlanFileReader.read(yaml: yaml, file: "mange.yaml")

        // Written by theme: the listed themes in the area's order, then the unlisted one.
        let order = themes.reversed() + ["Ulista"]
        let byTheme = Dictionary(grouping: plan.actions, by: \.theme)
        let expected = order.flatMap { byTheme[$0] ?? [] }
        #expect(read.actions.map(\.id) == expected.map(\.id))
        #expect(read.actions.map(\.theme) == expected.map(\.theme))
        #expect(read.focusAreas.first?.themes == themes.reversed() + ["Ulista"])
        #expect(read.statusReports.count == 5_000)
        #expect(read.statusReports.allSatisfy { $0.comment == "Om \($0.actionID)" })
    }
}
