import Foundation
import Testing
import TiltakModel
import XLSXReader

@testable import TiltakWorkbook

/// The council workbook of plans with many actions, focus areas, themes, parties or reports. The
/// timings are in `Scripts/bench scale`; these check what the sheets hold.
@Suite struct LargeWorkbookTests {
    /// Every cell of `sheet` as text, by address.
    static func texts(_ sheet: XLSXSheet) -> [CellAddress: String] {
        sheet.cells.mapValues(\.string).filter { !$0.value.isEmpty }
    }

    @Test func aStreamedWorkbookHasEverySheetWithTheSameCells() throws {
        // Plans of 200 000 actions or more are written row by row; the whole workbook must still
        // come out, with the same cells as when it is written in memory.
        let plan = try hallingdal()
        let directory = try TemporaryDirectory()
        let source = WorkbookSource(path: fixtureSource.path, sha256: fixtureSource.sha256)
        try CouncilWorkbook.write(
            plan, source: source, to: directory.path("minne.xlsx"), sheets: .all, streaming: false)
        try CouncilWorkbook.write(
            plan, source: source, to: directory.path("straum.xlsx"), sheets: .all, streaming: true)
        let inMemory = try open(directory.path("minne.xlsx"))
        let streamed = try open(directory.path("straum.xlsx"))
        #expect(streamed.sheetNames == inMemory.sheetNames)
        for name in inMemory.sheetNames {
            let expected = Self.texts(try inMemory.sheet(named: name))
            let actual = Self.texts(try streamed.sheet(named: name))
            #expect(actual == expected, "sheet \(name)")
        }
        let table = try streamed.sheet(named: "Tiltak")
        #expect(table.maxRow == plan.actions.count + 1)
    }

    @Test func manyFocusAreasWithTheSameShortNameGetUniqueSheetNames() {
        var names = SheetNames()
        names.reserve("Oversikt")
        let base = "Innsatsområde for berekraftig"
        let given = (1...4_000).map { _ in names.unique(base) }
        let expected =
            [base]
            + (2...4_000).map { number in
                let suffix = " (\(number))"
                return String(base.prefix(SheetNames.maximumLength - suffix.count)) + suffix
            }
        #expect(given == expected)
        #expect(Set(given.map { $0.lowercased() }).count == 4_000)
        #expect(names.unique("OVERSIKT") == "OVERSIKT (2)")
        #expect(names.unique(base.uppercased()) == String(base.uppercased().prefix(24)) + " (4001)")
    }

    @Test func aFocusAreaSheetWithManyThemesAndReports() throws {
        // 1 500 themes listed in reverse, two actions each (the second after all the first ones),
        // and a theme only an action names; every action has a status report.
        let themes = (1...1_500).map { "Tema \($0)" }
        var actions: [Action] = []
        for number in 1...3_000 {
            let theme = number == 3_000 ? "Ulista" : themes[(number - 1) % 1_500]
            var action = smallAction("KM-\(number)", text: "Tiltak \(number)")
            action.theme = theme
            actions.append(action)
        }
        var plan = smallPlan(actions: actions)
        plan.focusAreas[0].themes = themes.reversed()
        plan.statusReports = actions.enumerated().map { index, action in
            StatusReport(
                actionID: action.id, year: 2022, party: "RR", status: index % 3 == 0 ? .done : .inProgress,
                collected: .januaryFirst(2022))
        }
        let directory = try TemporaryDirectory()
        let path = directory.path("tema.xlsx")
        try CouncilWorkbook.write(
            plan, source: WorkbookSource(path: "tema.yaml", sha256: ""), to: path, sheets: .all)
        let sheet = try open(path).sheet(named: "Klima og miljø")

        // Listed themes in the area's order (those with actions), then the unlisted one.
        var expected: [[String]] = []
        let byTheme = Dictionary(grouping: actions, by: \.theme)
        for theme in themes.reversed() + ["Ulista"] {
            guard let members = byTheme[theme] else { continue }
            expected.append([theme])
            for action in members {
                let status = Int(action.id.rawValue.dropFirst(3)).map { ($0 - 1) % 3 == 0 } == true
                expected.append([action.id.rawValue, action.text, status ? "Fullført" : "Pågår"])
            }
        }
        let rows = (2...sheet.maxRow).map { row in
            let cells = sheet.row(row)
            return cells[0].hasPrefix("KM-") ? [cells[0], cells[1], cells[7]] : [cells[0]]
        }
        #expect(rows == expected)
    }

    @Test func responsibilitySectionsOfManyParties() {
        // 5 000 unregistered responsible names, each on two actions, the second time after all
        // the others: one section per name in the order first written, then the registry's.
        var actions: [Action] = []
        for round in 0..<2 {
            for number in 1...5_000 {
                actions.append(
                    smallAction(
                        "KM-\(round * 5_000 + number)",
                        responsible: [
                            .unregistered("Lag \(number)"), .registered(number == 7 ? "GOL" : "RR"),
                        ]))
            }
        }
        let sections = ResponsibilitySheet.sections(of: smallPlan(actions: actions), .nynorsk)
        #expect(sections.map(\.title) == ["Regionrådet", "Gol"] + (1...5_000).map { "Lag \($0)" })
        #expect(sections[0].actions.count == 9_998)
        #expect(sections[1].actions.map(\.id) == ["KM-7", "KM-5007"])
        #expect(
            sections.dropFirst(2).allSatisfy { section in
                section.actions.map(\.id.rawValue)
                    == [
                        "KM-\(section.title.dropFirst(4))",
                        "KM-\(5_000 + (Int(section.title.dropFirst(4)) ?? 0))",
                    ]
            })
    }
}
