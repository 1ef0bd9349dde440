import Foundation
import Testing
import TiltakModel
import TiltakPlanFiles
import XLSXReader

@testable import TiltakWorkbook

@Suite struct CouncilWorkbookTests {
    let plan: Plan
    let directory: TemporaryDirectory
    let path: String
    let document: XLSXDocument

    init() throws {
        plan = try hallingdal()
        directory = try TemporaryDirectory()
        path = directory.path("hallingdal.xlsx")
        try CouncilWorkbook.write(
            plan, source: WorkbookSource(path: fixtureSource.path, sha256: fixtureSource.sha256), to: path)
        document = try open(path)
    }

    @Test func sheetNamesInOrder() throws {
        let expected =
            ["Oversikt", "Om planen", "Tiltak"] + plan.focusAreas.map(\.shortName)
            + [
                "Ansvar", "Tidsplan", "Finansiering", "Resultatmål", "Datakvalitet", "Lister",
                "Revisjon 2021",
            ]
            + ["Innsamling"]
        #expect(document.sheetNames == expected)
        #expect(document.isHidden(sheet: "Lister"))
        #expect(!document.isHidden(sheet: "Tiltak"))
        let lists = try document.sheet(named: "Lister")
        #expect((1...5).map { lists.string("A\($0)") } == StatusList.values(.nynorsk))
    }

    @Test func actionTableHeadersAndRows() throws {
        let sheet = try document.sheet(named: "Tiltak")
        #expect(
            sheet.row(1) == [
                "ID", "Tema", "Tiltak", "Tidsramme", "Ansvar", "Involvert", "Finansiering", "Merknad",
                "Status", "Kommentar", "Innsatsområde", "Frå år", "Til år", "Kostnad (kr)", "Kostnadstype",
            ])
        #expect(plan.actions.count == 69)
        #expect(sheet.maxRow == 70)
        #expect((2...70).map { sheet.string("A\($0)") } == plan.actions.map(\.id.rawValue))

        let nk01 = try #require((2...70).first { sheet.string("A\($0)") == "NK-01" })
        #expect(sheet.string("D\(nk01)") == "Årleg")
        #expect(sheet.value("L\(nk01)")?.number == 2021)
        #expect(sheet.value("M\(nk01)")?.number == 2024)
        #expect(sheet.string("E\(nk01)") == "Tråkk'n Roll")
        #expect(sheet.string("G\(nk01)") == "Krev finansiering")
        #expect(sheet.string("K\(nk01)") == "Næringsliv og kompetanseutvikling")

