import Foundation
import Testing
import TiltakLanguage
import TiltakModel
import XLSXReader

@testable import TiltakWorkbook

/// The council workbook's `Om planen` sheet: the whole plan beside its actions — goal, focus areas
/// with description and result goals, appendix, and the part-time-resident estimate as formulas.
@Suite struct AboutPlanSheetTests {
    /// Writes `plan`'s council workbook in `language` and opens it.
    static func workbook(_ plan: Plan, language: Language? = nil) throws -> (XLSXDocument, TemporaryDirectory)
    {
        let directory = try TemporaryDirectory()
        let path = directory.path("plan.xlsx")
        try CouncilWorkbook.write(
            plan, source: WorkbookSource(path: fixtureSource.path, sha256: fixtureSource.sha256), to: path,
            language: language)
        return (try open(path), directory)
    }

    /// The texts of column B from row 1 down, with their row numbers (from 1).
    static func texts(_ sheet: XLSXSheet) -> [(row: Int, text: String)] {
        (1...max(sheet.maxRow, 1)).compactMap { row in
            let text = sheet.cell(row: row, column: 2)?.string ?? ""
            return text.isEmpty ? nil : (row, text)
        }
    }

    /// The row (from 1) whose column B is `text`.
    static func row(of text: String, in sheet: XLSXSheet) throws -> Int {
        try #require(texts(sheet).first { $0.text == text }?.row, "no row «\(text)»")
    }

    @Test func theSheetComesRightAfterTheOverview() throws {
        let (document, _) = try Self.workbook(try hallingdal())
        #expect(Array(document.sheetNames.prefix(3)) == ["Oversikt", "Om planen", "Tiltak"])
        #expect(!document.isHidden(sheet: "Om planen"))
    }

    @Test func itHoldsTheGoalTheFocusAreasAndTheAppendixInPlanOrder() throws {
        let plan = try hallingdal()
        let (document, _) = try Self.workbook(plan)
        let sheet = try document.sheet(named: "Om planen")
        let texts = Self.texts(sheet).map(\.text)
        #expect(texts.first == plan.title)

        // The goal: its heading, then its three paragraphs, each in a cell of its own.
        let goal = plan.goal.components(separatedBy: "\n\n").map { $0.trimmingWhitespace }
        #expect(goal.count == 3)
        let goalRow = try Self.row(of: "Overordna mål", in: sheet)
        for (offset, paragraph) in goal.enumerated() {
            #expect(sheet.cell(row: goalRow + 1 + offset, column: 2)?.string == paragraph)
        }

        // Each focus area: name, description, its result goals numbered in column A.
        var previous = try Self.row(of: "Innsatsområde", in: sheet)
        #expect(previous > goalRow)
        for area in plan.focusAreas {
            #expect(!area.description.isEmpty && !area.resultGoals.isEmpty)
            let name = try Self.row(of: area.name, in: sheet)
            #expect(name > previous, "\(area.name) out of plan order")
            #expect(sheet.cell(row: name + 1, column: 2)?.string == area.description)
            let title = try #require(area.resultGoalsTitle)
            #expect(sheet.cell(row: name + 2, column: 2)?.string == title)
            for (index, goal) in area.resultGoals.enumerated() {
                #expect(sheet.cell(row: name + 3 + index, column: 1)?.number == Double(index + 1))
                #expect(
                    sheet.cell(row: name + 3 + index, column: 2)?.string == goal, "\(area.code) \(index + 1)")
            }
            previous = name
        }

