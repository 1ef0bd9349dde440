import Testing
import TiltakModel

@Suite("Status reports and derived status")
struct ActionStatusTests {
    @Test(arguments: [
        ("Fullført", ActionStatus.done), ("fullfort", .done), ("FULLFØRT", .done), ("Ferdig", .done),
        ("Pågår", .inProgress), ("pagar", .inProgress), ("Ikkje starta", .notStarted),
        ("Ikke startet", .notStarted),
        ("Utsett", .postponed), ("Utsatt", .postponed), ("Avlyst", .cancelled), ("in-progress", .inProgress),
    ])
    func statusSpellings(text: String, status: ActionStatus) {
        #expect(ActionStatus(text: text) == status)
    }

    @Test func unknownStatusIsNil() {
        #expect(ActionStatus(text: "Kanskje") == nil)
        #expect(ActionStatus(text: "") == nil)
    }

    static let date = CalendarDate.januaryFirst(2022)

    /// KM-03 "Innføre klimaråd i kvar kommune" belongs to the six municipalities.
    func plan() -> Plan {
        let registry = PartyRegistry(parties: [
            Party(code: "RR", name: "Regionrådet", kind: .regionalCouncil),
            Party(code: "FLA", name: "Flå", kind: .municipality),
            Party(code: "NES", name: "Nesbyen", kind: .municipality),
            Party(code: "GOL", name: "Gol", kind: .municipality),
            Party(code: "HEM", name: "Hemsedal", kind: .municipality),
            Party(code: "AAL", name: "Ål", kind: .municipality),
            Party(code: "HOL", name: "Hol", kind: .municipality),
        ])
        let reader = ActionReader(registry: registry)
        let shared = reader.read(
            ActionRow(
                focusArea: "KM", theme: "Klima", text: "Innføre klimaråd i kvar kommune", timeframe: "2021",
                responsible: "Kommune"), id: "KM-03", areaCode: "KM")
        let single = reader.read(
            ActionRow(
                focusArea: "KM", theme: "Klima", text: "Delta i klima Viken", timeframe: "2021",
                responsible: "RR"), id: "KM-08", areaCode: "KM")
        return Plan(
            id: "t", title: "T", period: PlanPeriod(first: 2021, last: 2024),
            revision: Revision(date: CalendarDate.januaryFirst(2022), label: "2022"), registry: registry,
            focusAreas: [FocusArea(code: "KM", name: "Klima og miljø", themes: ["Klima"])],
            actions: [shared, single])
    }

    func report(_ id: ActionID, _ party: String, _ status: ActionStatus, year: Int = 2022) -> StatusReport {
        StatusReport(actionID: id, year: year, party: party, status: status, collected: Self.date)
    }

    @Test func sharedActionExpectsEveryMunicipality() {
        let plan = plan()
        #expect(plan.expectedReporters(for: plan.actions[0]) == ["FLA", "NES", "GOL", "HEM", "AAL", "HOL"])
        #expect(plan.expectedReporters(for: plan.actions[1]) == ["RR"])
    }

    @Test func noReportIsNotReported() {
        let plan = plan()
        let overall = plan.overallStatus(of: plan.actions[0])
        #expect(overall.status == nil)
        #expect(overall.text(.nynorsk) == "Ikkje rapportert")
        #expect(overall.text(.bokmal) == "Ikke rapportert")
        #expect(overall.text(.english) == "Not reported")
    }

    @Test func someDoneGivesInProgressWithCount() {
        var plan = plan()
        plan.merge([
            report("KM-03", "AAL", .done), report("KM-03", "GOL", .done), report("KM-03", "HOL", .inProgress),
        ])
        let overall = plan.overallStatus(of: plan.actions[0])
        #expect(overall.status == .inProgress)
        #expect(overall.text(.nynorsk) == "Pågår (2 av 6 fullført, 3 ikkje rapportert)")
        #expect(overall.text(.english) == "In progress (2 of 6 done, 3 not reported)")
        #expect(overall.breakdown.map(\.party) == ["FLA", "NES", "GOL", "HEM", "AAL", "HOL"])
        #expect(overall.breakdown.map(\.status) == [nil, nil, .done, nil, .done, .inProgress])
    }

