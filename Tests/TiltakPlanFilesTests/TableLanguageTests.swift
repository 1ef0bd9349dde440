import Foundation
import Testing
import TiltakLanguage
import TiltakModel
import TiltakPlanFiles

/// A table imported without a plan file gets the language its own words are written in; with a
/// plan file, the plan file's, and validation says when the words disagree.
@Suite("The language of imported tables")
struct TableLanguageTests {
    static var vestdalenCSV: String {
        TestFiles.root.appendingPathComponent("Fixtures/vestdalen-2024-2027.csv").path
    }

    /// The bokmål fixture, as a new region would import it: without a plan file.
    static func vestdalen() throws -> Plan {
        try PlanLoader.load(path: vestdalenCSV).plan
    }

    @Test func aBokmalTableImportsAsBokmal() throws {
        let plan = try Self.vestdalen()
        #expect(plan.language == .bokmal)
        #expect(plan.revision.label == "Importert fra vestdalen-2024-2027.csv")
        #expect(plan.registry.municipalityGroup?.name == "Kommunene")
        #expect(plan.registry.municipalityGroup?.code == "KOM")
        #expect(!PlanValidator.validate(plan).contains { $0.code == LanguageCheck.code })
        // Written and read back, the plan keeps its language.
        let yaml = try PlanFileWriter.yaml(for: plan)
        #expect(yaml.contains("\nlanguage: nb\n"))
        #expect(try PlanFileReader.read(yaml: yaml, file: "vestdalen.yaml").language == .bokmal)
    }