        for (index, action) in plan.actions.enumerated() {
            let row = index + 2
            #expect(sheet.value("N\(row)")?.number == action.financing.cost.map { Double($0.amount) })
            #expect(sheet.string("H\(row)") == action.remark)
        }
        let ao10 = try #require(plan.action(id: "AO-10"))
        let ao10Row = try #require((2...70).first { sheet.string("A\($0)") == "AO-10" })
        #expect(sheet.value("N\(ao10Row)")?.number == Double(ao10.financing.cost?.amount ?? -1))
        #expect(sheet.string("O\(ao10Row)") == "Per år")
        let costCell = try #require(sheet.value("N\(ao10Row)"))
        #expect(document.format(of: costCell)?.formatCode == "#,##0")
    }

    @Test func tableValidationAndPanes() throws {
        let sheet = try document.sheet(named: "Tiltak")
        let tables = try document.tables(in: sheet)
        #expect(tables.count == 1)
        let table = try #require(tables.first)
        #expect(table.ref == "A1:O70")
        #expect(table.name == "Tiltak")
        #expect(table.showRowStripes)
        #expect(table.autoFilter != nil)
        #expect(sheet.frozenPane?.xSplit == 1)
        #expect(sheet.frozenPane?.ySplit == 1)
        let validations = sheet.dataValidations(at: "I2") + sheet.dataValidations(at: "I70")
        #expect(validations.count == 2)
        #expect(validations.allSatisfy { $0.type == "list" && $0.formula1 == "Lister!$A$1:$A$5" })
        // The action's text wraps in a column narrow enough for legible print (see ActionTableLayout).
        #expect((sheet.columnInfo(3)?.width ?? 0) > 30)
        #expect((sheet.columnInfo(3)?.width ?? 100) <= 33)
    }

    @Test func overviewFormulasCarryTheirValues() throws {
        let overview = try document.sheet(named: "Oversikt")
        let evaluator = FormulaEvaluator(sheets: ["Tiltak": try document.sheet(named: "Tiltak")])
        let formulas = overview.cells.values.filter(\.isFormula)
        #expect(formulas.count > 30)
        for cell in formulas {
            let formula = try #require(cell.formula)
            #expect(formula.contains("Tiltak!"))
            #expect(cell.kind == .number)
            #expect(evaluator.evaluate(formula) == cell.number, "\(cell.reference): \(formula)")
        }
        // Spot checks against the model.
        let area = try #require(
            plan.focusAreas.first { $0.name == "Klima og miljø" } ?? plan.focusAreas.first)
        let needed = plan.actions(area: area.code).filter { $0.financing.need == .needsFinancing }.count
        let cell = try #require(
            formulas.first {
                $0.formula == "COUNTIFS(Tiltak!$K:$K,\"\(area.name)\",Tiltak!$G:$G,\"Krev finansiering\")"
            })
        #expect(cell.number == Double(needed))
        for year in plan.period.years {
            let yearCell = try #require(formulas.first { $0.formula?.contains("\"<=\(year)\"") == true })
            #expect(yearCell.number == Double(plan.actions(activeIn: year).count))
        }
        #expect(overview.cells.values.contains { $0.string == fixtureSource.sha256 })
        #expect(overview.string("A1") == plan.title)
        let drawings = document.partNames.filter { $0.hasPrefix("xl/charts/chart") }
        #expect(drawings.count == 2)
        let stacked = try document.partText("xl/charts/chart1.xml")
        #expect(stacked.contains("<c:grouping val=\"stacked\"/>"))
    }

    @Test func financingTotals() throws {
        let sheet = try document.sheet(named: "Finansiering")
        #expect(
            sheet.row(1) == [
                "ID", "Tiltak", "Ansvar", "Kjelde", "Kostnad (kr)", "Kostnadstype", "Kostnad i perioden",
                "Grunnlag", "Merknad",
            ])
        let unfinanced = plan.unfinancedActions
        let ids = Set(sheet.cells.values.filter { $0.reference.column == 1 }.map(\.string))
        #expect(unfinanced.allSatisfy { ids.contains($0.id.rawValue) })
        let totals = plan.costTotals(of: unfinanced)
        let last = sheet.maxRow
        let total = try #require(
            (1...last).first { sheet.string("B\($0)") == "Sum ufinansierte tiltak (3 av 12 med kostnad)" })
        #expect(sheet.value("E\(total)")?.number == Double(totals.oneOff + totals.perYear))
        #expect(sheet.value("G\(total)")?.number == Double(totals.overPeriod))
        #expect(sheet.value("G\(total)")?.formula?.hasPrefix("SUM(G") == true)
        // Each group's SUM matches the model; a need none of whose actions states a cost is not
        // summed to 0 but says so.
        for group in FinancingSheet.groups(of: plan) {
            let costs = plan.costTotals(of: group.actions)
            let label =
                "Sum \(group.need.text(.nynorsk).lowercased()) (\(costs.actionsWithCost) av \(group.actions.count) med kostnad)"
            let row = try #require((1...last).first { sheet.string("B\($0)") == label }, "\(label)")
            if costs.actionsWithCost == 0 {
                #expect(sheet.string("G\(row)") == "ikkje oppgitt")
                #expect(sheet.string("E\(row)") == "ikkje oppgitt")
            } else {
                #expect(sheet.value("G\(row)")?.formula?.hasPrefix("SUM(G") == true)
                #expect(sheet.value("G\(row)")?.number == Double(costs.overPeriod))
            }
        }
        // Every action with a cost states its basis; the rest say the cost is not stated.
        for action in unfinanced {
            let row = try #require((1...last).first { sheet.string("A\($0)") == action.id.rawValue })
            if let basis = plan.costBasis(of: action) {
                #expect(sheet.string("H\(row)") == basis.text(.nynorsk))
            } else if !action.financing.hasUnreadableAmount {
                #expect(sheet.string("E\(row)") == "ikkje oppgitt")
            }
        }
        #expect(
            sheet.string("H\((1...last).first { sheet.string("A\($0)") == "AO-10" } ?? 0)")
                == "1 000 000 kr × 1 år (2022)")
        // By year: what falls in each year of the period, and the one-off costs without a year.
        let byYear = try #require((1...last).first { sheet.string("A\($0)") == "Per år" })
        #expect(
            (1...5).map { sheet.string("B\(byYear + $0)") } == [
                "2021", "2022", "2023", "2024", "Utan år (eingongs, tidsramme ukjend)",
            ])
        #expect(
            (1...5).map { sheet.value("G\(byYear + $0)")?.number } == [250_000, 1_000_000, 0, 0, 300_000])
        let byParty = try #require((1...last).first { sheet.string("A\($0)") == "Per ansvarleg" })
        #expect(sheet.string("B\(byParty + 4)") == "Sum Regionrådet for Hallingdal (2 av 5 med kostnad)")
        #expect(sheet.value("G\(byParty + 4)")?.number == 1_250_000)
        for action in unfinanced where action.financing.hasUnreadableAmount {
            let row = try #require((1...last).first { sheet.string("A\($0)") == action.id.rawValue })
            #expect(
                sheet.dataValidations(at: "E\(row)").first?.attributes["prompt"]?.contains(
                    "kunne ikkje lesast") == true)
        }
    }

    @Test func responsibilityScheduleAndAreas() throws {
        let ansvar = try document.sheet(named: "Ansvar")
        let sections = ResponsibilitySheet.sections(of: plan, .nynorsk)
        #expect(sections.contains { $0.title == "Kommunane i Hallingdal" })
        let headings = ansvar.cells.values.filter {
            $0.reference.column == 1 && $0.string.hasSuffix(" tiltak)")
        }
        #expect(headings.count == sections.count)
        let detailRows = sections.map(\.actions.count).reduce(0, +)
        #expect(ansvar.rowOutlineLevels.values.filter { $0 == 1 }.count == detailRows)
        #expect(ansvar.string("A2") == "\(sections[0].title) (\(sections[0].actions.count) tiltak)")

        let schedule = try document.sheet(named: "Tidsplan")
        #expect(schedule.row(1) == ["ID", "Tiltak", "2021", "2022", "2023", "2024", "Ukjend"])
        let nk01 = try #require((2...70).first { schedule.string("A\($0)") == "NK-01" })
        #expect(["C", "D", "E", "F"].allSatisfy { schedule.string("\($0)\(nk01)") == "x" })
        #expect(schedule.string("G\(nk01)") == "")
        let xml = try document.partText(schedule.partPath)
        #expect(xml.contains("<conditionalFormatting sqref=\"C2:G70\">"))

        for area in plan.focusAreas {
            let sheet = try document.sheet(named: area.shortName)
            let ids = sheet.cells.values.filter { $0.reference.column == 1 }.map(\.string)
            #expect(plan.actions(area: area.code).allSatisfy { ids.contains($0.id.rawValue) })
            let firstTheme = try #require(
                area.themes.first { theme in plan.actions(area: area.code).contains { $0.theme == theme } })
            #expect(sheet.string("A2") == firstTheme)
            let heading = try #require(sheet.value("A2"))
            #expect(document.format(of: heading)?.font.isBold == true)
        }
        let goals = try document.sheet(named: "Resultatmål")
        #expect(goals.row(1) == ["Innsatsområde", "Nr.", "Resultatmål"])
        let quality = try document.sheet(named: "Datakvalitet")
        #expect(quality.row(1) == ["Alvor", "ID", "Felt", "Melding"])
        #expect(quality.maxRow == max(PlanValidator.validate(plan).count + 1, 2))
    }

    @Test func printSetupAndProperties() throws {
        for name in document.sheetNames where name != "Lister" {
            let sheet = try document.sheet(named: name)
            // `Om planen` is a page of text: portrait, no header row to repeat.
            let text = name == "Om planen"
            if text { #expect(sheet.pageSetup["orientation"] == "portrait") }
            #expect(sheet.pageSetup["paperSize"] == "9", "\(name)")
            // Never shrunk to one page wide: a scale of at least 75 % keeps 11 pt type at 8 pt or more.
            // (100 % is the default, which the writer leaves out.)
            let scale = try #require(Int(sheet.pageSetup["scale"] ?? "100"), "\(name)")
            #expect((75...100).contains(scale), "\(name): \(scale)")
            #expect(sheet.pageSetup["fitToHeight"] == nil, "\(name)")
            let titles = document.definedNames["\(name)!_xlnm.Print_Titles"] ?? ""
            #expect(
                text ? titles.isEmpty : titles == "\(name)!$1:$1" || titles == "'\(name)'!$1:$1",
                "\(name): \(titles)")
            let xml = try document.partText(sheet.partPath)
            #expect(!xml.contains("fitToPage=\"1\""), "\(name)")
            #expect(xml.contains("<oddFooter>&amp;L\(name)&amp;RSide &amp;P av &amp;N</oddFooter>"))
            #expect(xml.contains("<oddHeader>&amp;C\(plan.title)&amp;R\(plan.revision.label)</oddHeader>"))
        }
        // Wide sheets print landscape, narrow ones portrait.
        #expect(try document.sheet(named: "Tiltak").pageSetup["orientation"] == "landscape")
        #expect(try document.sheet(named: "Resultatmål").pageSetup["orientation"] == "portrait")
        // On A4 the Tiltak sheet prints the columns a reader needs, ID to Kommentar.
        #expect(document.definedNames["Tiltak!_xlnm.Print_Area"] == "Tiltak!$A$1:$J$70")
        let core = try document.partText("docProps/core.xml")
        #expect(core.contains("<dc:title>\(plan.title)</dc:title>"))
        #expect(core.contains("<dc:creator>Regionrådet for Hallingdal</dc:creator>"))
        #expect(core.contains("2021-04-10T12:00:00Z"))
        #expect(core.contains("<cp:keywords>"))
    }

    @Test func sameplanGivesByteIdenticalFiles() throws {
        let second = directory.path("again.xlsx")
        try CouncilWorkbook.write(
            plan, source: WorkbookSource(path: fixtureSource.path, sha256: fixtureSource.sha256), to: second)
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: path)) == Data(contentsOf: URL(fileURLWithPath: second))
        )
        #expect(try directory.contents() == ["again.xlsx", "hallingdal.xlsx"])
    }
}