    @Test func allDoneIsDoneAndOtherYearsDoNotCount() {
        var plan = plan()
        plan.merge(["FLA", "NES", "GOL", "HEM", "AAL", "HOL"].map { report("KM-03", $0, .done) })
        plan.merge([report("KM-03", "GOL", .notStarted, year: 2021)])
        #expect(plan.overallStatus(of: plan.actions[0]).text(.nynorsk) == "Fullført")
        #expect(plan.overallStatus(of: plan.actions[0], year: 2021).status == nil)
        #expect(
            plan.overallStatus(of: plan.actions[0], year: 2021).text(.nynorsk)
                == "Ikkje rapportert (1 av 6: Ikkje starta)")
    }

    @Test func aSingleCancellationAmongUnreportedPartiesShows() {
        var plan = plan()
        plan.merge([report("KM-03", "AAL", .cancelled)])
        let overall = plan.overallStatus(of: plan.actions[0])
        #expect(overall.status == nil)
        #expect(overall.text(.nynorsk) == "Ikkje rapportert (1 av 6: Avlyst)")
        #expect(overall.text(.bokmal) == "Ikke rapportert (1 av 6: Avlyst)")
        #expect(overall.text(.english) == "Not reported (1 of 6: Cancelled)")
        plan.merge([report("KM-03", "GOL", .postponed)])
        #expect(
            plan.overallStatus(of: plan.actions[0]).text(.nynorsk)
                == "Ikkje rapportert (2 av 6: 1 utsett, 1 avlyst)")
    }

    @Test func progressNamesEveryOtherStatusOutOfTheExpectedParties() {
        var plan = plan()
        plan.merge([
            report("KM-03", "AAL", .done), report("KM-03", "GOL", .done), report("KM-03", "HOL", .cancelled),
            report("KM-03", "FLA", .inProgress),
        ])
        let overall = plan.overallStatus(of: plan.actions[0])
        #expect(overall.status == .inProgress)
        #expect(overall.text(.nynorsk) == "Pågår (2 av 6 fullført, 1 avlyst, 2 ikkje rapportert)")
        #expect(overall.text(.english) == "In progress (2 of 6 done, 1 cancelled, 2 not reported)")
        #expect(overall.reportedCount == 4)
        #expect(overall.count(.cancelled) == 1)
    }

    @Test func everyPartyClosedIsDoneAndMixedWithoutProgressSaysTheMostOpen() {
        var plan = plan()
        let six = ["FLA", "NES", "GOL", "HEM", "AAL", "HOL"]
        plan.merge(six.map { report("KM-03", $0, $0 == "HOL" ? .cancelled : .done) })
        #expect(plan.overallStatus(of: plan.actions[0]).status == .done)
        #expect(
            plan.overallStatus(of: plan.actions[0]).text(.nynorsk) == "Fullført (5 av 6 fullført, 1 avlyst)")
        plan.merge(
            six.map { report("KM-03", $0, ["FLA", "NES", "GOL"].contains($0) ? .postponed : .cancelled) })
        #expect(plan.overallStatus(of: plan.actions[0]).text(.nynorsk) == "Utsett (3 av 6 avlyst)")
        plan.merge([report("KM-03", "GOL", .notStarted)])
        #expect(
            plan.overallStatus(of: plan.actions[0]).text(.nynorsk)
                == "Ikkje starta (2 av 6 utsett, 3 avlyst)")
        plan.merge(six.map { report("KM-03", $0, .cancelled) })
        #expect(plan.overallStatus(of: plan.actions[0]).text(.nynorsk) == "Avlyst")
    }

    /// TE-04: IKT Hallingdal is responsible, the six municipalities are involved and find the
    /// action in their task workbooks.
    @Test func involvedMunicipalitiesAreExpectedButTheResponsiblePartyDecides() {
        var plan = plan()
        plan.registry = PartyRegistry(
            parties: plan.registry.parties + [
                Party(code: "IKT", name: "IKT Hallingdal", kind: .organisation),
                Party(
                    code: "KOM", name: "Kommunane", kind: .municipalityGroup,
                    members: ["FLA", "NES", "GOL", "HEM", "AAL", "HOL"]),
            ])
        let reader = ActionReader(registry: plan.registry)
        plan.actions.append(
            reader.read(
                ActionRow(
                    focusArea: "KM", theme: "Klima", text: "Felles digitaliseringsstrategi",
                    timeframe: "2021",
                    responsible: "IKT", involved: "KOM"), id: "TE-04", areaCode: "KM"))
        let action = plan.actions[2]
        #expect(plan.expectedReporters(for: action) == ["IKT", "FLA", "NES", "GOL", "HEM", "AAL", "HOL"])
        plan.merge([report("TE-04", "GOL", .inProgress), report("TE-04", "AAL", .done)])
        #expect(plan.overallStatus(of: action).status == nil)
        #expect(
            plan.overallStatus(of: action).text(.nynorsk) == "Ikkje rapportert (2 av 7: 1 fullført, 1 pågår)")
        plan.merge([report("TE-04", "IKT", .done)])
        #expect(plan.overallStatus(of: action).status == .done)
        #expect(
            plan.overallStatus(of: action).text(.nynorsk)
                == "Fullført (2 av 7 fullført, 1 pågår, 4 ikkje rapportert)")
    }

    @Test func allCancelledAndAllPostponed() {
        var plan = plan()
        plan.merge([report("KM-08", "RR", .cancelled)])
        #expect(plan.overallStatus(of: plan.actions[1]).status == .cancelled)
        plan.merge([report("KM-08", "RR", .postponed)])
        #expect(plan.overallStatus(of: plan.actions[1]).status == .postponed)
    }

    @Test func aLaterReportReplacesTheEarlierOne() {
        var plan = plan()
        #expect(plan.merge([report("KM-08", "RR", .inProgress)]).isEmpty)
        let replaced = plan.merge([report("KM-08", "RR", .done)])
        #expect(replaced.map(\.status) == [.inProgress])
        #expect(plan.statusReports.count == 1)
        #expect(plan.overallStatus(of: plan.actions[1]).status == .done)
    }

    /// Merging as it was done report by report, with a scan of the plan's reports for each: the
    /// reference the indexed merge must agree with.
    static func mergedOneByOne(_ plan: inout Plan, _ reports: [StatusReport]) -> [StatusReport] {
        var replaced: [StatusReport] = []
        for report in reports {
            if let index = plan.statusReports.firstIndex(where: {
                $0.actionID == report.actionID && $0.year == report.year && $0.party == report.party
            }) {
                replaced.append(plan.statusReports[index])
                plan.statusReports[index] = report
            } else {
                plan.statusReports.append(report)
            }
        }
        plan.statusReports.sort { ($0.actionID, $0.year, $0.party) < ($1.actionID, $1.year, $1.party) }
        return replaced
    }

    /// Reports on the two actions from four parties in two years, with comments that tell them
    /// apart; `seed` picks which.
    func reports(_ count: Int, seed: Int) -> [StatusReport] {
        var state = UInt64(seed) &* 6_364_136_223_846_793_005 &+ 1
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let ids: [ActionID] = ["KM-03", "KM-08"]
        let parties = ["GOL", "AAL", "RR", "HOL"]
        return (0..<count).map { index in
            var report = self.report(
                ids[next(2)], parties[next(4)], ActionStatus.allCases[next(5)], year: 2021 + next(2))
            report.comment = "rapport \(seed)-\(index)"
            return report
        }
    }

    @Test(arguments: 0..<20)
    func mergeAgreesWithMergingOneReportAtATime(seed: Int) {
        var plan = plan()
        // A plan may hold two reports of one party for one action and year (a hand-edited file):
        // the first is the one replaced.
        plan.statusReports = reports(12, seed: seed + 100)
        var reference = plan
        let batch = reports(10, seed: seed)
        let replaced = plan.merge(batch)
        #expect(replaced == Self.mergedOneByOne(&reference, batch))
        #expect(plan.statusReports == reference.statusReports)
    }

    @Test func aReportMergedTwiceInOneBatchReplacesItself() {
        var plan = plan()
        let first = report("KM-08", "RR", .inProgress)
        let replaced = plan.merge([first, report("KM-08", "RR", .done)])
        #expect(replaced == [first])
        #expect(plan.statusReports.map(\.status) == [.done])
    }

    @Test(arguments: 0..<10)
    func latestReportsAreTheReportsForEachActionAndYear(seed: Int) {
        var plan = plan()
        plan.statusReports = reports(30, seed: seed)
        let latest = plan.latestReports()
        var keys = 0
        for id in ["KM-03", "KM-08"] as [ActionID] {
            for year in [2021, 2022] {
                for report in plan.reports(for: id, year: year) {
                    #expect(latest[report.key] == report)
                    keys += 1
                }
            }
        }
        #expect(latest.count == keys)
    }
}