        // The appendix, every item in order after its title: the list TE-01 and AO-02 point to.
        let appendix = try #require(plan.appendix)
        let appendixRow = try Self.row(of: appendix.title, in: sheet)
        #expect(appendixRow > previous)
        #expect(
            (0..<appendix.items.count).map { sheet.cell(row: appendixRow + 1 + $0, column: 2)?.string ?? "" }
                == appendix.items)
        #expect(appendix.items.count == 25)
    }

    @Test func thePartTimeResidentTableIsFormulasWithTheModelsValues() throws {
        let plan = try hallingdal()
        let estimate = try #require(plan.partTimeResidents)
        let (document, _) = try Self.workbook(plan)
        let sheet = try document.sheet(named: "Om planen")
        let heading = try Self.row(of: estimate.title, in: sheet)
        let average = try Self.row(of: "Snitt personar per dag, totalt", in: sheet)
        #expect(average == heading + 1)
        func figure(_ row: Int) -> XLSXCell? { sheet.cell(row: row, column: 3) }

        #expect(figure(average)?.number == 46724)
        #expect(figure(average)?.isFormula == false)
        #expect(sheet.cell(row: average + 1, column: 2)?.string == "Del som ikkje er talde")
        #expect(figure(average + 1)?.number == 0.06)
        let uncounted = average + 2
        #expect(sheet.cell(row: uncounted, column: 2)?.string == estimate.uncountedLabel)
        #expect(figure(uncounted)?.formula == "ROUND(C\(average)*C\(average + 1),0)")
        #expect(figure(uncounted)?.number == Double(estimate.uncountedPersons))
        #expect(estimate.uncountedPersons == 2803)
        for (offset, deduction) in estimate.deductions.enumerated() {
            #expect(sheet.cell(row: uncounted + 1 + offset, column: 2)?.string == deduction.label)
            #expect(figure(uncounted + 1 + offset)?.number == Double(-deduction.persons))
        }
        let perDay = uncounted + estimate.deductions.count + 1
        #expect(sheet.cell(row: perDay, column: 2)?.string == "Gjestedøgn snitt per døgn")
        #expect(figure(perDay)?.formula == "C\(average)+SUM(C\(uncounted):C\(perDay - 1))")
        #expect(figure(perDay)?.number == Double(estimate.guestNightsPerDay))
        #expect(estimate.guestNightsPerDay == 26527)
        #expect(sheet.cell(row: perDay + 1, column: 2)?.string == "Gjestedøgn per år")
        #expect(figure(perDay + 1)?.formula == "C\(perDay)*365")
        #expect(figure(perDay + 1)?.number == Double(estimate.guestNightsPerYear))
        #expect(estimate.guestNightsPerYear == 9_682_355)

        // The formulas, worked out from the cells they name, give their cached values.
        let averageValue = try #require(figure(average)?.number)
        let share = try #require(figure(average + 1)?.number)
        let uncountedValue = (averageValue * share).rounded()
        #expect(uncountedValue == figure(uncounted)?.number)
        let day = averageValue + (uncounted..<perDay).reduce(0) { $0 + (figure($1)?.number ?? .nan) }
        #expect(day == figure(perDay)?.number)
        #expect(day * 365 == figure(perDay + 1)?.number)
        // The plan's own figures agree.
        #expect(estimate.discrepancies.isEmpty)
    }

    @Test func itPrintsAsAPortraitPageAtFullSize() throws {
        let (document, _) = try Self.workbook(try hallingdal())
        let sheet = try document.sheet(named: "Om planen")
        #expect(sheet.pageSetup["orientation"] == "portrait")
        #expect(sheet.pageSetup["paperSize"] == "9")
        // The columns fit A4 portrait's width at 100 %: fitting to one page wide never shrinks them.
        let width = sheet.columns.reduce(0.0) { $0 + ($1.width ?? 0) * Double($1.max - $1.min + 1) }
        #expect(width > 80 && width <= 97, "\(width)")
        // The text wraps in its column.
        let paragraph = try #require(
            sheet.cell(row: try Self.row(of: "Overordna mål", in: sheet) + 3, column: 2))
        #expect(document.format(of: paragraph)?.wrapsText == true)
    }

    /// Rows are as tall as their wrapped lines, counted from the font's character widths: no
    /// padding of a one-line goal to two, and a long paragraph gets every line it needs.
    @Test func wrappedTextGetsTheHeightOfItsLines() throws {
        #expect(PrintedLines.count("Alle kommunar har tilgjengelege næringsareal", columnWidth: 74) == 1)
        // 97 characters of mostly lower case fit a line 74 zeros wide, as LibreOffice prints them.
        let long =
            "Betre oppfølging av nyetablerte bedrifter slik at fleire blir i stand til og vekse og utvikle seg"
        #expect(PrintedLines.count(long, columnWidth: 80) == 1)
        #expect(PrintedLines.count(long, columnWidth: 40) == 2)
        #expect(PrintedLines.count(String(repeating: "W", count: 100), columnWidth: 74) == 3)
        #expect(PrintedLines.count("ein\nto\n\ntre", columnWidth: 74) == 4)
        #expect(PrintedLines.count("", columnWidth: 74) == 1)

        let plan = try hallingdal()
        let (document, _) = try Self.workbook(plan)
        let sheet = try document.sheet(named: "Om planen")
        let goal = try Self.row(of: "Overordna mål", in: sheet)
        // The three paragraphs: two, two and nine lines at 15 pt each, as LibreOffice prints them.
        #expect((1...3).map { sheet.rowHeights[goal + $0] } == [30, 30, 135])
        let nk = try #require(plan.focusArea(code: "NK"))
        let first = try Self.row(of: nk.resultGoals[0], in: sheet)
        #expect(sheet.rowHeights[first] == nil)
        #expect(sheet.rowHeights[first + 1] == 45)
    }

    @Test(arguments: [
        (Language.bokmal, "Om planen", "Overordnet mål", "Innsatsområder"),
        (Language.english, "About the plan", "Overall goal", "Focus areas"),
    ])
    func inBokmalAndEnglish(language: Language, name: String, goal: String, areas: String) throws {
        let plan = try hallingdal()
        let (document, _) = try Self.workbook(plan, language: language)
        #expect(document.sheetNames[1] == name)
        let sheet = try document.sheet(named: name)
        let texts = Self.texts(sheet).map(\.text)
        #expect(texts.contains(goal))
        #expect(texts.contains(areas))
        let labels: [AboutPlanText] = [
            .averagePersonsPerDay, .uncountedShare, .guestNightsPerDay, .guestNightsPerYear,
        ]
        for label in labels {
            #expect(texts.contains(label.text(language)), "\(label)")
            #expect(!texts.contains(label.text(.nynorsk)) || label.text(language) == label.text(.nynorsk))
        }
    }

    /// A plan without goal, appendix or estimate: the sheet has no heading for them, and no heading
    /// without text under it.
    @Test func aPlanWithoutAppendixOrEstimateLeavesThoseSectionsOut() throws {
        let plan = smallPlan(actions: [smallAction("KM-01")])
        #expect(plan.goal.isEmpty && plan.appendix == nil && plan.partTimeResidents == nil)
        let (document, _) = try Self.workbook(plan)
        let sheet = try document.sheet(named: "Om planen")
        #expect(
            Self.texts(sheet).map(\.text) == [
                plan.title, "Innsatsområde", "Klima og miljø", "Mål", "Mindre utslepp",
            ])
        let left = AboutPlanText.allCases.filter { $0 != .focusAreasHeading }.map { $0.text(.nynorsk) }
        for word in [PlanText.goalHeading.text(.nynorsk)] + left {
            #expect(!Self.texts(sheet).contains { $0.text == word }, "\(word)")
        }

        // With an appendix without items and no focus areas, only the title is left.
        var bare = plan
        bare.focusAreas = []
        bare.appendix = Appendix(title: "Vedlegg", items: [])
        let (bareDocument, _) = try Self.workbook(bare)
        #expect(Self.texts(try bareDocument.sheet(named: "Om planen")).map(\.text) == [plan.title])
    }

    /// An estimate without deductions still adds up, and a plan that gives its lines no labels gets
    /// the catalogue's.
    @Test func anEstimateWithoutDeductionsOrLabels() throws {
        var plan = smallPlan(actions: [smallAction("KM-01")])
        plan.partTimeResidents = PartTimeResidentEstimate(
            title: "", averagePersonsPerDay: 1000, uncountedShare: 0.065, deductions: [])
        let (document, _) = try Self.workbook(plan, language: .english)
        let sheet = try document.sheet(named: "About the plan")
        let average = try Self.row(of: "Average persons per day, total", in: sheet)
        #expect(sheet.cell(row: average - 1, column: 2)?.string == "Part-time residents")
        #expect(sheet.cell(row: average + 2, column: 2)?.string == "Added for those not counted")
        #expect(sheet.cell(row: average + 2, column: 3)?.number == 65)
        let perDay = try #require(sheet.cell(row: average + 3, column: 3))
        #expect(perDay.formula == "C\(average)+SUM(C\(average + 2):C\(average + 2))")
        #expect(perDay.number == 1065)
        #expect(sheet.cell(row: average + 4, column: 3)?.number == 388_725)
        let share = try #require(sheet.cell(row: average + 1, column: 3))
        #expect(document.format(of: share)?.formatCode == "0.00%")
        #expect(AboutPlanSheet.shareFormat(0.07) == "0%")
        #expect(AboutPlanSheet.shareFormat(0.065) == "0.00%")
    }

    /// A focus area called `Om planen` gets a sheet name of its own beside the fixed sheet.
    @Test func aFocusAreaCalledOmPlanenIsNumbered() throws {
        var plan = smallPlan(actions: [smallAction("KM-01")])
        plan.focusAreas[0].shortName = "Om planen"
        let (document, _) = try Self.workbook(plan)
        #expect(Array(document.sheetNames.prefix(4)) == ["Oversikt", "Om planen", "Tiltak", "Om planen (2)"])
    }

    /// A paragraph longer than a row can show goes on over the next rows, split between words, so
    /// no row is cut at Excel's 409 pt; the rows counted for validation are the rows written.
    @Test func aLongParagraphGoesOnOverSeveralRows() throws {
        var plan = smallPlan(actions: [smallAction("KM-01")])
        let sentence = "Regionen skal vekse med fleire arbeidsplassar og betre tenester for alle som bur her."
        plan.goal = Array(repeating: sentence, count: 60).joined(separator: " ")
        let (document, _) = try Self.workbook(plan)
        let sheet = try document.sheet(named: "Om planen")
        let heading = try Self.row(of: "Overordna mål", in: sheet)
        let focus = try Self.row(of: "Innsatsområde", in: sheet)
        let rows = Array(heading + 1..<focus - 1)
        #expect(rows.count > 1)
        #expect(rows.map { sheet.cell(row: $0, column: 2)?.string ?? "" }.joined(separator: " ") == plan.goal)
        #expect(rows.allSatisfy { (sheet.rowHeights[$0] ?? 15) <= 405 })
        #expect(sheet.maxRow == AboutPlanSheet.rowCount(plan))
    }
}
