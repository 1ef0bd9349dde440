import Foundation
import Testing
import TiltakLanguage
import TiltakModel
import TiltakPlanFiles

/// Tables as secretariats keep them: any header wording, separate cost, financing and status
/// columns, extra columns, section rows and ids as written.
@Suite("Tables as they come")
struct TableColumnsTests {
    /// A cell for each field that shows which field it was read into.
    static let cells: [TableField: String] = [
        .id: "X-1", .focusArea: "Klima", .theme: "Tema A", .text: "Gjere noko", .timeframe: "2025",
        .responsible: "Kommunane", .involved: "Kommunane", .remark: "Sjå sak 12/24", .cost: "2000 kr",
        .financing: "Krev finansiering", .status: "Pågår", .statusComment: "Vedtak i juni",
    ]

    /// Loads a table written as `text`.
    static func load(_ text: String, name: String = "tabell.csv", choices: ColumnChoices = [:]) throws
        -> PlanLoader.Loaded
    {
        let path = try TestFiles.write(text, name: name)
        return try PlanLoader.load(path: path, choices: choices)
    }

    /// The problems loading `text` gives.
    static func problems(_ text: String, choices: ColumnChoices = [:]) throws -> [FileProblem] {
        do {
            _ = try load(text, choices: choices)
            return []
        } catch let error as PlanFileError {
            return error.problems
        }
    }

    /// Whether `plan`'s only action holds the cell of `field`.
    static func holds(_ plan: Plan, _ field: TableField) -> Bool {
        guard let action = plan.actions.first else { return false }
        return switch field {
        case .id: action.id == "X-1"
        case .focusArea: plan.focusAreas.first?.name == "Klima"
        case .theme: action.theme == "Tema A"
        case .text: action.text == "Gjere noko"
        case .timeframe: action.timeframe.text == "2025"
        case .responsible: action.responsible.text == "Kommunane"
        case .involved: action.involved.text == "Kommunane"
        case .remark: action.remark == "Sjå sak 12/24"
        case .cost: action.costText == "2000 kr" && action.financing.cost?.amount == 2000
        case .financing: action.financingText == "Krev finansiering"
        case .status: plan.statusReports.map(\.status) == [.inProgress]
        case .statusComment: plan.statusReports.map(\.comment) == ["Vedtak i juni"]
        }
    }

    @Test(arguments: Language.allCases)
    func everyHeaderWordOfEveryFieldIsRead(language: Language) throws {
        for field in TableField.allCases {
            for word in field.words.words(language) {
                let headers = TableField.allCases.map { $0 == field ? word : $0.name }
                let row = TableField.allCases.map { Self.cells[$0] ?? "" }
                let table = headers.joined(separator: ";") + "\n" + row.joined(separator: ";") + "\n"
                let loaded = try Self.load(table)
                #expect(Self.holds(loaded.plan, field), "\(field) under «\(word)»")
                #expect(loaded.plan.actions.first?.extras == [], "\(field) under «\(word)»")
                #expect(loaded.columns?.uses.first { $0.column == field }?.header == word)
            }
        }
    }

    @Test func headersMatchWithoutCaseAccentsOrPunctuation() throws {
        let loaded = try Self.load(
            "NR.;satsings-område:;DELMÅL;Tiltak;Ansvarleg:;Samarbeidspartnarar;Frist.;Kostnad (kr);Finansiering\n"
                + "1.1;Næring;Vekst;Etablere forum;Kommunane;;2025;5000;Finansiert\n")
        let action = try #require(loaded.plan.actions.first)
        #expect(action.id == "1.1")
        #expect(loaded.plan.focusAreas.map(\.name) == ["Næring"])
        #expect(action.theme == "Vekst")
        #expect(action.responsible.text == "Kommunane")
        #expect(action.timeframe.text == "2025")
        #expect(action.financing.need == .financed)
        #expect(action.financing.cost?.amount == 5000)
    }