    @Test func theBokmalTableIsReadWhole() throws {
        let plan = try Self.vestdalen()
        #expect(plan.actions.count == 13)
        #expect(plan.focusAreas.map(\.code) == ["NK", "SI", "FL"])
        let unread = plan.actions.filter {
            switch $0.timeframe.kind {
            case .unknown, .unrecognised: true
            default: false
            }
        }
        #expect(unread.isEmpty, "\(unread.map(\.timeframe.text))")
        #expect(
            plan.actions.filter(\.isUnfinanced).map(\.id.rawValue) == [
                "NK-01", "NK-03", "NK-04", "SI-01", "SI-02", "SI-03", "FL-01", "FL-02",
            ])
        // Every party cell split into the parties it names (KOM: the municipality group).
        let cells = plan.actions.map { action in
            [action.responsible, action.involved].map { $0.parties.map(\.key).joined(separator: " | ") }
        }
        #expect(cells.count * 2 == 26)
        #expect(
            cells == [
                ["Regionrådet", "KOM | næringslivet"],
                ["Regionrådet", "KOM"],
                ["Næringshagen", "Regionrådet | KOM"],
                ["Regionrådet", "Fagskolen Vestland | næringslivet"],
                ["Kompetanseutvalget", "KOM | næringslivet"],
                ["Regionrådet", "Vestland fylkeskommune | Skyss"],
                ["KOM", "Telenor"],
                ["IKT-samarbeidet", "KOM"],
                ["KOM", "Statens vegvesen"],
                ["KOM", "Frivilligheten | skolene"],
                ["Regionrådet", "KOM | idrettslagene"],
                ["KOM", "Husbanken"],
                ["KOM", "Ungdomsrådene"],
            ])
    }

    @Test func theBokmalTableNamesEveryFinancingSource() throws {
        let plan = try Self.vestdalen()
        let sources = plan.actions.compactMap { action in
            action.financing.source.map { "\(action.id): \($0.key)" }
        }
        #expect(
            sources == [
                "NK-03: Vestland fylkeskommune", "NK-04: Forskningsrådet", "SI-01: staten", "SI-02: fylket",
                "SI-03: Statsforvalteren", "SI-04: Statens vegvesen",
            ])
    }

    @Test func theNynorskHallingdalTableImportsAsNynorsk() throws {
        // Without its plan file beside it: the words decide.
        let copy = try TestFiles.scratch().appendingPathComponent("tiltak.csv")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: TestFiles.hallingdalCSV), to: copy)
        let plan = try PlanLoader.load(path: copy.path).plan
        #expect(plan.language == .nynorsk)
        #expect(plan.revision.label == "Importert frå tiltak.csv")
        #expect(plan.registry.municipalityGroup?.name == "Kommunane")
        let evidence = LanguageCheck.evidence(of: plan)
        #expect(evidence.nynorsk > 10 * evidence.bokmal, "\(evidence)")
        #expect(evidence.contradiction(of: .nynorsk) == nil)
    }

    @Test func theHallingdalPlanIsNotContradicted() throws {
        let plan = try PlanFileReader.read(path: TestFiles.hallingdalYAML)
        #expect(plan.language == .nynorsk)
        #expect(!PlanValidator.validate(plan).contains { $0.code == LanguageCheck.code })
        #expect(LanguageCheck.evidence(of: plan).language == .nynorsk)
    }

    @Test func anEnglishTableImportsAsEnglish() throws {
        let table = """
            Area;Theme;Action;Timeframe;Responsible;Involved;Remark
            Business and skills;Jobs;Develop the cycling network of the region;Annual;Regional council;Municipalities;Needs funding
            Business and skills;Innovation;Establish a centre for innovation and new businesses;2025;Business park;;Apply for funds from the county
            """
        let plan = try PlanLoader.load(path: try TestFiles.write(table, name: "english.csv")).plan
        #expect(plan.language == .english)
        #expect(plan.revision.label == "Imported from english.csv")
        #expect(plan.registry.municipalityGroup?.name == "The municipalities")
    }

    @Test func aTableWithoutTellingWordsIsNynorsk() throws {
        let table = "Innsatsområde;Tema;Tiltak\nNæring;Tema;Tiltak i regionen\n"
        let plan = try PlanLoader.load(path: try TestFiles.write(table, name: "kort.csv")).plan
        #expect(LanguageCheck.evidence(of: plan).language == nil)
        #expect(plan.language == .nynorsk)
    }

    @Test func aPlanFileWithoutAMunicipalityGroupGetsOneNamedInItsLanguage() throws {
        for (code, name) in [("nn", "Kommunane"), ("nb", "Kommunene"), ("en", "The municipalities")] {
            let yaml = """
                format: 1
                id: plan
                title: Plan
                language: \(code)
                period: {from: 2024, to: 2027}
                revision: {date: "2024-01-01", label: Utkast}
                parties:
                - {code: GOL, name: Gol, kind: municipality}
                focusAreas: []
                """
            let group = try PlanFileReader.read(yaml: yaml, file: "plan.yaml").registry.municipalityGroup
            #expect(group?.name == name)
            #expect(group?.members == ["GOL"])
        }
    }

    @Test func aPlanFileDecidesAndValidationWarnsWhenTheWordsDisagree() throws {
        // A bokmål table with a nynorsk plan file for its details keeps the plan file's language,
        // and validation says the texts look like bokmål.
        let folder = try TestFiles.scratch()
        let base = folder.appendingPathComponent("base.yaml")
        try """
        format: 1
        id: vestdalen
        title: Handlingsprogram for Vestdalen
        language: nn
        period: {from: 2024, to: 2027}
        revision: {date: "2024-01-01", label: Utkast}
        parties: []
        focusAreas: []
        """.write(to: base, atomically: true, encoding: .utf8)
        let plan = try PlanLoader.load(path: Self.vestdalenCSV, base: base.path).plan
        #expect(plan.language == .nynorsk)
        let warnings = PlanValidator.validate(plan).filter { $0.code == LanguageCheck.code }
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.severity == .warning)
        #expect(warning.actionID == nil && warning.field == nil)
        #expect(warning.message.hasPrefix("Tekstane ser ut til å vere på bokmål (t.d. «"))
        #expect(
            warning.message.hasSuffix(
                "men planfila seier language: nn (nynorsk); skriv language: nb om dokumenta skal vere på bokmål."
            ))
    }
}
