import Foundation
import Testing
import TiltakLanguage

@testable import XLSXReader

/// Parts built to hurt an XML reader: deep nesting, many attributes, huge texts, document type
/// declarations. Each is read or refused with an error naming the file, part, line and column.
@Suite struct HostileXMLTests {
    static let main = XLSXFixture.mainNamespace

    /// The fixture workbook with the `Lister` sheet (`sheet3.xml`) replaced.
    static func document(listerSheet: String) throws -> XLSXDocument {
        var parts = XLSXFixture.workbookParts
        parts["xl/worksheets/sheet3.xml"] = listerSheet
        return try XLSXFixture.document(parts)
    }

    /// `<e>` nested `depth` times.
    static func nested(_ depth: Int, name: String = "x") -> String {
        String(repeating: "<\(name)>", count: depth) + String(repeating: "</\(name)>", count: depth)
    }

    @Test func deeplyNestedElementsAreRefusedInEveryPart() throws {
        // 50 000 nested elements: the reader stops at 256 levels with an error, and does not run
        // out of stack building or dropping the tree.
        let inCells = try Self.document(
            listerSheet: """
                <worksheet xmlns="\(Self.main)"><sheetData><row r="1"><c r="A1" t="inlineStr"><is>\
                \(Self.nested(50_000, name: "r"))</is></c></row></sheetData></worksheet>
                """)
        let cellError = try #require(throws: XLSXReaderError.self) { try inCells.sheet(named: "Lister") }
        #expect(
            cellError.text(.nynorsk).hasPrefix("tiltak.xlsx: xl/worksheets/sheet3.xml linje 1, kolonne "),
            "\(cellError)")
        #expect(
            cellError.text(.nynorsk).hasSuffix("ugyldig XML: elementa er nesta djupare enn 256 nivå"),
            "\(cellError)")

        let outsideCells = try Self.document(
            listerSheet: """
                <worksheet xmlns="\(Self.main)"><sheetData/><extLst>\(Self.nested(50_000))</extLst></worksheet>
                """)
        #expect(throws: XLSXReaderError.self) { try outsideCells.sheet(named: "Lister") }

        for part in ["xl/workbook.xml", "xl/sharedStrings.xml", "xl/styles.xml", "_rels/.rels"] {
            var parts = XLSXFixture.workbookParts
            let text = try #require(parts[part])
            let end = try #require(text.range(of: "</", options: .backwards))
            parts[part] = text.replacingCharacters(
                in: end.lowerBound..<end.lowerBound, with: Self.nested(50_000))
            let error = try #require(throws: XLSXReaderError.self) { try XLSXFixture.document(parts) }
            #expect(error.text(.nynorsk).contains(part), "\(error)")
            #expect(error.text(.nynorsk).contains("djupare enn 256 nivå"), "\(error)")
        }
    }

    @Test func nestingUpToTheLimitIsRead() throws {
        // worksheet, sheetData, row, c, is and 251 levels below: 256 in all.
        let document = try Self.document(
            listerSheet: """
                <worksheet xmlns="\(Self.main)"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Ja</t>\
                \(Self.nested(251))</is></c></row></sheetData></worksheet>
                """)
        #expect(try document.sheet(named: "Lister").string("A1") == "Ja")
    }

    @Test func anElementWithTwoHundredThousandAttributesIsRead() throws {
        // Linear in the number of attributes (timed in the benchmark note, not here).
        let attributes = (0..<200_000).map { " a\($0)=\"\($0)\"" }.joined()
        let document = try Self.document(
            listerSheet: """
                <worksheet xmlns="\(Self.main)"><sheetData><row r="1"\(attributes)>\
                <c r="A1" t="inlineStr"\(attributes)><is><t>Ja</t></is></c></row></sheetData>\
                <pageSetup orientation="landscape"\(attributes)/></worksheet>
                """)
        let sheet = try document.sheet(named: "Lister")
        #expect(sheet.string("A1") == "Ja")
        #expect(sheet.pageSetup.count == 200_001)
        #expect(sheet.pageSetup["a199999"] == "199999")
        #expect(sheet.pageSetup["orientation"] == "landscape")
    }

    @Test func anAttributeGivenTwiceAmongManyIsRefused() throws {
        let attributes = (0..<50_000).map { " a\($0)=\"\($0)\"" }.joined()
        for element in ["row r=\"1\"", "pageSetup"] {
            let close = element == "pageSetup" ? "/>" : "></row>"
            let body = "<\(element)\(attributes) a123=\"igjen\"\(close)"
            let sheet =
                element == "pageSetup"
                ? "<worksheet xmlns=\"\(Self.main)\"><sheetData/>\(body)</worksheet>"
                : "<worksheet xmlns=\"\(Self.main)\"><sheetData>\(body)</sheetData></worksheet>"
            let document = try Self.document(listerSheet: sheet)
            let error = try #require(throws: XLSXReaderError.self) { try document.sheet(named: "Lister") }
            #expect(
                error.text(.nynorsk).hasSuffix("attributtet «a123» står to gonger i same element"), "\(error)"
            )
        }
    }

    @Test func textsLongerThanTenMegabytesAreRead() throws {
        // libxml2 refuses a text node over 10 MB unless told otherwise; a sheet of 100 000 actions
        // holds more than that in one line.
        let unit = "Æ &amp; ø "
        let count = 1_500_000
        var parts = XLSXFixture.workbookParts
        parts["xl/sharedStrings.xml"] = """
            <sst xmlns="\(Self.main)"><si><t>\(String(repeating: unit, count: count))</t></si>\
            <si><t>b</t></si><si><t>c</t></si><si><t>d</t></si><si><t>e</t></si></sst>
            """
        parts["xl/worksheets/sheet3.xml"] = """
            <worksheet xmlns="\(Self.main)"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>\
            \(String(repeating: "x", count: 11_000_000))</t></is></c></row></sheetData></worksheet>
            """
        // Texts this repetitive pack about a thousand to one, as ZIP bombs do: let them through here.
        let document = try XLSXDocument(
            data: try XLSXFixture.archive(parts), fileName: "tiltak.xlsx",
            limits: XLSXUnpackLimits(maximumRatio: 100_000))
        let long = try #require(document.sharedStrings.first)
        #expect(long.unicodeScalars.count == 6 * count)
        #expect(long.hasPrefix("Æ & ø Æ & ø "))
        #expect(document.sharedStrings[1] == "b")
        #expect(try document.sheet(named: "Lister").string("A1").utf8.count == 11_000_000)
    }

    @Test func documentTypeDeclarationsAreRefused() throws {
        let declarations = [
            #"<!DOCTYPE worksheet [<!ENTITY status "Fullført">]>"#,
            #"<!DOCTYPE worksheet [<!ENTITY status SYSTEM "file:///etc/hostname">]>"#,
            #"<!DOCTYPE worksheet SYSTEM "http://127.0.0.1:9/ark.dtd">"#,
            #"<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY status "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>"#,
        ]
        for declaration in declarations {
            let document = try Self.document(
                listerSheet: """
                    <?xml version="1.0" encoding="UTF-8"?>
                    \(declaration)
                    <worksheet xmlns="\(Self.main)"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&status;\
                    </t></is></c></row></sheetData></worksheet>
                    """)
            let error = try #require(throws: XLSXReaderError.self) { try document.sheet(named: "Lister") }
            #expect(
                error.text(.nynorsk)
                    == "tiltak.xlsx: xl/worksheets/sheet3.xml linje 2, kolonne 1: ugyldig XML: dokumenttypedeklarasjonar (<!DOCTYPE …>) er ikkje tillatne i XLSX-filer",
                "\(error)")
        }
    }

    @Test func xIncludeIsNotFollowed() throws {
        let document = try Self.document(
            listerSheet: """
                <worksheet xmlns="\(Self.main)" xmlns:xi="http://www.w3.org/2001/XInclude"><sheetData>\
                <row r="1"><c r="A1" t="inlineStr"><is><t>Ja</t><xi:include href="/etc/passwd" parse="text"/>\
                </is></c></row></sheetData></worksheet>
                """)
        #expect(try document.sheet(named: "Lister").string("A1") == "Ja")
    }
}

