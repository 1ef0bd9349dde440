import Testing
import TiltakModel

/// ``PlanValidator`` on a clean plan, on one defect at a time, and on the seed plan.
@Suite struct ValidationTests {
    /// One clean action plus `extra`; the clean part gives no findings.
    func validate(_ extra: [Action], focusAreas: [FocusArea] = SamplePlan.focusAreas) throws
        -> [ValidationIssue]
    {
        let clean = SamplePlan.action(
            "NK-1", "NK", "Næring", .year(2021, part: nil), text: "Rein", responsible: ["RR"])
        return PlanValidator.validate(try SamplePlan.make(actions: [clean] + extra, focusAreas: focusAreas))
    }

    func summary(_ issues: [ValidationIssue]) -> [String] {
        issues.map {
            "\($0.severity.rawValue) \($0.code) \($0.actionID?.rawValue ?? "-") \($0.field?.rawValue ?? "-")"
        }
    }

    static func defect(
        _ timeframe: Timeframe.Kind = .year(2022, part: nil), text: String = "Anna tiltak",
        area: String = "NK",
        theme: String = "Næring", responsible: [String] = ["RR"], unregistered: [String] = [],
        remark: String = "", financing: Financing = .none, flags: Set<ActionFlag> = [],
        timeframeText: String? = nil, id: ActionID = "NK-2"
    ) -> Action {
        var action = SamplePlan.action(
            id, area, theme, timeframe, text: text, responsible: responsible, unregistered: unregistered,
            remark: remark, financing: financing, flags: flags)
        if let timeframeText { action.timeframe.text = timeframeText }
        return action
    }

    static let defectCases: [(String, Action, [String])] = [
        ("duplicate id", defect(id: "NK-1"), ["error duplicate-id NK-1 ID"]),
        ("missing id", defect(id: " "), ["error missing-id   ID"]),
        ("empty text", defect(text: "  "), ["error missing-text NK-2 Tiltak"]),
        ("unknown focus area", defect(area: "XX"), ["error unknown-focus-area NK-2 Innsatsområde"]),
        ("unknown theme", defect(theme: "Klima"), ["warning unknown-theme NK-2 Tema"]),
        (
            "text too long", defect(text: String(repeating: "a", count: 32_768)),
            ["error cell-too-long NK-2 Tiltak"]
        ),
        (
            "remark too long", defect(remark: String(repeating: "b", count: 40_000)),
            ["error cell-too-long NK-2 Merknad"]
        ),
        ("no responsible", defect(responsible: []), ["warning no-responsible NK-2 Ansvar"]),
        (
            "unknown timeframe", defect(.unknown, timeframeText: ""),
            ["warning unknown-timeframe NK-2 Tidsramme"]
        ),
        (
            "question mark timeframe", defect(.unknown, timeframeText: "??"),
            ["warning unknown-timeframe NK-2 Tidsramme"]
        ),
        (
            "unreadable timeframe", defect(.unrecognised, timeframeText: "20211"),
            ["warning unreadable-timeframe NK-2 Tidsramme"]
        ),
        (
            "timeframe outside period", defect(.span(from: 2024, to: 2026)),
            ["warning timeframe-outside-period NK-2 Tidsramme"]
        ),
        (
            "unregistered party", defect(unregistered: ["Eige prosjekt"]),
            ["warning unregistered-party NK-2 Involvering"]
        ),
        ("duplicate text", defect(text: "rein"), ["warning duplicate-text NK-2 Tiltak"]),
        ("realism doubt", defect(flags: [.realismDoubt]), ["warning realism-doubt NK-2 Merknad"]),
        (
            "unreadable amount",
            defect(
                remark: "Kostnad ukjend", financing: Financing(need: .costEstimate, hasUnreadableAmount: true)
            ),
            ["warning unreadable-amount NK-2 Merknad"]
        ),
        (
            "unknown source code",
            defect(financing: Financing(need: .applyForFunds, source: .registered("XYZ"))),
            ["warning unregistered-party NK-2 Merknad"]
        ),
        ("text exactly at the limit", defect(text: String(repeating: "a", count: 32_767)), []),
        ("open question and tentative are no findings", defect(flags: [.openQuestion, .tentative]), []),
        ("annual", defect(.annual), []),
        ("deadline after the period", defect(.until(2025)), []),
    ]

