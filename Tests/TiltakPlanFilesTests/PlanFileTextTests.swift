import Testing
import TiltakModel
import TiltakPlanFiles

/// Edits of a plan file's text that keep every other byte, and the status ledger's own format.
@Suite("Plan file text edits and the status ledger")
struct PlanFileTextTests {
    static func plan(revision: String, status: String = "") -> String {
        """
        # The secretariat's own note.
        id: test
        title: Test
        period: {from: 2021, to: 2024}
        \(revision)parties:
          - {code: AAL, name: Ål, kind: municipality}
          - {code: GOL, name: Gol, kind: municipality}
        focusAreas:
          - code: KM
            name: Klima og miljø
            themes:
              - name: Klima
                actions:
                  - id: KM-01
                    text: Innføre klimaråd   # typo kept
                    timeframe: "2021"
                    responsible: Ål
        \(status)          - id: KM-02
                    text: Klimarekneskap
                    responsible: Gol

        """
    }

    static let next = Revision(
        date: CalendarDate(year: 2022, month: 4, day: 10) ?? .januaryFirst(2022), label: "Revisjon 2022")

    @Test func aBlockRevisionKeepsItsCommentsAndQuotesALabelThatNeedsIt() throws {
        let text = Self.plan(
            revision: "revision:\n  date: 2021-04-10   # the draft\n  label: 'Utkast'  # from the council\n")
        let label = Revision(date: Self.next.date, label: "Revisjon: 2022")
        let edited = try PlanFileText.replacingRevision(in: text, with: label, file: "p.yaml")
        #expect(
            edited
                == Self.plan(
                    revision:
                        "revision:\n  date: 2022-04-10   # the draft\n  label: \"Revisjon: 2022\"  # from the council\n"
                ))
        #expect(try PlanFileReader.read(yaml: edited, file: "p.yaml").revision == label)
    }

    @Test func aPlanWithoutRevisionGetsALineBeforeItsFocusAreas() throws {
        let edited = try PlanFileText.replacingRevision(
            in: Self.plan(revision: ""), with: Self.next, file: "p.yaml")
        #expect(edited.contains("responsible: Ål\n"))
        #expect(
            edited.replacingOccurrences(of: "revision: {date: 2022-04-10, label: Revisjon 2022}\n", with: "")
                == Self.plan(revision: ""))
    }

    @Test func lineBreaksOfAWindowsFileAreKept() throws {
        let text = Self.plan(revision: "revision: {date: 2021-04-10, label: Utkast}\n")
            .replacingOccurrences(of: "\n", with: "\r\n")
        let edited = try PlanFileText.replacingRevision(in: text, with: Self.next, file: "p.yaml")
        #expect(
            edited
                == Self.plan(revision: "revision: {date: 2022-04-10, label: Revisjon 2022}\n")
                .replacingOccurrences(of: "\n", with: "\r\n"))
    }

    @Test func statusBlocksAreCutOutWithTheirLinesOnly() throws {
        let status =
            "            status:\n"
            + "            - {year: 2021, party: AAL, status: Fullført, collected: 2021-11-02}\n"
            + "            # a note between the reports\n"
            + "            - year: 2021\n"
            + "              party: GOL\n"
            + "              status: Pågår\n"
            + "              collected: 2021-11-03\n"
            + "            # a note after them, kept\n\n"
        let text = Self.plan(revision: "", status: status)
        let (edited, reports) = try PlanFileText.removingStatus(from: text, file: "p.yaml")
        #expect(edited == Self.plan(revision: "", status: "            # a note after them, kept\n\n"))
        #expect(reports.map(\.party) == ["AAL", "GOL"])
    }

    @Test func aStatusKeySharingItsLineIsRefused() throws {
        let text = Self.plan(revision: "")
            .replacingOccurrences(
                of: "          - id: KM-02\n",
                with: "          - status: [{year: 2021, party: GOL, status: Pågår, collected: 2021-11-03}]\n"
                    + "            id: KM-02\n")
        #expect(throws: PlanFileText.Failure.self) {
            try PlanFileText.removingStatus(from: text, file: "p.yaml")
        }
    }

    @Test func theLedgerReadsBackAsWritten() throws {
        let plan = try PlanFileReader.read(yaml: Self.plan(revision: ""), file: "p.yaml")
        let collected = try #require(CalendarDate(iso: "2021-11-02"))
        let ledger = StatusLedger(
            planID: "test", revisions: [Revision(date: collected, label: "Utkast: «første»")],
            closed: ["KM-02"],
            reports: [
                StatusReport(
                    actionID: "KM-02", year: 2021, party: "GOL", status: .postponed,
                    comment: "Til 2023,\n# ikkje",
                    collected: collected, source: "Gol.xlsx"),
                StatusReport(
                    actionID: "KM-01", year: 2021, party: "AAL", status: .done, collected: collected),
            ])
        #expect(ledger.reports.map(\.actionID) == ["KM-01", "KM-02"])
        let text = String(decoding: ledger.bytes(language: .nynorsk), as: UTF8.self)
        #expect(text.hasPrefix("# Statusloggen"))
        #expect(try StatusLedger.read(yaml: text, file: "p.status.yaml", for: plan) == ledger)
        let applied = ledger.applied(to: plan)
        #expect(applied.actions.map(\.isClosed) == [false, true])
        #expect(applied.earlierRevisions == ledger.revisions)
        #expect(applied.statusReports == ledger.reports)
    }

    @Test func aLedgerRecordOfAnUnknownPartyIsAProblemWithItsLine() throws {
        let plan = try PlanFileReader.read(yaml: Self.plan(revision: ""), file: "p.yaml")
        let text = """
            format: 1
            plan: test
            reports:
            - {action: KM-01, year: 2021, party: AAL, status: Fullført, collected: 2021-11-02}
            - {action: KM-01, year: 2021, party: HOL, status: Fullført, collected: 2021-11-02}
            """
        #expect {
            try StatusLedger.read(yaml: text, file: "p.status.yaml", for: plan)
        } throws: { error in
            guard let error = error as? PlanFileError else { return false }
            return error.problems.map(\.line) == [5]
        }
        let other = text.replacingOccurrences(of: "plan: test", with: "plan: valdres")
            .replacingOccurrences(of: "HOL", with: "GOL")
        #expect(throws: PlanFileError.self) {
            try StatusLedger.read(yaml: other, file: "p.status.yaml", for: plan)
        }
    }
}