    /// The table of the issue, as a new region keeps it: nothing is dropped, and the unfinanced
    /// audit finds what the financing and cost columns say.
    static let nynorskTable = """
        Nr.;Satsingsområde;Delmål;Tiltak;Ansvarleg;Samarbeidspartnarar;Frist;Kostnad;Finansiering;Prioritet
        1.1;Næring;Meir verdiskaping;Etablere næringsforum;Kommunane;;2025;1,2 mill.;Krev finansiering;Høg
        1.2;Næring;Meir verdiskaping;Kartlegge næringsareal;Kommunane;;Haust 2025;150 000 kr per år;Finansiert;Låg
        A3;Kultur;Møtestader;Kulturfestival;Kommunane;;Årleg;;Søkt midlar;Middels
        2.3.1;Kultur;Møtestader;Opne bibliotek;Kommunane;;2026;250000;;

        """

    @Test func theIssuesTableKeepsCostsFinancingAndExtraColumns() throws {
        let plan = try Self.load(Self.nynorskTable).plan
        #expect(plan.actions.map(\.id.rawValue) == ["1.1", "1.2", "A3", "2.3.1"])
        #expect(plan.focusAreas.map(\.name) == ["Næring", "Kultur"])
        let first = plan.actions[0]
        #expect(first.financing.need == .needsFinancing)
        #expect(first.financing.cost == Cost(amount: 1_200_000, recurrence: .once))
        #expect(plan.actions[1].financing.need == .financed)
        #expect(plan.actions[1].financing.cost == Cost(amount: 150_000, recurrence: .perYear))
        #expect(plan.actions[2].financing.need == .fundsApplied)
        #expect(plan.actions[3].financing.need == .costEstimate)
        #expect(plan.actions[3].financing.cost?.amount == 250_000)
        // The unfinanced audit: all but the financed one.
        #expect(plan.actions.filter(\.isUnfinanced).map(\.id.rawValue) == ["1.1", "A3", "2.3.1"])
        #expect(plan.actions.map { $0.extra("Prioritet") } == ["Høg", "Låg", "Middels", ""])
        #expect(plan.extraHeaders == ["Prioritet"])
    }

    @Test func aBokmalTableWithStatusFilesTheSecretariatsReport() throws {
        let loaded = try Self.load(
            """
            Nr;Hovedmål;Strategi;Tiltak;Ansvarlig;Samarbeidspartnere;Tidsplan;Budsjett;Finansiering;Status
            1;Næringsliv;Vekst;Etablere forum;Kommunene;;2025;1,2 mill.;Krever finansiering;Ikke startet
            2;Næringsliv;Vekst;Kartlegge areal;Kommunene;;2026;;;Fullført

            """)
        let plan = loaded.plan
        #expect(plan.actions.map(\.financing.need) == [.needsFinancing, .none])
        let reports = plan.statusReports
        #expect(reports.map(\.status) == [.notStarted, .done])
        #expect(reports.allSatisfy { $0.year == plan.statusYear && $0.party == "RR" })
        #expect(plan.registry.party(code: "RR")?.kind == .regionalCouncil)
        #expect(!PlanValidator.validate(plan).contains { $0.severity == .error })
    }

    @Test func anUnknownStatusNamesItsLine() throws {
        let found = try Self.problems("Tema;Innsatsområde;Tiltak;Status\nA;Klima;Gjere noko;Kanskje\n")
        #expect(found.count == 1)
        #expect(found.first?.line == 2)
        #expect(found.first?.field == "Status")
    }

    @Test func keptColumnsCostAndFinancingRoundTripThroughThePlanFile() throws {
        let plan = try Self.load(Self.nynorskTable).plan
        let yaml = try PlanFileWriter.yaml(for: plan)
        #expect(yaml.contains("Prioritet: Høg"))
        #expect(yaml.contains("cost: 1,2 mill."))
        let back = try PlanFileReader.read(yaml: yaml, file: "tabell.yaml")
        #expect(back.actions == plan.actions)
        // Read again from the cells alone, the plan file gives the same readings.
        let raw = try PlanFileReader.read(yaml: yaml, file: "tabell.yaml", applyingReadings: false)
        #expect(raw.actions.map(\.financing) == plan.actions.map(\.financing))
        #expect(raw.actions.map(\.extras) == plan.actions.map(\.extras))
    }

