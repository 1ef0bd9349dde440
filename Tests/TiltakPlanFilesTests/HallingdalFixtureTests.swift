import Foundation
import Testing
import TiltakModel
import TiltakPlanFiles

@Suite("The Hallingdal 2021–2024 fixture")
struct HallingdalFixtureTests {
    let plan: Plan

    init() throws {
        plan = try PlanFileReader.read(path: TestFiles.hallingdalYAML)
    }

    @Test func holdsTheCompleteProgramme() {
        #expect(plan.id == "hallingdal-2021-2024")
        #expect(plan.period == PlanPeriod(first: 2021, last: 2024))
        #expect(plan.revision.date.iso == "2021-04-10")
        #expect(plan.owner == "Regionrådet for Hallingdal")
        #expect(plan.actions.count == 69)
        let perArea = Dictionary(grouping: plan.actions, by: \.focusArea).mapValues(\.count)
        #expect(perArea == ["NK": 21, "IN": 12, "KM": 13, "AO": 13, "TE": 10])
        #expect(plan.focusAreas.map(\.code) == ["NK", "IN", "KM", "AO", "TE"])
        #expect(plan.focusAreas.allSatisfy { $0.shortName.count <= 31 && !$0.resultGoals.isEmpty })
        #expect(
            plan.focusArea(code: "KM")?.themes == [
                "Ein grønare dal (organisering)", "Klimautslepp", "Avfallshåndtering",
            ])
        #expect(plan.appendix?.items.count == 25)
        #expect(plan.goal.hasPrefix("Hallingdal er ein meir attraktiv"))
        #expect(plan.registry.municipalityGroup?.members == ["FLA", "NES", "GOL", "HEM", "AAL", "HOL"])
    }

    @Test func keepsTextAndRemarksAsWritten() throws {
        let nk21 = try #require(plan.action(id: "NK-21"))
        #expect(nk21.text == "Sikre tilstrekkeleg tal på lærlingepllassar i Hallingdal")
        #expect(nk21.remark == "Finansiering 300 000")
        #expect(nk21.financing.cost == Cost(amount: 300_000, recurrence: .once))
        let ao10 = try #require(plan.action(id: "AO-10"))
        #expect(ao10.remark == "Kostnad 1.mill. pr. år")
        #expect(ao10.financing.cost == Cost(amount: 1_000_000, recurrence: .perYear))
        #expect(plan.action(id: "KM-04")?.responsible.text == "RR, commune")
    }

    @Test func storedReadingsAreWhatTheParsersRead() throws {
        let text = try String(contentsOfFile: TestFiles.hallingdalYAML, encoding: .utf8)
        let parsed = try PlanFileReader.read(yaml: text, file: "fixture", applyingReadings: false)
        #expect(parsed.actions.count == plan.actions.count)
        for (stored, read) in zip(plan.actions, parsed.actions) {
            #expect(stored.timeframe == read.timeframe, "timeframe of \(stored.id)")
            #expect(stored.responsible.parties == read.responsible.parties, "responsible of \(stored.id)")
            #expect(stored.involved.parties == read.involved.parties, "involved of \(stored.id)")
            #expect(stored.financing == read.financing, "financing of \(stored.id)")
            #expect(stored.flags == read.flags, "flags of \(stored.id)")
        }
    }

    @Test func partTimeResidentFiguresMatchThePlan() throws {
        let estimate = try #require(plan.partTimeResidents)
        #expect(estimate.averagePersonsPerDay == 46_724)
        #expect(estimate.uncountedPersons == 2_803)
        #expect(estimate.deductions.map(\.persons) == [20_000, 1_000, 1_000, 1_000])
        #expect(estimate.guestNightsPerDay == 26_527)
        #expect(estimate.guestNightsPerYear == 9_682_355)
        #expect(estimate.discrepancies.isEmpty)
    }

    @Test func validatesWithoutErrors() {
        let issues = PlanValidator.validate(plan)
        #expect(issues.filter { $0.severity == .error }.isEmpty)
        #expect(issues.contains { $0.code == "duplicate-text" && $0.actionID == "TE-09" })
        #expect(issues.contains { $0.code == "unregistered-party" && $0.actionID == "KM-05" })
        #expect(issues.contains { $0.code == "realism-doubt" && $0.actionID == "IN-10" })
    }

    @Test func csvFixtureGivesTheSameActions() throws {
        let loaded = try PlanLoader.load(path: TestFiles.hallingdalCSV)
        #expect(loaded.basePath != nil)
        #expect(loaded.plan.actions == plan.actions)
        #expect(loaded.plan.focusAreas.map(\.code) == plan.focusAreas.map(\.code))
    }

    @Test func csvWithoutIDsGetsTheSameIDs() throws {
        let text = try String(contentsOfFile: TestFiles.hallingdalCSV, encoding: .utf8)
        // Drop the first column (ID) from every line; ID values hold no ';'.
        let stripped = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.firstIndex(of: ";").map { String(line[line.index(after: $0)...]) } ?? String(line)
        }.joined(separator: "\n")
        let path = try TestFiles.write(stripped, name: "utan-id.csv")
        let imported = try PlanLoader.load(path: path, base: TestFiles.hallingdalYAML).plan
        #expect(imported.actions.map(\.id) == plan.actions.map(\.id))
        #expect(imported.actions.map(\.text) == plan.actions.map(\.text))
    }

    @Test func savingAndLoadingGivesAnEquivalentPlan() throws {
        let yaml = try PlanFileWriter.yaml(for: plan)
        let again = try PlanFileReader.read(yaml: yaml, file: "saved.yaml")
        #expect(again == plan)
        // A second round gives the same text: the writer is deterministic.
        #expect(try PlanFileWriter.yaml(for: again) == yaml)
    }
}