    @Test(arguments: defectCases)
    func oneDefect(_ name: String, _ action: Action, _ expected: [String]) throws {
        #expect(summary(try validate([action])) == expected, "\(name)")
    }

    @Test func aCleanPlanHasNoFindings() throws {
        #expect(try validate([]).isEmpty)
    }

    @Test func errorsComeBeforeWarningsThenActionOrder() throws {
        let issues = try validate([
            Self.defect(responsible: [], id: "NK-2"),
            Self.defect(.unknown, text: "Tredje", timeframeText: "", id: "NK-3"),
            Self.defect(text: "", id: "NK-4"),
            Self.defect(text: "Femte", area: "XX", id: "NK-1"),
        ])
        #expect(
            summary(issues) == [
                "error missing-text NK-4 Tiltak",
                "error duplicate-id NK-1 ID",
                "error unknown-focus-area NK-1 Innsatsområde",
                "warning no-responsible NK-2 Ansvar",
                "warning unknown-timeframe NK-3 Tidsramme",
            ])
    }

    @Test func aPlanWithoutFocusAreasIsAnError() throws {
        let issues = try validate([], focusAreas: [])
        #expect(
            summary(issues) == [
                "error unknown-focus-area NK-1 Innsatsområde",
                "error no-focus-areas - -",
            ])
    }

    @Test func messagesAreNynorsk() throws {
        let issues = try validate([Self.defect(.unrecognised, timeframeText: "20211")])
        let issue = try #require(issues.first)
        #expect(issue.message.contains("«20211»"))
        #expect(issue.line(.nynorsk).hasPrefix("åtvaring: NK-2 Tidsramme: "))
        #expect(
            issue.line(.bokmal).hasPrefix("advarsel: NK-2 Tidsramme: Tidsrammen «20211» kunne ikke leses"))
        #expect(
            issue.line(.english).hasPrefix("warning: NK-2 Timeframe: The timeframe “20211” could not be read")
        )
        #expect(Severity.error.text(.nynorsk) == "feil")
        #expect(Severity.error < .warning)
    }

    @Test func partTimeResidentFiguresAreChecked() throws {
        var plan = try SamplePlan.make(actions: [])
        plan.partTimeResidents = PartTimeResidentEstimateTests.hallingdal
        #expect(PlanValidator.validate(plan).isEmpty)
        plan.partTimeResidents?.stated.guestNightsPerDay = 26_000
        let issues = PlanValidator.validate(plan)
        #expect(summary(issues) == ["warning part-time-figures - -"])
        #expect(issues.first?.message.contains("26000") == true)
        #expect(issues.first?.message.contains("26527") == true)
    }

    /// The seed plan read as the fixture reads it.
    static func seedPlan() throws -> Plan {
        let reader = ActionReader(registry: HallingdalRegistry.make())
        var areas: [FocusArea] = []
        for seed in SeedRows.all {
            if let index = areas.firstIndex(where: { $0.code == seed.area }) {
                if !areas[index].themes.contains(seed.theme) { areas[index].themes.append(seed.theme) }
            } else {
                areas.append(FocusArea(code: seed.area, name: seed.area, themes: [seed.theme]))
            }
        }
        let actions = SeedRows.all.map { reader.read($0.row, id: ActionID($0.id), areaCode: $0.area) }
        return try SamplePlan.make(actions: actions, focusAreas: areas)
    }

    @Test func theSeedPlanHasOnlyWarnings() throws {
        let issues = PlanValidator.validate(try Self.seedPlan())
        #expect(issues.allSatisfy { $0.severity == .warning })
        var counts: [String: Int] = [:]
        for issue in issues { counts[issue.code, default: 0] += 1 }
        #expect(
            counts == [
                "no-responsible": 10, "unknown-timeframe": 12, "unregistered-party": 1, "duplicate-text": 1,
                "realism-doubt": 3,
            ])
        #expect(issues.first { $0.code == "duplicate-text" }?.actionID == "TE-09")
        #expect(issues.first { $0.code == "unregistered-party" }?.message.contains("Eige prosjekt") == true)
    }
}
