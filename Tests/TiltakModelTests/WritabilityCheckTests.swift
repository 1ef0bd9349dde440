import Testing

@testable import TiltakModel

/// What the workbooks cannot hold is a validation error naming the field, so that `validate` reports
/// what `export` would refuse, and a plan that passes never fails half-way through the export.
@Suite("Writability")
struct WritabilityCheckTests {
    /// A clean plan of two actions, changed by `change`.
    static func plan(_ change: (inout Plan) -> Void = { _ in }) throws -> Plan {
        var plan = try SamplePlan.make(actions: [
            SamplePlan.action(
                "NK-1", "NK", "Næring", .year(2021, part: nil), text: "Rein", responsible: ["RR"]),
            SamplePlan.action(
                "KM-1", "KM", "Klima", .year(2021, part: nil), text: "Felles", responsible: ["KOM"],
                remark: "Kostnad ukjend", financing: Financing(need: .costEstimate, hasUnreadableAmount: true)
            ),
        ])
        change(&plan)
        return plan
    }

    /// The errors `validate` finds: code, action, field and message.
    static func errors(_ plan: Plan) -> [ValidationIssue] {
        PlanValidator.validate(plan).filter { $0.severity == .error }
    }

    /// A status report for the plan's revision year (2021).
    static func report(_ action: ActionID, _ party: String, comment: String) -> StatusReport {
        StatusReport(
            actionID: action, year: 2021, party: party, status: .inProgress, comment: comment,
            collected: CalendarDate.januaryFirst(2021))
    }

    static func renamed(_ code: String, to name: String, in plan: inout Plan) {
        guard var party = plan.registry.party(code: code) else { return }
        party.name = name
        plan.registry = plan.registry.adding(party)
    }

    static let long = String(repeating: "x", count: 40_000)

    /// A broken plan, and what its one error must say: code, action, field and the start of the message.
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var change: @Sendable (inout Plan) -> Void
        var code: String
        var action: ActionID?
        var field: ActionField?
        var message: String

