import Testing
import TiltakModel

/// ``PlanValidator`` on plans of a size where work per action that grows with the plan would show.
/// The timings are in `Scripts/bench scale`; these check the findings.
@Suite struct LargePlanValidationTests {
    @Test func manyMinimalActionsGiveTheirWarningsInActionOrder() throws {
        // The same text, no timeframe and no responsible party on every action: three warnings
        // each, the repeated text naming the first action.
        let count = 200_000
        let actions = (1...count).map { number in
            SamplePlan.action(ActionID("A-\(number)"), "NK", "Næring", .unknown, text: "t")
        }
        let issues = PlanValidator.validate(try SamplePlan.make(actions: actions))
        #expect(issues.count == 3 * count - 1)
        #expect(!issues.contains { $0.severity == .error })
        let byCode = Dictionary(grouping: issues, by: \.code).mapValues(\.count)
        #expect(byCode == ["duplicate-text": count - 1, "unknown-timeframe": count, "no-responsible": count])
        #expect(issues.first { $0.code == "duplicate-text" }?.message == "Same tiltakstekst som A-1.")
        #expect(issues.last?.actionID == ActionID("A-\(count)"))
        let order = issues.compactMap(\.actionID).map { Int($0.rawValue.dropFirst(2)) ?? 0 }
        #expect(order == order.sorted())
    }

    @Test func overdueActionsAmongManyStatusReports() throws {
        // Actions that ended in 2020, before the revision year 2021; every other one was reported
        // finished in 2020, the others in progress: only those are overdue.
        let count = 20_000
        let actions = (1...count).map { number in
            SamplePlan.action(
                ActionID("NK-\(number)"), "NK", "Næring", .year(2020, part: nil), text: "Tiltak \(number)",
                responsible: ["GOL"])
        }
        var plan = try SamplePlan.make(actions: actions)
        plan.statusReports = (1...count).reversed().map { number in
            StatusReport(
                actionID: ActionID("NK-\(number)"), year: 2020, party: "GOL",
                status: number % 2 == 0 ? .done : .inProgress, collected: .januaryFirst(2021))
        }
        let overdue = PlanValidator.validate(plan).filter { $0.code == "overdue" }
        #expect(
            overdue.map(\.actionID) == stride(from: 1, through: count, by: 2).map { ActionID("NK-\($0)") })
        #expect(plan.overdueActions().count == count / 2)
    }

    @Test func duplicateIDsAndUnknownAreasAmongManyActions() throws {
        var actions = (1...100_000).map { number in
            SamplePlan.action(
                ActionID("NK-\(number)"), "NK", "Næring", .year(2022, part: nil), text: "Tiltak \(number)",
                responsible: ["RR"])
        }
        actions[50_000].id = "NK-17"
        actions[70_000].focusArea = "XX"
        actions[80_000].theme = "Ukjent"
        let issues = PlanValidator.validate(try SamplePlan.make(actions: actions))
        #expect(
            issues.map { "\($0.severity.rawValue) \($0.code) \($0.actionID?.rawValue ?? "-")" } == [
                "error duplicate-id NK-17", "error unknown-focus-area NK-70001",
                "warning unknown-theme NK-80001",
            ])
    }

    @Test func manyFocusAreasAreCheckedByCodeAndTheme() throws {
        // 4 000 areas of two themes each and two actions per area; one action names a theme of
        // the next area, one an area that does not exist.
        let areas = (1...4_000).map { number in
            FocusArea(
                code: "A\(number)", name: "Innsatsområde \(number)",
                themes: ["Tema \(number)", "Anna \(number)"])
        }
        var actions: [Action] = []
        for number in 1...4_000 {
            for (index, theme) in ["Tema \(number)", "Anna \(number)"].enumerated() {
                actions.append(
                    SamplePlan.action(
                        ActionID("A\(number)-\(index + 1)"), "A\(number)", theme, .year(2022, part: nil),
                        text: "Tiltak \(number) \(index)", responsible: ["RR"]))
            }
        }
        actions[4_001].theme = "Tema 2002"
        actions[7_999].focusArea = "A4001"
        let issues = PlanValidator.validate(try SamplePlan.make(actions: actions, focusAreas: areas))
        #expect(
            issues.map { "\($0.severity.rawValue) \($0.code) \($0.actionID?.rawValue ?? "-")" } == [
                "error unknown-focus-area A4000-2", "warning unknown-theme A2001-2",
            ])
    }
}
