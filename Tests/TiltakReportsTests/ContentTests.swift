import Foundation
import Testing
import TiltakModel

@testable import TiltakReports

/// The reports list exactly what the plan's queries say.
@Suite struct ContentTests {
    /// The action ids at the start of lines (`NK-01  …`) in `text`, in order.
    private func ids(in text: some StringProtocol) -> [String] {
        text.split(separator: "\n").compactMap { line -> String? in
            guard let id = line.split(separator: " ").first, id.contains("-"),
                id.first?.isUppercase == true, id.last?.isNumber == true
            else { return nil }
            return String(id)
        }
    }

    /// The meeting overview carries the plan's goal and its appendix, which actions refer to
    /// (TE-01 `Sjå liste nedanfor`).
    @Test func meetingOverviewHasTheGoalAndTheAppendix() throws {
        let plan = try TestSupport.hallingdal()
        let text = try TestSupport.renderer().render(.moteoversikt, plan: plan, options: ReportOptions())
        let goal = try #require(text.range(of: "\nOverordna mål\n-------------\n"))
        let summary = try #require(text.range(of: "\nOppsummering per innsatsområde\n"))
        #expect(goal.upperBound < summary.lowerBound)
        #expect(text.contains("Hallingdal er ein meir attraktiv, framtidsretta og produktiv region"))
        let appendix = try #require(plan.appendix)
        let heading = try #require(text.range(of: "\n" + appendix.title + "\n"))
        let list = text[heading.upperBound...]
        #expect(appendix.items.allSatisfy { list.contains("– " + $0) })
        #expect(list.contains("– Felles sentralbord\n"))
    }

    @Test func unfinancedReportMatchesThePlan() throws {
        let plan = try TestSupport.hallingdal()
        let text = try TestSupport.renderer().render(.ufinansiert, plan: plan, options: ReportOptions())
        let mainPart = try #require(text.components(separatedBy: "Kostnader for ufinansierte tiltak").first)
        #expect(ids(in: mainPart).sorted() == plan.unfinancedActions.map(\.id.rawValue).sorted())
        let totals = plan.costTotals(of: plan.unfinancedActions)
        #expect(
            text.contains("Eingongskostnader")
                && amount(after: "Eingongskostnader", in: text) == totals.oneOff)
        #expect(amount(after: "Årlege kostnader (per år)", in: text) == totals.perYear)
        #expect(amount(after: "Over planperioden 2021–2024", in: text) == totals.overPeriod)
    }

    /// The amount on the line starting with `label`, digits joined.
    private func amount(after label: String, in text: String) -> Int? {
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(label) }) else { return nil }
        return Int(line.dropFirst(label.count).filter(\.isNumber))
    }

    @Test func municipalityReportOfAalListsItsAssignments() throws {
        let plan = try TestSupport.hallingdal()
        let text = try TestSupport.renderer().render(
            .kommune, plan: plan, options: ReportOptions(municipality: "AAL"))
        let expected = plan.assignments(for: "AAL").map(\.action.id.rawValue)
        #expect(ids(in: text).sorted() == expected.sorted())
        #expect(text.components(separatedBy: "Status: ____________________").count - 1 == expected.count)
        let byName = try TestSupport.renderer().render(
            .kommune, plan: plan, options: ReportOptions(municipality: "Ål"))
        #expect(byName == text)
    }

    @Test func pilotIsShownForThePilotMunicipality() throws {
        let plan = try TestSupport.hallingdal()
        let renderer = try TestSupport.renderer()
        let gol = try renderer.render(.kommune, plan: plan, options: ReportOptions(municipality: "GOL"))
        let aal = try renderer.render(.kommune, plan: plan, options: ReportOptions(municipality: "AAL"))
        #expect(gol.contains("; Gol er pilot"))
        #expect(!aal.contains("; Gol er pilot"))
    }

    @Test func unknownMunicipalityIsAnError() throws {
        let plan = try TestSupport.hallingdal()
        #expect(throws: ReportError.self) {
            try TestSupport.renderer().render(
                .kommune, plan: plan, options: ReportOptions(municipality: "Oslo"))
        }
        #expect(throws: ReportError.self) {
            try TestSupport.renderer().render(
                .kommune, plan: plan, options: ReportOptions(municipality: "RR"))
        }
    }

    @Test func revisionAgendaCoversTheYearAndWarnings() throws {
        let plan = try TestSupport.hallingdal()
        let text = try TestSupport.renderer().render(
            .revisjon, plan: plan, options: ReportOptions(year: 2022))
        #expect(text.contains("Revisjonsmøte 2022"))
        // Without reports every action is under «Ikkje rapporterte tiltak», by party; none is overdue.
        let notReported = try #require(
            text.components(separatedBy: "4. Ikkje rapporterte tiltak").last?.components(
                separatedBy: "5. Forseinka tiltak"
            ).first)
        #expect(Set(ids(in: notReported)) == Set(plan.actions.map(\.id.rawValue)))
        let overdue = try #require(
            text.components(separatedBy: "5. Forseinka tiltak").last?.components(
                separatedBy: "6. Til avklaring"
            )
            .first)
        #expect(ids(in: overdue).isEmpty)
        #expect(text.contains("\(PlanValidator.validate(plan).count) merknader frå kontrollen"))
        #expect(text.contains("Same tekst:"))
    }
}