        var description: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "NUL in the plan id", change: { $0.id = "hall\u{0}ingdal" }, code: "unwritable-character",
            message: "Plan-ID: "),
        Case(
            name: "NUL in a party name", change: { renamed("GOL", to: "G\u{0}ol", in: &$0) },
            code: "unwritable-character", message: "Partsregisteret, GOL, namn: "),
        Case(
            name: "NUL in the title", change: { $0.title = "Plan\u{0}" }, code: "unwritable-character",
            message: "Tittel: "),
        Case(
            name: "NUL in an action text",
            change: { $0.actions[0].text = "Re\u{0}in" }, code: "unwritable-character", action: "NK-1",
            field: .text, message: ""),
        Case(
            name: "NUL in a status comment",
            change: { $0.statusReports = [report("NK-1", "RR", comment: "a\u{0}b")] },
            code: "unwritable-character", action: "NK-1",
            message: "Kommentar frå Regionrådet for Hallingdal (2021): "),
        Case(
            name: "U+FFFE in a theme", change: { $0.actions[0].theme = "Næ\u{FFFE}ring" },
            code: "unwritable-character", action: "NK-1", field: .theme, message: ""),
        Case(
            name: "a control character in the title (document properties, page header)",
            change: { $0.title = "Plan\u{1}" }, code: "unwritable-character", message: "Tittel: "),
        Case(
            name: "a control character in the owner (document properties)",
            change: { $0.owner = "Eigar\u{2}" }, code: "unwritable-character", message: "Eigar: "),
        Case(
            name: "a control character in a municipality's name (its workbook's properties)",
            change: { renamed("AAL", to: "Å\u{3}l", in: &$0) }, code: "unwritable-character",
            message: "Partsregisteret, AAL, namn: "),
        Case(
            name: "a control character in a focus area's name (formulas and charts)",
            change: { $0.focusAreas[1].name = "Klima\u{1B}" }, code: "unwritable-character",
            message: "Innsatsområde KM, namn: "),
        Case(
            name: "a control character in an unregistered responsible party (formulas)",
            change: {
                $0.actions[0].responsible = PartyCell(text: "Fo\u{1}o", parties: [.unregistered("Fo\u{1}o")])
            }, code: "unwritable-character", action: "NK-1", field: .responsible, message: ""),
        Case(
            name: "a control character in a remark the Finansiering sheet quotes in a tip",
            change: { $0.actions[1].remark = "Kostnad \u{1}ukjend" }, code: "unwritable-character",
            action: "KM-1", field: .remark, message: ""),
        Case(
            name: "a status comment of 40 112 characters",
            change: {
                $0.statusReports = [report("NK-1", "RR", comment: String(repeating: "k", count: 40_112))]
            },
            code: "cell-too-long", action: "NK-1",
            message: "Kommentar frå Regionrådet for Hallingdal (2021): "),
        Case(
            name: "two comments of a shared action that together pass the limit",
            change: {
                $0.statusReports = [
                    report("KM-1", "GOL", comment: String(repeating: "g", count: 20_000)),
                    report("KM-1", "AAL", comment: String(repeating: "a", count: 20_000)),
                ]
            }, code: "cell-too-long", action: "KM-1", message: "Kommentar på arket Tiltak: "),
        Case(
            name: "a title over 32 767 characters", change: { $0.title = long }, code: "cell-too-long",
            message: "Tittel: "),
        Case(
            name: "a plan id over 32 767 characters", change: { $0.id = long }, code: "cell-too-long",
            message: "Plan-ID: "),
        Case(
            name: "a revision label over 32 767 characters", change: { $0.revision.label = long },
            code: "cell-too-long", message: "Revisjon: "),
        Case(
            name: "a municipality's name over 32 767 characters",
            change: { renamed("GOL", to: long, in: &$0) }, code: "cell-too-long",
            message: "Partsregisteret, GOL, namn: "),
        Case(
            name: "a result goal over 32 767 characters",
            change: { $0.focusAreas[0].resultGoals = ["Mål", long] }, code: "cell-too-long",
            message: "Innsatsområde NK, resultatmål 2: "),
        Case(
            name: "an action text over 32 767 UTF-16 units in fewer characters",
            change: { $0.actions[0].text = String(repeating: "🇳🇴", count: 9_000) }, code: "cell-too-long",
            action: "NK-1", field: .text, message: ""),
        Case(
            name: "responsible parties that together pass the limit",
            change: {
                let names = (1...3).map { "\($0)" + String(repeating: "p", count: 12_000) }
                $0.actions[0].responsible = PartyCell(
                    text: names.joined(separator: ", "), parties: names.map { .unregistered($0) })
            }, code: "cell-too-long", action: "NK-1", field: .responsible, message: ""),
        Case(
            name: "a short name of 31 letters written decomposed (62 code points)",
            change: { $0.focusAreas[0].shortName = String(repeating: "A\u{30A}", count: 31) },
            code: "sheet-name-too-long", message: "Innsatsområde NK, kortnamn: "),
        Case(
            name: "a remark whose tip on the Finansiering sheet passes 255 code points",
            change: {
                $0.actions[1].remark = String(repeating: "a\u{301}\u{301}", count: 150) + " Kostnad ukjend"
            },
            code: "input-message-too-long", action: "KM-1", field: .remark, message: ""),
    ]

    @Test(arguments: cases)
    func whatAWorkbookCannotHoldIsAnError(_ test: Case) throws {
        let errors = Self.errors(try Self.plan(test.change))
        #expect(errors.count == 1, "\(test.name): \(errors)")
        let error = try #require(errors.first)
        #expect(error.code == test.code, "\(test.name): \(error)")
        #expect(error.actionID == test.action, "\(test.name): \(error)")
        #expect(error.field == test.field, "\(test.name): \(error)")
        #expect(error.message.hasPrefix(test.message), "\(test.name): \(error.message)")
        #expect(!error.message.contains("\u{0}"), "the message itself must be printable")
    }

    /// Texts that only go into cells may hold control characters (libxlsxwriter escapes them as
    /// `_x0001_`), and a long comment of an earlier year is not written at all.
    @Test func whatTheWorkbooksCanHoldIsNoError() throws {
        let plan = try Self.plan { plan in
            plan.actions[0].text = "Tab\tog\u{1}kontroll"
            plan.actions[0].theme = "Tema\u{B}"
            plan.actions[0].involved = PartyCell(text: "Fo\u{1}o", parties: [.unregistered("Fo\u{1}o")])
            plan.focusAreas[0].shortName = String(repeating: "Å", count: 40)
            plan.title = String(repeating: "á", count: 250)
            plan.statusReports = [
                StatusReport(
                    actionID: "NK-1", year: 2020, party: "RR", status: .done,
                    comment: String(repeating: "k", count: 40_000), collected: CalendarDate.januaryFirst(2020)
                )
            ]
        }
        #expect(Self.errors(plan).isEmpty, "\(Self.errors(plan))")
    }

    /// Each limit as the export meets it: at the limit the plan is written, one over it is an error.
    @Test func theLimitsAreTheExportsOwn() throws {
        // A long title written decomposed: the page header cuts it (`PageLayout`), so it is no error.
        let header = String(repeating: "a\u{301}", count: 53) + String(repeating: "b", count: 147)
        // A sheet name of 31 characters: one decomposed letter makes 32 code points.
        let sheet = "A\u{30A}" + String(repeating: "B", count: 30)
        // The tip: 29 code points, 200 characters of the remark holding 225, and `»`.
        let tip =
            String(repeating: "a\u{301}\u{301}", count: 12) + "a\u{301}" + String(repeating: "b", count: 187)
            + " og meir"
        let cell = String(repeating: "x", count: PlanValidator.maximumCellLength)
        let atLimit = try Self.plan { plan in
            plan.title = header
            plan.focusAreas[0].shortName = String(sheet.dropFirst())
            plan.actions[1].remark = tip
            plan.revision.label = cell
        }
        #expect(Self.errors(atLimit).isEmpty, "\(Self.errors(atLimit))")
        let overLimit = try Self.plan { plan in
            plan.title = "a\u{301}" + header
            plan.focusAreas[0].shortName = sheet
            plan.actions[1].remark =
                String(repeating: "a\u{301}\u{301}", count: 13) + String(repeating: "b", count: 187)
            plan.revision.label = cell + "x"
        }
        #expect(
            Self.errors(overLimit).map(\.code).sorted() == [
                "cell-too-long", "input-message-too-long", "sheet-name-too-long",
            ])
    }

    /// The Tiltak sheet holds a header and one row per action: Excel's rows (here 3) less one.
    @Test func theTiltakSheetHoldsAtMostTheRowsOfASheet() throws {
        let plan = try Self.plan()
        #expect(WritabilityCheck.issues(plan, maximumRows: 3).isEmpty)
        let issues = WritabilityCheck.issues(plan, maximumRows: 2)
        #expect(issues.map(\.code) == ["too-many-actions"])
        #expect(
            issues.first?.message.hasPrefix("Tiltak: Planen har 2 tiltak; arket Tiltak kan ha høgst 1 ")
                == true)
        #expect(WritabilityCheck.maximumRows == 1_048_576)
    }

    @Test func aCleanPlanHasNoWritabilityFindings() throws {
        #expect(PlanValidator.validate(try Self.plan()).allSatisfy { $0.severity == .warning })
    }
}