    @Test func aStatusCellWithACommentAndAStatusCommentColumnGiveTheReportsComment() throws {
        let plan = try Self.load(
            """
            Tema;Innsatsområde;Tiltak;Status;Statuskommentar
            A;Klima;Kutte utslepp;Pågår – vedtak i juni;
            A;Klima;Kartlegge areal;Fullført (2022);
            A;Klima;Felles plan;Utsett;Ventar på midlar
            A;Klima;Ny sti;Avlyst: ingen midlar;Styret 12. mai

            """
        ).plan
        #expect(plan.statusReports.map(\.status) == [.inProgress, .done, .postponed, .cancelled])
        #expect(
            plan.statusReports.map(\.comment) == [
                "vedtak i juni", "2022", "Ventar på midlar", "ingen midlar – Styret 12. mai",
            ])
    }

    @Test func rowsWithoutAnIDContinueTheirAreasNumbering() throws {
        let plan = try Self.load(
            """
            Nr;Innsatsområde;Tiltak
            1.1;Næring;Etablere forum
            1.2;Næring;Kartlegge areal
            ;Næring;Ny næringsplan
            A3;Kultur;Kulturfestival
            ;Kultur;Opne bibliotek
            NK-07;Natur;Merke stiar
            ;Natur;Rydde løyper

            """
        ).plan
        #expect(
            plan.actions.map(\.id.rawValue) == ["1.1", "1.2", "1.3", "A3", "A4", "NK-07", "NK-08"])
    }

    @Test func sectionRowsNameTheFocusAreas() throws {
        let plan = try Self.load(
            """
            Nr;Tema;Tiltak;Ansvar
            Hovudmål 1: Næring;;;
            1.1;Vekst;Etablere forum;Kommunane
            1.2;Vekst;Kartlegge areal;Kommunane
            Innsatsområde 2 – Kultur;;;
            2.1;Møtestader;Kulturfestival;Kommunane
            Satsingsområde 3. Klima
            ;;Kutte utslepp;Kommunane

            """
        ).plan
        #expect(plan.focusAreas.map(\.name) == ["Næring", "Kultur", "Klima"])
        // The headings' numbers are the areas' codes; a row without an id is numbered in its area.
        #expect(plan.focusAreas.map(\.code) == ["1", "2", "3"])
        #expect(plan.actions.map(\.id.rawValue) == ["1.1", "1.2", "2.1", "3.1"])
        let codes = plan.focusAreas.map(\.code)
        #expect(plan.actions.map(\.focusArea) == [codes[0], codes[0], codes[1], codes[2]])
        // Without a theme column the actions have no theme.
        #expect(plan.actions.last?.theme == "")
    }

    @Test func withoutSectionsTheFocusAreaColumnIsRequired() throws {
        let found = try Self.problems("Tiltak;Ansvar\nGjere noko;Kommunane\n")
        #expect(found.first?.message.nn.contains("«Innsatsområde»") == true)
    }

    @Test func columnsSettlesHeadersTheWordsDoNotKnow() throws {
        let text = "Mål;Tiltak;Kven\nKlima;Gjere noko;Kommunane\n"
        #expect(try Self.problems(text).first?.message.nn.contains("«Innsatsområde»") == true)
        let choices = try ColumnMap.choices("focus-area=Mål, ansvarleg=kven").get()
        #expect(choices == [.focusArea: "Mål", .responsible: "kven"])
        let loaded = try Self.load(text, choices: choices)
        #expect(loaded.plan.focusAreas.map(\.name) == ["Klima"])
        #expect(loaded.plan.actions.first?.responsible.text == "Kommunane")
        // A choice naming no header, and a piece naming no field.
        let missing = try Self.problems(text, choices: [.focusArea: "Område"])
        #expect(missing.first?.message.nn.contains("«Område»") == true)
        #expect(throws: ColumnMap.ChoiceError.self) { try ColumnMap.choices("farge=Mål").get() }
    }

    @Test func aChosenColumnLeavesTheOtherOneKept() throws {
        let loaded = try Self.load(
            "Satsingsområde;Hovudmål;Tiltak\nKlima;Lågare utslepp;Gjere noko\n",
            choices: [.focusArea: "Hovudmål"])
        #expect(loaded.plan.focusAreas.map(\.name) == ["Lågare utslepp"])
        #expect(loaded.plan.actions.first?.extras == [ExtraColumn(header: "Satsingsområde", value: "Klima")])
    }

    @Test func twoHeadersForOneFieldAskForColumns() throws {
        let found = try Self.problems("Satsingsområde;Hovudmål;Tiltak\nKlima;Lågare utslepp;Gjere noko\n")
        #expect(found.count == 1)
        #expect(found.first?.column == 2)
        #expect(found.first?.hint?.nn.contains("--columns") == true)
    }
}