/// The XML the reader must go on reading as before: what Excel, LibreOffice and hand-edited files
/// hold, and the malformed parts it must go on refusing.
@Suite struct XMLSyntaxTests {
    static let main = XLSXFixture.mainNamespace

    static func cell(_ inner: String, prolog: String = "") throws -> String {
        let document = try HostileXMLTests.document(
            listerSheet: """
                \(prolog)<worksheet xmlns="\(main)"><sheetData><row r="1"><c r="A1" t="inlineStr"><is>\
                \(inner)</is></c></row></sheetData></worksheet>
                """)
        return try document.sheet(named: "Lister").string("A1")
    }

    @Test func readsReferencesSectionsCommentsAndInstructions() throws {
        #expect(try Self.cell("<t>&lt;&gt;&amp;&quot;&apos;</t>") == "<>&\"'")
        #expect(try Self.cell("<t>&#198;&#xF8;&#x1F600;</t>") == "Æø😀")
        #expect(try Self.cell("<t><![CDATA[<ikkje> &amp; element]]></t>") == "<ikkje> &amp; element")
        #expect(try Self.cell("<t>a<!-- merknad <t>b</t> -->b</t>") == "ab")
        #expect(try Self.cell("<t>a<?pi noko?>b</t>") == "ab")
        #expect(try Self.cell("<t>linje 1\r\nlinje 2\rlinje 3</t>") == "linje 1\nlinje 2\nlinje 3")
        #expect(try Self.cell("<t xml:space='preserve'>  to  </t>") == "  to  ")
        #expect(
            try Self.cell("<t>Ja</t>", prolog: "\u{FEFF}<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") == "Ja"
        )
    }

    @Test func readsAttributesAsXMLNormalisesThem() throws {
        let document = try HostileXMLTests.document(
            listerSheet: """
                <x:worksheet xmlns:x="\(Self.main)"><x:sheetData><x:row r = '1' ><x:c r="A1" t="inlineStr" \
                s="0"><x:is><x:t>Ja</x:t></x:is></x:c></x:row></x:sheetData>\
                <x:pageSetup paperSize="9" orientation="land&#x73;cape" a="1&#10;2" b="1\t2\n3" c="&lt;&amp;&quot;"/>\
                </x:worksheet>
                """)
        let sheet = try document.sheet(named: "Lister")
        #expect(sheet.string("A1") == "Ja")
        #expect(sheet.pageSetup["orientation"] == "landscape")
        #expect(sheet.pageSetup["a"] == "1\n2")
        #expect(sheet.pageSetup["b"] == "1 2 3")
        #expect(sheet.pageSetup["c"] == "<&\"")
    }

    @Test func readsPartsInUTF16() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-16"?>
            <worksheet xmlns="\(Self.main)"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Æøå</t></is></c>\
            </row></sheetData></worksheet>
            """
        var utf16 = Data([0xFF, 0xFE])
        for unit in text.utf16 {
            utf16.append(UInt8(unit & 0xFF))
            utf16.append(UInt8(unit >> 8))
        }
        var zip = RawZip(parts: XLSXFixture.workbookParts)
        let index = try #require(zip.entries.firstIndex { $0.name == "xl/worksheets/sheet3.xml" })
        zip.entries[index].data = utf16
        let document = try XLSXDocument(data: zip.data, fileName: "tiltak.xlsx")
        #expect(try document.sheet(named: "Lister").string("A1") == "Æøå")
    }

    @Test func refusesMalformedXMLNamingLineAndColumn() throws {
        let cases: [(String, String)] = [
            (
                "<t>Ja</is>",
                "linje 2, kolonne 6: ugyldig XML: sluttmerket </is> høyrer ikkje til elementet <t>"
            ),
            ("<t a=\"<\">Ja</t>", "linje 2, kolonne 7: ugyldig XML: «<» i attributtverdi"),
            ("<t a=1>Ja</t>", "linje 2, kolonne 6: ugyldig XML: attributtverdien står ikkje i hermeteikn"),
            ("<t>&nbsp;</t>", "linje 2, kolonne 4: ugyldig XML: ukjend entitet «&nbsp;»"),
            (
                "<t>&#0;</t>",
                "linje 2, kolonne 4: ugyldig XML: teiknreferansen «&#0;» er ikkje eit lovleg teikn"
            ),
            ("<t>a &amp b</t>", "linje 2, kolonne 6: ugyldig XML: entitetsreferansen manglar «;»"),
            (
                "<t>\u{01}</t>",
                "linje 2, kolonne 4: ugyldig XML: kontrollteiknet U+0001 er ikkje lovleg i XML"
            ),
            ("<t><!-- utan slutt </t>", "linje 2, kolonne 4: ugyldig XML: kommentaren vert aldri avslutta"),
            (
                "<t><![CDATA[ utan slutt</t>",
                "linje 2, kolonne 4: ugyldig XML: CDATA-bolken vert aldri avslutta"
            ),
        ]
        for (inner, expected) in cases {
            let error = try #require(throws: XLSXReaderError.self, "\(inner)") {
                try HostileXMLTests.document(
                    listerSheet: """
                        <worksheet xmlns="\(Self.main)"><sheetData><row r="1"><c r="A1" t="inlineStr"><is>
                        \(inner)</is></c></row></sheetData></worksheet>
                        """
                ).sheet(named: "Lister")
            }
            #expect(error.text(.nynorsk).hasSuffix(expected), "\(inner): \(error)")
            #expect(
                error.text(.nynorsk).hasPrefix("tiltak.xlsx: xl/worksheets/sheet3.xml linje "), "\(error)")
        }
    }

    @Test func refusesDocumentsWithoutOneRoot() throws {
        let cases: [(String, String)] = [
            ("", "ugyldig XML: dokumentet er tomt"),
            ("<?xml version=\"1.0\"?>\n<!-- berre ein kommentar -->", "ugyldig XML: dokumentet er tomt"),
            ("<worksheet xmlns=\"\(Self.main)\"/><worksheet/>", "ugyldig XML: innhald etter rotelementet"),
            ("tekst<worksheet xmlns=\"\(Self.main)\"/>", "ugyldig XML: tekst før rotelementet"),
            (
                "<worksheet xmlns=\"\(Self.main)\"><sheetData>",
                "ugyldig XML: fila sluttar før elementet <sheetData> er lukka"
            ),
        ]
        for (text, expected) in cases {
            let document = try HostileXMLTests.document(listerSheet: text)
            let error = try #require(throws: XLSXReaderError.self, "\(text)") {
                try document.sheet(named: "Lister")
            }
            #expect(error.text(.nynorsk).contains(expected), "\(text): \(error)")
        }
    }

    @Test func refusesBytesThatAreNotUTF8() throws {
        var zip = RawZip(parts: XLSXFixture.workbookParts)
        let index = try #require(zip.entries.firstIndex { $0.name == "xl/worksheets/sheet3.xml" })
        var bytes = Data(
            "<worksheet xmlns=\"\(Self.main)\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Ja"
                .utf8)
        bytes.append(contentsOf: [0xFF, 0xC3])
        bytes.append(contentsOf: Data("</t></is></c></row></sheetData></worksheet>".utf8))
        zip.entries[index].data = bytes
        let document = try XLSXDocument(data: zip.data, fileName: "tiltak.xlsx")
        let error = try #require(throws: XLSXReaderError.self) { try document.sheet(named: "Lister") }
        #expect(error.text(.nynorsk).hasSuffix("ugyldig XML: teksten er ikkje gyldig UTF-8"), "\(error)")
    }
}

/// Parts damaged at random: the reader reads them or refuses them with an error, and never crashes.
@Suite struct DamagedXMLTests {
    /// A small deterministic generator (SplitMix64), so that a failure can be repeated.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func randomlyDamagedPartsAreReadOrRefused() throws {
        var generator = Generator(state: 11)
        let replacements = Array("<>/=\"'&;#x:! \n\u{0}é?-[]".utf8) + [0xFF, 0xC3, 0xE2, 0x80]
        for part in ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml", "xl/styles.xml"] {
            let original = try #require(XLSXFixture.workbookParts[part])
            for round in 0..<150 {
                var bytes = Array(original.utf8)
                for _ in 0..<Int.random(in: 1...4, using: &generator) {
                    let position = Int.random(in: 0..<bytes.count, using: &generator)
                    switch Int.random(in: 0..<3, using: &generator) {
                    case 0: bytes[position] = replacements.randomElement(using: &generator) ?? 0
                    case 1: bytes.remove(at: position)
                    default: bytes.insert(replacements.randomElement(using: &generator) ?? 0, at: position)
                    }
                }
                var zip = RawZip(parts: XLSXFixture.workbookParts)
                let index = try #require(zip.entries.firstIndex { $0.name == part })
                zip.entries[index].data = Data(bytes)
                do {
                    try HostileArchiveTests.openEverything(zip.data)
                } catch is XLSXReaderError {
                    continue
                } catch {
                    Issue.record("\(part) round \(round): \(error)")
                }
            }
        }
    }
}

/// Shared formulas built to hurt the translation to their followers.
@Suite struct HostileFormulaTests {
    static func sheet(leaders: String, followers: String) throws -> XLSXSheet {
        try document(leaders: leaders, followers: followers).sheet(named: "Lister")
    }

    static func document(leaders: String, followers: String) throws -> XLSXDocument {
        try HostileXMLTests.document(
            listerSheet: """
                <worksheet xmlns="\(XLSXFixture.mainNamespace)"><sheetData><row r="1">\(leaders)</row>\
                <row r="2">\(followers)</row></sheetData></worksheet>
                """)
    }

    @Test(.timeLimit(.minutes(1))) func hostileSharedFormulasAreTranslatedOrRefused() throws {
        // A row number past Int's range must not overflow when moved.
        let huge = "SUM(9223372036854775807:9223372036854775807)"
        let rows = try Self.sheet(
            leaders: "<c r=\"A1\"><f t=\"shared\" ref=\"A1:A2\" si=\"0\">\(huge)</f><v>0</v></c>",
            followers: "<c r=\"A2\"><f t=\"shared\" si=\"0\"/><v>0</v></c>")
        #expect(rows.value("A2")?.formula == huge)

        // The longest formula Excel allows is translated in time linear in its length.
        let long = Array(repeating: "A1", count: 2730).joined(separator: "+")
        #expect(long.count <= WorksheetReader.maximumFormulaLength)
        let followers = "<c r=\"B2\"><f t=\"shared\" si=\"1\"/><v>0</v></c>"
        let sheet = try Self.sheet(
            leaders: "<c r=\"B1\"><f t=\"shared\" ref=\"B1:B2\" si=\"1\">\(long)</f><v>0</v></c>",
            followers: followers)
        let translated = try #require(sheet.value("B2")?.formula)
        #expect(translated.hasPrefix("A2+A2+") && translated.count == long.count)

        // A longer one, which every follower would copy, is refused naming the cell.
        let tooLong = long + "+A1+A1"
        #expect(tooLong.count > WorksheetReader.maximumFormulaLength)
        let error = try #require(throws: XLSXReaderError.self) {
            try Self.sheet(
                leaders: "<c r=\"B1\"><f t=\"shared\" ref=\"B1:B2\" si=\"1\">\(tooLong)</f><v>0</v></c>",
                followers: followers)
        }
        #expect(
            error.text(.nynorsk)
                == "tiltak.xlsx: xl/worksheets/sheet3.xml, <c r=\"B1\">: den delte formelen er lengre enn 8192 teikn, grensa i Excel"
        )
        // Read row by row, the same.
        let document = try Self.document(
            leaders: "<c r=\"B1\"><f t=\"shared\" ref=\"B1:B2\" si=\"1\">\(tooLong)</f><v>0</v></c>",
            followers: followers)
        #expect(throws: error) { try document.forEachRow(inSheetNamed: "Lister") { _ in } }
        var streamed: [String] = []
        try Self.document(
            leaders: "<c r=\"B1\"><f t=\"shared\" ref=\"B1:B2\" si=\"1\">\(long)</f><v>0</v></c>",
            followers: followers
        ).forEachRow(inSheetNamed: "Lister") { row in streamed += row.cells.compactMap(\.formula) }
        #expect(streamed == [long, translated])
    }
}

/// Parts of many small elements: what is read from them is limited, since each element read costs
/// far more memory than the few bytes it takes in the part.
@Suite struct ElementCountTests {
    @Test func aSheetOfMoreCellsThanTheLimitIsRefused() throws {
        let cells = String(repeating: "<c s=\"1\"/>", count: 100)
        let sheet = "<worksheet xmlns=\"\(XLSXFixture.mainNamespace)\"><sheetData><row>\(cells)</row>"
        let reader = WorksheetReader(
            fileName: "t.xlsx", partPath: "xl/worksheets/sheet1.xml", sharedStrings: [], relationships: [],
            maximumCells: 100)
        #expect(
            try reader.read(Data((sheet + "</sheetData></worksheet>").utf8), name: "A").cells.count == 100)
        let error = try #require(throws: XLSXReaderError.self) {
            try reader.read(Data((sheet + "<row><c/></row></sheetData></worksheet>").utf8), name: "A")
        }
        #expect(
            error.text(.nynorsk)
                == "t.xlsx: xl/worksheets/sheet1.xml, <sheetData>: arket har meir enn 100 celler, grensa for kva Tiltak les"
        )
        #expect(XLSXDocument.maximumCells == 2_000_000)
    }

    @Test func moreSharedStringsThanTheLimitAreRefused() throws {
        let table =
            "<sst xmlns=\"\(XLSXFixture.mainNamespace)\">\(String(repeating: "<si/>", count: 4))</sst>"
        #expect(
            try SharedStringsReader.read(Data(table.utf8), fileName: "t.xlsx", part: "s.xml", maximumCount: 4)
                .count == 4)
        let error = try #require(throws: XLSXReaderError.self) {
            try SharedStringsReader.read(Data(table.utf8), fileName: "t.xlsx", part: "s.xml", maximumCount: 3)
        }
        #expect(
            error.text(.nynorsk)
                == "t.xlsx: s.xml, <sst>: meir enn 3 delte tekstar, grensa for kva Tiltak les")
    }

    @Test func aTreeOfMoreElementsThanTheLimitIsRefused() throws {
        let part = "<styleSheet>\(String(repeating: "<x/>", count: 9))</styleSheet>"
        #expect(
            try XMLTree.parse(Data(part.utf8), fileName: "t.xlsx", part: "st.xml", maximumElements: 10)
                .children.count == 9)
        let error = try #require(throws: XLSXReaderError.self) {
            try XMLTree.parse(Data(part.utf8), fileName: "t.xlsx", part: "st.xml", maximumElements: 9)
        }
        #expect(
            error.text(.nynorsk)
                == "t.xlsx: st.xml, <styleSheet>: delen har meir enn 9 element utanom cellene, grensa for kva Tiltak les"
        )
    }
}
