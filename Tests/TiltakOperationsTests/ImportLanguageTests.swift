import Foundation
import Testing
import TiltakLanguage
import TiltakModel
import TiltakOperations

/// `tiltak import` says which language it gave a table, and warns when a plan file's language
/// disagrees with the table's words.
@Suite("Import: the table's language")
struct ImportLanguageTests {
    static let vestdalen = OperationTests.root.appendingPathComponent("Fixtures/vestdalen-2024-2027.csv")

    @Test func aBokmalTableIsImportedAsBokmalAndSaysSo() throws {
        let folder = try OperationTests.scratch()
        let output = folder.appendingPathComponent("vestdalen.yaml").path
        let result = try ImportOperation.run(
            ImportOperation.Options(input: Self.vestdalen.path, output: output))
        #expect(result.lines.contains(LanguageCheckMessage.tableLanguage(.bokmal).message))
        let yaml = try String(contentsOfFile: output, encoding: .utf8)
        #expect(yaml.contains("\nlanguage: nb\n"))
        #expect(yaml.contains("label: Importert fra vestdalen-2024-2027.csv"))
        #expect(!result.notes.contains { $0.text.contains(LanguageCheck.code) })
    }

    @Test func aTableWithoutTellingWordsSaysTheLanguageWasNotDecided() throws {
        let folder = try OperationTests.scratch()
        let table = folder.appendingPathComponent("kort.csv")
        try "Innsatsområde;Tema;Tiltak\nNæring;Tema;Tiltak i regionen\n".write(
            to: table, atomically: true, encoding: .utf8)
        let result = try ImportOperation.run(
            ImportOperation.Options(input: table.path, output: folder.appendingPathComponent("p.yaml").path))
        #expect(result.lines.contains(LanguageCheckMessage.tableLanguageUndecided(.nynorsk).message))
    }

    @Test func aPlanFileKeepsItsLanguageAndTheImportWarns() throws {
        let folder = try OperationTests.scratch()
        let base = folder.appendingPathComponent("base.yaml")
        try """
        format: 1
        id: vestdalen
        title: Vestdalen 2024–2027
        language: nn
        period: {from: 2024, to: 2027}
        revision: {date: "2024-01-01", label: Utkast}
        parties: []
        focusAreas: []
        """.write(to: base, atomically: true, encoding: .utf8)
        let result = try ImportOperation.run(
            ImportOperation.Options(
                input: Self.vestdalen.path, output: folder.appendingPathComponent("p.yaml").path,
                base: base.path))
        #expect(!result.lines.contains { $0.hasPrefix("Språk") || $0.hasPrefix("Language") })
        let warnings = result.notes.filter { $0.text.hasPrefix("- -: Tekstane ser ut til å vere på bokmål") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.kind == .warning)
    }
}