extension TableColumnsTests {
    @Test func aRemarkAndAFinancingColumnThatDisagreeAreAWarning() throws {
        let plan = try Self.load(
            """
            Innsatsområde;Tiltak;Ansvar;Merknad;Finansiering;Kostnad
            Klima;Gjere noko;Kommunane;Krev finansiering;Finansiert;
            Klima;Gjere meir;Kommunane;Krev finansiering;Krev finansiering;
            Klima;Gjere mest;Kommunane;;;om lag mykje

            """
        ).plan
        let issues = PlanValidator.validate(plan)
        let conflicts = issues.filter { $0.code == "financing-conflict" }
        #expect(conflicts.map(\.actionID?.rawValue) == ["KL-01"])
        #expect(conflicts.first?.severity == .warning)
        #expect(plan.actions[0].financing.need == .financed)
        let unreadable = issues.filter { $0.code == "unreadable-amount" }
        #expect(unreadable.map(\.actionID?.rawValue) == ["KL-03"])
        #expect(unreadable.first?.text(.nynorsk).contains("«om lag mykje»") == true)
    }
}

extension TableColumnsTests {
    /// Rows that come from a sheet go through the same reading, and messages name their own rows.
    @Test func recordsFromASheetAreReadAsATable() throws {
        let header = ["Nr.", "Delmål", "Tiltak", "Kostnad", "Prioritet"]
        let records: [TableImporter.Record] = [
            .init(number: 4, cells: ["Hovudmål 1: Næring"]),
            .init(number: 5, cells: ["1.1", "Vekst", "Etablere \"forum\"; fase 1", "1200000", "Høg"]),
            .init(number: 6, cells: ["1.2", "Vekst", "Kartlegge areal", "", ""]),
        ]
        let result = try TableImporter.importRecords(
            header: header, records: records, file: "plan.xlsx", base: nil)
        let plan = result.plan
        #expect(plan.focusAreas.map(\.name) == ["Næring"])
        #expect(plan.actions.map(\.text) == ["Etablere \"forum\"; fase 1", "Kartlegge areal"])
        #expect(plan.actions.first?.financing.cost?.amount == 1_200_000)
        #expect(plan.actions.first?.extras == [ExtraColumn(header: "Prioritet", value: "Høg")])
        let bad = [TableImporter.Record(number: 9, cells: ["1.3", "Vekst", "", "", ""])]
        do {
            _ = try TableImporter.importRecords(
                header: ["Nr.", "Innsatsområde", "Tiltak"], records: bad, file: "plan.xlsx", base: nil)
            Issue.record("a row without text was accepted")
        } catch {
            #expect(error.problems.first?.line == 9)
        }
    }
}
