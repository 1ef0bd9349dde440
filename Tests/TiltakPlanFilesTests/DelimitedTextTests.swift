import CSV
import Foundation
import Testing
import TiltakModel

@testable import TiltakPlanFiles

@Suite("Delimited text (CSV) splitting")
struct DelimitedTextTests {
    /// The fields of `text` as CSV.swift reads them, the reference for well-formed tables.
    func reference(_ text: String, delimiter: Character) throws -> [[String]] {
        let reader = try CSVReader(
            string: text, hasHeaderRow: false, trimFields: false,
            delimiter: delimiter.unicodeScalars.first ?? ";")
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }

    func fields(_ text: String, delimiter: Character = ";") throws -> [[String]] {
        try DelimitedText.records(text, delimiter: delimiter.asciiValue ?? 0).map(\.fields)
    }

    @Test(arguments: [
        "ID;Tiltak\nNK-01;Kartleggje\n",
        "a;b\r\nc;d\r\n",
        "a;b\rc;d",
        "\"a;b\";\"c\"\"d\"\n\"line\nbreak\";x\n",
        "a;;\n;;\n\n",
        "Ål;Bodø – «sitat»;€ 250 000\n",
        "\"\";\"\"\"\"\n",
        "last;row;without;newline",
        "x\n\n\ny\n",
    ])
    func agreesWithCSVSwift(text: String) throws {
        #expect(try fields(text) == reference(text, delimiter: ";"))
    }

    /// Generated tables of awkward fields, written as Excel writes CSV, read back to the same fields.
    @Test(arguments: [";", ",", "\t"] as [Character])
    func generatedTablesRoundTripAndAgree(delimiter: Character) throws {
        var generator = SystemRandomNumberGenerator()
        let pieces = [
            "Gol", "Ål kommune", "RR; Viken", "kr 250 000,-", "\"sitert\"", "to\nliner", "CR\r\nLF", "", " ",
            "æøå ÆØÅ", "🙂", "a,b", "tab\there", "=SUM(A1)",
        ]
        for _ in 0..<50 {
            let rows = (0..<Int.random(in: 1...6, using: &generator)).map { _ in
                (0..<4).map { _ in
                    (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                        pieces.randomElement(using: &generator) ?? ""
                    }.joined(separator: " ")
                }
            }
            let text =
                rows.map { row in
                    row.map { field in
                        let special = field.contains { $0 == delimiter || $0 == "\"" || $0.isNewline }
                        return special
                            ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
                    }.joined(separator: String(delimiter))
                }.joined(separator: "\r\n") + "\r\n"
            let read = try fields(text, delimiter: delimiter)
            #expect(read == rows, "\(text.debugDescription)")
            #expect(read == (try reference(text, delimiter: delimiter)), "\(text.debugDescription)")
        }
    }

    @Test func recordsStartOnTheirLines() throws {
        let records = try DelimitedText.records(
            "h;i\n\"two\nlines\";x\r\nthird;y\n", delimiter: UInt8(ascii: ";"))
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func textAfterAClosingQuoteIsKept() throws {
        #expect(try fields("\"abc\" def;x\n") == [["abc def", "x"]])
    }

    @Test func quoteInsideAnUnquotedFieldIsACharacter() throws {
        #expect(try fields("5\" skjerm;x\n") == [["5\" skjerm", "x"]])
    }

    @Test func unclosedQuoteNamesTheLineAndField() throws {
        #expect(throws: DelimitedText.UnclosedQuote(line: 2, field: 2)) {
            try DelimitedText.records("a;b\nc;\"open\nstill open;x\n", delimiter: UInt8(ascii: ";"))
        }
    }

    @Test func unclosedQuoteInATableIsAProblemWithFileAndLine() throws {
        let path = try TestFiles.write(
            "ID;Innsatsområde;Tema;Tiltak\nNK-01;Næring;Tema;\"Kartleggje\nNK-02;Næring;Tema;Anna\n",
            name: "open.csv")
        #expect {
            try TableImporter.importTable(path: path)
        } throws: { error in
            let text = (error as? PlanFileError)?.text(.nynorsk) ?? ""
            return text.contains("open.csv:2") && text.contains("felt 4") && text.contains("aldri lukka")
        }
    }

    @Test func fieldTableReadsSpansAsStringsAndBlanks() throws {
        let table = try DelimitedText.fields(
            "a;  ;\u{00A0};\" \";\"x\"\"y\" z;\tb \n", delimiter: UInt8(ascii: ";"))
        #expect(table.count == 1)
        #expect(table.fieldCount(0) == 6)
        #expect(table.fields(0) == ["a", "  ", "\u{00A0}", " ", "x\"y z", "\tb "])
        #expect((0..<6).map { table.isBlank(0, $0) } == [false, true, true, true, false, false])
    }

    @Test func emptyTextHasNoRecords() throws {
        #expect(try fields("").isEmpty)
    }
}

@Suite("Delimited text split in parts")
struct DelimitedTextPartsTests {
    /// A table over the size that is split on several cores, with quoted line breaks, escaped and stray
    /// quotes and mixed line ends near every possible cut.
    static let large: String = {
        let rows = [
            "NK-1;\"to\nliner\";vanleg;\"med \"\"sitat\"\"\"\r\n",
            "NK-2;5\" skjerm;\"a;b\";\r\n",
            "NK-3;;\"\n\";siste\n",
            "\n",
            "NK-4;Ål kommune;Bodø;\"«x»\"\r",
        ]
        var text = ""
        var index = 0
        while text.utf8.count < DelimitedText.minimumPart * 3 {
            text += rows[index % rows.count]
            index += 1
        }
        return text
    }()

    @Test(arguments: [2, 3, 4])
    func partsGiveTheSameRecordsAsOnePiece(cores: Int) throws {
        let whole = try DelimitedText.records(Self.large, delimiter: UInt8(ascii: ";"), cores: 1)
        let parts = try DelimitedText.records(Self.large, delimiter: UInt8(ascii: ";"), cores: cores)
        #expect(parts.count == whole.count)
        #expect(parts == whole)
    }

    /// Records that end with a lone carriage return, whose line feeds are all inside quotes.
    static let feedsOnlyInQuotes: String = {
        var text = ""
        var index = 0
        while text.utf8.count < DelimitedText.minimumPart * 3 {
            text += "NK-\(index);\"første\nandre\nLinje med ; og \"\"\n\";slutt\r"
            index += 1
        }
        return text
    }()

    @Test func cutsGuessedInsideQuotesAreFoundAndRedone() throws {
        let text = Self.feedsOnlyInQuotes
        let bytes = Array(text.utf8)
        // Every line feed is inside a quoted field: each guessed cut is wrong.
        let cuts = bytes.withUnsafeBufferPointer { DelimitedText.guessedCuts($0, parts: 3) }
        #expect(cuts.count == 3)
        let whole = try DelimitedText.records(text, delimiter: UInt8(ascii: ";"), cores: 1)
        let parts = try DelimitedText.records(text, delimiter: UInt8(ascii: ";"), cores: 3)
        #expect(whole.count > 10_000)
        #expect(whole.allSatisfy { $0.fields.count == 3 })
        #expect(parts == whole)
    }

    @Test func linesAreCountedAcrossGuessedCuts() throws {
        var text = ""
        var index = 0
        while text.utf8.count < DelimitedText.minimumPart * 3 {
            text += index % 7 == 0 ? "NK-\(index);\"to\nliner\"\n" : "NK-\(index);ei line\r\n"
            index += 1
        }
        let parts = try DelimitedText.records(text, delimiter: UInt8(ascii: ";"), cores: 4)
        #expect(parts == (try DelimitedText.records(text, delimiter: UInt8(ascii: ";"), cores: 1)))
        // Row NK-n starts on line n + 1 + the quoted line breaks of the rows before it.
        let misplaced = parts.enumerated().filter { offset, record in
            record.line != offset + 1 + (offset + 6) / 7
        }
        #expect(parts.count > 10_000)
        #expect(misplaced.isEmpty)
    }

    @Test func anUnclosedQuoteIsFoundInALargeText() {
        // A quote opened in the last part and never closed: the parts are not split in parallel, and
        // the one piece reports the line the quote opened on.
        let text = Self.large + "NK-9;\"open\nstill open;x\n"
        let bytes = Array(Self.large.utf8)
        let breaks = bytes.indices.filter { i in
            bytes[i] == 0x0A || (bytes[i] == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A))
        }.count
        var error: DelimitedText.UnclosedQuote?
        do {
            _ = try DelimitedText.records(text, delimiter: UInt8(ascii: ";"), cores: 2)
        } catch let caught {
            error = caught
        }
        #expect(error == DelimitedText.UnclosedQuote(line: breaks + 1, field: 2))
    }
}
